import type { Nodes, Root, Text } from 'mdast'
import { gfmToMarkdown } from 'mdast-util-gfm'
import { mdxToMarkdown } from 'mdast-util-mdx'
import { toMarkdown, type Handle, type Options } from 'mdast-util-to-markdown'
import { stringify } from 'yaml'

import type { ImportedFrontMatter } from './frontMatter'

/**
 * Escapes what MDX would read as code in plain text: `{` opens an expression and `<` a JSX tag. The serializer
 * escapes most of them already but not all (a `<` at the start of a table cell); a character preceded by an even
 * number of backslashes is still unescaped.
 */
export function escapeMdxText(value: string): string {
  return value.replace(/(\\*)([<{}])/g, (match, slashes: string, char: string) =>
    slashes.length % 2 === 0 ? `${slashes}\\${char}` : match,
  )
}

const text: Handle = (node: Text, _parent, state, info) => escapeMdxText(state.safe(node.value, info))

/** Image alt text is plain text: braces and angle brackets in it would be read as code. */
function sanitizeAlts(node: Nodes): void {
  if (node.type === 'image') node.alt = (node.alt ?? '').replace(/[<>{}]/g, '')
  if ('children' in node) for (const child of node.children) sanitizeAlts(child)
}

const MARKDOWN_OPTIONS: Options = {
  extensions: [gfmToMarkdown(), mdxToMarkdown()],
  handlers: { text },
  bullet: '-',
  emphasis: '*',
  strong: '*',
  rule: '-',
  fences: true,
  resourceLink: true,
}

export function bodyToMdx(body: Root): string {
  sanitizeAlts(body)
  return toMarkdown(body, MARKDOWN_OPTIONS)
}

/** The issue file: YAML front matter (fields in the order docs/content.md shows them), then the MDX body. */
export function renderIssueMdx(frontMatter: ImportedFrontMatter, body: Root): string {
  const fields: Record<string, unknown> = { title: frontMatter.title, date: frontMatter.date }
  if (frontMatter.summary) fields.summary = frontMatter.summary
  if (frontMatter.cover) fields.cover = frontMatter.cover
  if (frontMatter.tags.length > 0) fields.tags = frontMatter.tags
  if (frontMatter.authors.length > 0) fields.authors = frontMatter.authors
  if (frontMatter.draft) fields.draft = true
  return `---\n${stringify(fields, { lineWidth: 0 })}---\n\n${bodyToMdx(body)}`
}
