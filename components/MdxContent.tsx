import { MDXRemote } from 'next-mdx-remote/rsc'

import { mdxComponents } from '@/components/mdx'
import { renderRehypePlugins, renderRemarkPlugins } from '@/lib/content/render'

export interface MdxContentProps {
  /** MDX that the content layer validated: no expressions, no ESM, only registered components. */
  source: string
  className?: string
}

/** Renders validated MDX on the server; nothing from the content runs in the reader's browser. */
export function MdxContent({ source, className }: MdxContentProps) {
  return (
    <div className={className}>
      <MDXRemote
        source={source}
        components={mdxComponents}
        // blockJS stays on as a second line of defence: the validator already refuses every expression.
        options={{ blockJS: true, blockDangerousJS: true, mdxOptions: { remarkPlugins: renderRemarkPlugins, rehypePlugins: renderRehypePlugins } }}
      />
    </div>
  )
}
