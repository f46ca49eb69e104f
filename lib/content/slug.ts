import { withoutForbiddenCharacters } from './text'

/**
 * A tag as it appears in a URL (`/tags/sofa-weekly`): lowercase, spaces and URL delimiters as hyphens; Chinese and
 * other letters kept as they are. Linear in the tag's length, whatever it holds.
 */
export function tagSlug(tag: string): string {
  const slug = withoutForbiddenCharacters(tag).normalize('NFKC').trim().toLowerCase().replace(/[\s/?#%\\]+/g, '-')
  let start = 0
  let end = slug.length
  while (start < end && slug[start] === '-') start++
  while (end > start && slug[end - 1] === '-') end--
  return slug.slice(start, end)
}

/** Why a tag cannot have a page of its own, or undefined when it can: its address must name a page, not a folder. */
export function unusableTagSlug(tag: string): string | undefined {
  const slug = tagSlug(tag)
  if (slug === '') return 'has no letter or digit for its address /tags/…'
  if (slug === '.' || slug === '..') return `would have the address /tags/${slug}, which names a folder, not a page`
  return undefined
}
