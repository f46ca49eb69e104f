import { childElements, element, link, propsOf, text, type FeedRenderer } from '@/lib/feed/block-html'

/** A list of links, each with where it was published. */
export const ReadingList: FeedRenderer = (node) => {
  const items = childElements(node, 'Reading').map((child) => propsOf(child, 'Reading'))
  return [
    element(
      'ul',
      {},
      items.map(({ title, href, source }) => element('li', {}, [link(href, title), ...(source ? [text(` · ${source}`)] : [])])),
    ),
  ]
}
