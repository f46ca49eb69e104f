/**
 * Tokens for the search index and for queries, the same on the build machine and in the browser.
 *
 * Latin text splits into words: runs of letters, digits and connectors (`max_conn`), joined across a `.`, `:` or
 * apostrophe between them (`registry.address`, `v5.8`, `don't`), as Unicode's word boundaries mostly do. A regular
 * expression, not Intl.Segmenter: creating a segmenter takes 170-240 ms in Chromium, a pause on every first search.
 * Chinese (and Japanese, Korean) text is indexed as overlapping character bigrams, the approach of Lucene's CJK
 * analyzer: 服务注册中心 gives 服务 务注 注册 册中 中心, so a query for 注册中心 (注册 册中 中心) finds it inside the longer
 * phrase. Dictionary segmentation alone would not: it may keep 注册中心 whole in one text and split it in another, and
 * its dictionary differs between Node and browsers.
 */

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu
const WORD = /[\p{L}\p{N}\p{M}\p{Pc}]+(?:[.:'’][\p{L}\p{N}\p{M}\p{Pc}]+)*/gu

/** Words, and the parts of dotted or underscored identifiers too: registry.address also finds "address", __init__ "init". */
function words(text: string): string[] {
  return (text.match(WORD) ?? []).flatMap((word) => {
    const parts = word.split(/[._:]+/).filter(Boolean)
    return parts.length > 1 || (parts[0] ?? word) !== word ? [word, ...parts] : [word]
  })
}

export function isCjk(text: string): boolean {
  return CJK.test(text)
}

/** Overlapping pairs of characters; a single character stays itself. */
export function bigrams(run: string): string[] {
  const chars = [...run]
  if (chars.length < 2) return chars
  return chars.slice(0, -1).map((char, i) => char + chars[i + 1])
}

/** Lowercased, width-normalised tokens of a text, in order. */
export function tokenize(text: string): string[] {
  const normalized = text.normalize('NFKC').toLowerCase()
  const tokens: string[] = []
  let last = 0
  for (const match of normalized.matchAll(CJK_RUN)) {
    tokens.push(...words(normalized.slice(last, match.index)))
    tokens.push(...bigrams(match[0]))
    last = match.index + match[0].length
  }
  tokens.push(...words(normalized.slice(last)))
  return tokens
}

/**
 * The parts of a query to highlight in a snippet: each Chinese run whole, each Latin word (matched as a prefix).
 */
export function queryTerms(query: string): string[] {
  const normalized = query.normalize('NFKC').toLowerCase()
  const terms = [...normalized.matchAll(CJK_RUN)].map((m) => m[0])
  terms.push(...words(normalized.replace(CJK_RUN, ' ')))
  return [...new Set(terms)].filter(Boolean)
}
