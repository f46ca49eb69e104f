import type { Nodes, RootContent } from 'mdast'

import { VERSION } from '@/lib/blocks/release/spec'

import { jsxElement, linksIn, plainText, warnAt, type ConversionContext, type ConvertedSection } from './nodes'
import { parseGitHubUrl, type ProjectRegistry } from './projects'

/** A version as the archive writes it: `v5.7.8`, `1.2.1`, `V6-alpha`, the first of `v2.4.2/3.0.8`. */
const VERSION_TEXT = String.raw`[vV]?\d+(?:\.\d+){0,3}(?:-[0-9A-Za-z]+)*`
/** A product name: `Seata`, `sofa-rpc`, `SOFA-Common-Tools`. */
const NAME_TEXT = String.raw`[A-Za-z][A-Za-z0-9-]*`

/**
 * The lines that open a release, across the years:
 * - `发布 Seata v0.8.1，主要变更如下：`, `1、发布 MOSN v3.2.2 版本`: the name after 发布;
 * - `SOFAActs 1.0.1 版本发布，主要变更如下：`: name and version before it;
 * - `本周 sofa-rpc 发布 v5.7.8 版本代码`, `SOFA-Common-Tools 发布1.2.1版本`, `Layotto 发布了 v0.1.0`: name, 发布, version.
 */
const RELEASE_LINES: readonly RegExp[] = [
  new RegExp(String.raw`发布了?\s*(${NAME_TEXT})\s+(${VERSION_TEXT})`),
  new RegExp(String.raw`(${NAME_TEXT})\s+(${VERSION_TEXT})\s*版本发布`),
  new RegExp(String.raw`(${NAME_TEXT})\s*发布了?\s*(${VERSION_TEXT})`),
]

/** A line that opens a release, read: the product's name and its version. */
export function readReleaseLine(text: string): { name: string; version: string } | undefined {
  if (text.length > 100) return undefined
  for (const pattern of RELEASE_LINES) {
    const match = pattern.exec(text)
    if (match?.[1] && match[2]) return { name: match[1], version: match[2] }
  }
  return undefined
}

/** Every github.com link in a node. */
function githubLinksOf(node: RootContent): string[] {
  const urls: string[] = []
  const visit = (child: Nodes): void => {
    if (child.type === 'link' && parseGitHubUrl(child.url)) urls.push(child.url)
    if ('children' in child) for (const grandchild of child.children) visit(grandchild)
  }
  visit(node)
  return urls
}

/** `https://github.com/sofastack/sofa-rpc/releases/tag/v5.7.8`: the notes of a release on GitHub. */
function isReleaseNotes(url: string): boolean {
  return /^https:\/\/github\.com\/[^/]+\/[^/]+\/releases\b/i.test(url)
}

/** A paragraph that only points at release notes (`详细参考：[发布报告](…)`), or only says it will (`详细参考：`). */
function notesOf(node: RootContent): { href?: string; labelOnly: boolean } | undefined {
  if (node.type !== 'paragraph') return undefined
  const links = linksIn(node.children)
  const text = plainText(node)
  if (links.length === 0) return /^(?:详细|更多)?(?:参考|发布报告|详情)[^\n]{0,10}[:：]$/.test(text) ? { labelOnly: true } : undefined
  const [link] = links
  if (links.length !== 1 || !link || !isReleaseNotes(link.url)) return undefined
  const rest = text.replace(plainText(link), '').trim()
  return rest.length <= 20 ? { href: link.url, labelOnly: false } : undefined
}

/**
 * Turns the releases of a `本周发布` / `SOFA 项目进展` section into `<Release>` blocks: each opening line
 * (`发布 Seata v0.8.1，主要变更如下：`) and what follows it up to the next one, the changes as Markdown inside the
 * block, the release notes link as its `href`. The project is the one the notes link (else another GitHub link of
 * the release) belongs to; when the name says another project, the link wins, with a warning. A release whose
 * project or version cannot be read stays Markdown, with a warning.
 */
export function convertReleaseSection(nodes: RootContent[], registry: ProjectRegistry, context: ConversionContext): ConvertedSection {
  const out: RootContent[] = []
  let count = 0
  let index = 0
  while (index < nodes.length) {
    const node = nodes[index] as RootContent
    const line = node.type === 'paragraph' ? readReleaseLine(plainText(node)) : undefined
    if (!line) {
      out.push(node)
      index++
      continue
    }
    let end = index + 1
    while (end < nodes.length && !(nodes[end]?.type === 'paragraph' && readReleaseLine(plainText(nodes[end] as Nodes)))) end++
    const body = nodes.slice(index + 1, end)
    const release = readRelease(node, line, body, registry, context)
    if (release) {
      out.push(release)
      count++
    } else {
      out.push(node, ...body)
    }
    index = end
  }
  return { nodes: out, count }
}

function readRelease(
  opening: RootContent,
  { name, version }: { name: string; version: string },
  body: RootContent[],
  registry: ProjectRegistry,
  context: ConversionContext,
): RootContent | undefined {
  if (!VERSION.test(version)) {
    warnAt(context, opening, `release "${plainText(opening)}" has a version "${version}" that is not a version number; kept as text`)
    return undefined
  }
  const notes = body.map(notesOf)
  const href = notes.find((note) => note?.href)?.href
  // The project comes from a link, never from the name alone: the registry grows as the archive is imported, so a
  // name it did not know in one run it may know in the next, and importing twice must write the same files.
  const repoLink = href ?? body.flatMap(githubLinksOf).find((url) => parseGitHubUrl(url)?.repo)
  const project = repoLink ? registry.resolveUrl(repoLink, name) : undefined
  const byName = registry.findByLabel(name)
  if (project && byName && byName !== project) {
    warnAt(context, opening, `release "${plainText(opening)}" names ${name} but links the notes of ${project}; the release is filed under ${project}`)
  }
  if (!project) {
    warnAt(context, opening, `release "${plainText(opening)}" links no GitHub repository or release notes saying which project "${name}" is; kept as text`)
    return undefined
  }
  // The notes link, and a lone label before it, become the block's href; the rest (the changes) is its content.
  const hrefAt = notes.findIndex((note) => note?.href)
  const changes = body.filter((_, i) => !(hrefAt !== -1 && (i === hrefAt || (i === hrefAt - 1 && notes[i]?.labelOnly))))
  return jsxElement('Release', { project, version, href }, changes)
}
