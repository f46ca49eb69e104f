import { element, link, propsOf, text, type FeedRenderer } from '@/lib/feed/block-html'

/** The project and version as a heading line, the notes linked, then the changes as written. */
export const Release: FeedRenderer = (node, { state, t, projectLink }) => {
  const { project, version, date, href } = propsOf(node, 'Release')
  return [
    element('p', {}, [
      element('strong', {}, [projectLink(project), text(` ${version}`)]),
      ...(date ? [text(` · ${date}`)] : []),
      ...(href ? [text(' · '), link(href, t.releaseNotes)] : []),
    ]),
    ...state.all(node),
  ]
}
