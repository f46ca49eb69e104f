import type { Heading, Root, RootContent } from 'mdast'

import { isStrongOnly, plainText } from './nodes'

/** What a section of a legacy issue holds, read from its heading. */
export type SectionKind = 'contributors' | 'qa' | 'tasks' | 'reading' | 'releases' | 'events' | 'other'

export interface Section {
  kind: SectionKind
  /** Undefined for what comes before the first heading. */
  heading?: Heading
  nodes: RootContent[]
}

/** Headings across the years: `每周读者问答提炼`, `SOFAStack GitHub issue 精选`, `SOFA&MOSN 社区 本周 Contributor`, … */
const SECTION_TITLES: readonly (readonly [Exclude<SectionKind, 'other'>, RegExp])[] = [
  ['contributors', /contributor|本周贡献|贡献者/i],
  ['qa', /读者问答|问答提炼|问答精选|issue\s*精选|^(?:本周|每周)?\s*(?:QA|Q\s*&\s*A|问答)(?:\s*整理)?$/i],
  ['tasks', /新手任务/],
  ['reading', /推荐阅读|系列阅读|特辑阅读|延伸阅读|相关阅读|文章(?:集合|合集)|集锦|回顾集合/],
  ['releases', /项目进展|本周发布|版本发布|发布详情/],
  ['events', /直播(?:预告|报名)|活动(?:预告|报名|推荐)|社区活动|社区会议|meetup/i],
]

export function sectionKind(title: string): SectionKind {
  return SECTION_TITLES.find(([, pattern]) => pattern.test(title))?.[0] ?? 'other'
}

/**
 * Some years mark sections with a bold line instead of a heading (`**每周读者问答提炼**`). Those that name a section
 * we recognise become headings, at the level of the section heading before them (else of the last heading, else
 * `##`), so the page outline and the section boundaries are the same as in the other years. Other bold lines stay.
 */
export function promoteSectionLines(tree: Root): void {
  let lastSection: Heading['depth'] | undefined
  let lastHeading: Heading['depth'] | undefined
  tree.children = tree.children.map((node) => {
    if (node.type === 'heading') {
      lastHeading = node.depth
      if (sectionKind(plainText(node)) !== 'other') lastSection = node.depth
      return node
    }
    if (!isStrongOnly(node)) return node
    const title = plainText(node)
    if (title.length > 30 || /[，。！？,.!?：:]$/.test(title) || sectionKind(title) === 'other') return node
    const depth = lastSection ?? lastHeading ?? 2
    lastSection = depth
    return { type: 'heading', depth, children: [{ type: 'text', value: title }], position: node.position }
  })
}

/**
 * Splits the body at its headings. A deeper heading that names no section of its own (`#### Features` inside a
 * release) stays inside the section it belongs to.
 */
export function splitSections(tree: Root): Section[] {
  const sections: Section[] = [{ kind: 'other', nodes: [] }]
  for (const node of tree.children) {
    const current = sections[sections.length - 1] as Section
    if (node.type === 'heading') {
      const kind = sectionKind(plainText(node))
      const nested = current.heading && node.depth > current.heading.depth && kind === 'other' && current.kind !== 'other'
      if (!nested) {
        sections.push({ kind, heading: node, nodes: [] })
        continue
      }
    }
    current.nodes.push(node)
  }
  return sections.filter((section) => section.heading || section.nodes.length > 0)
}
