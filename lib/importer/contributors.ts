import type { Heading, Image, RootContent } from 'mdast'

import { jsxElement, plainText, type ConvertedSection } from './nodes'

/** The one image of a paragraph (or a quoted paragraph: `>![](…)`) that holds nothing else. */
function bannerImage(node: RootContent): Image | undefined {
  const paragraph = node.type === 'blockquote' && node.children.length === 1 ? node.children[0] : node
  if (paragraph?.type !== 'paragraph') return undefined
  const meaningful = paragraph.children.filter((child) => child.type !== 'break' && !(child.type === 'text' && !child.value.trim()))
  const [image] = meaningful
  return meaningful.length === 1 && image?.type === 'image' ? image : undefined
}

/** `weekly.jpg`, `图片`, `img`: alt text the legacy editor filled in, which tells a reader nothing. */
function isMeaningfulAlt(alt: string): boolean {
  const value = alt.trim()
  return value !== '' && !/^(图片|图像|img|image|banner|weekly\d*)$/i.test(value) && !/\.(png|jpe?g|gif|webp|svg)$/i.test(value)
}

/**
 * The contributor-of-the-week banner: the section's first image becomes `<Contributors banner alt>`. The banner
 * needs alt text; the legacy alt is usually a file name, so the section heading says who it features instead.
 */
export function convertContributorsSection(heading: Heading | undefined, nodes: RootContent[]): ConvertedSection {
  const index = nodes.findIndex((node) => bannerImage(node) !== undefined)
  const image = index === -1 ? undefined : bannerImage(nodes[index] as RootContent)
  if (!image) return { nodes, count: 0 }
  const alt = isMeaningfulAlt(image.alt ?? '') ? (image.alt ?? '').trim() : (heading && plainText(heading)) || 'Contributors of the week'
  const out = [...nodes]
  out.splice(index, 1, jsxElement('Contributors', { banner: image.url, alt }))
  return { nodes: out, count: 1 }
}
