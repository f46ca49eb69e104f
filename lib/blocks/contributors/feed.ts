import { childElements, element, link, propsOf, text, type FeedRenderer } from '@/lib/feed/block-html'

/** The banner as a figure, then the people it features, each linked to GitHub. */
export const Contributors: FeedRenderer = (node, { projectLink }) => {
  const { banner, alt, width, height } = propsOf(node, 'Contributors')
  const people = childElements(node, 'Contributor').map((child) => propsOf(child, 'Contributor'))
  return [
    ...(banner ? [element('figure', {}, [element('img', { src: banner, alt: alt ?? '', width, height })])] : []),
    ...(people.length > 0
      ? [
          element(
            'ul',
            {},
            people.map(({ login, name, project, contribution }) =>
              element('li', {}, [
                link(`https://github.com/${login}`, name ?? login),
                ...(name ? [text(` (@${login})`)] : []),
                ...(project ? [text(' · '), projectLink(project)] : []),
                ...(contribution ? [text(` · ${contribution}`)] : []),
              ]),
            ),
          ),
        ]
      : []),
  ]
}
