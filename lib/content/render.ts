import type { Root } from 'mdast'
import rehypeSlug from 'rehype-slug'
import remarkGfm from 'remark-gfm'

import { assignBlockIds, unwrapComponentParagraphs } from './blocks'

/**
 * The remark plugins an issue is rendered with. They shape the tree exactly as the content layer saw it when it
 * extracted the blocks, so anchors (`qa-1`, `task-3`) on the page match the ids the indexes link to.
 */
function remarkWeeklyBlocks() {
  return (tree: Root) => {
    assignBlockIds(tree)
    unwrapComponentParagraphs(tree)
  }
}

export const renderRemarkPlugins = [remarkGfm, remarkWeeklyBlocks]

/** Headings get the ids the content layer computed for the table of contents. */
export const renderRehypePlugins = [rehypeSlug]
