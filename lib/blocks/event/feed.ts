import { element, link, propsOf, text, type FeedRenderer } from '@/lib/feed/block-html'

/** The title, when and where, the link to join, the poster, then the description as written. */
export const Event: FeedRenderer = (node, { state, t }) => {
  const { title, start, end, location, href, poster } = propsOf(node, 'Event')
  return [
    element('p', {}, [element('strong', {}, [text(title)])]),
    element('ul', {}, [
      element('li', {}, [text(`${t.eventWhen}: ${end ? `${start} – ${end}` : start}`)]),
      ...(location ? [element('li', {}, [text(`${t.eventWhere}: ${location}`)])] : []),
      ...(href ? [element('li', {}, [link(href, t.eventJoin)])] : []),
    ]),
    ...state.all(node),
    ...(poster ? [element('figure', {}, [element('img', { src: poster, alt: t.eventPoster(title) })])] : []),
  ]
}
