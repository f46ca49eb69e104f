import type { Heading } from '@/lib/content'
import { getInterface } from '@/lib/i18n'

export interface TableOfContentsProps {
  headings: Heading[]
}

/** Sections this long an issue has before a table of contents helps. */
export const TOC_MIN_SECTIONS = 4

/** The sections (## headings, with their ### subsections), linking to their anchors. */
export function TableOfContents({ headings }: TableOfContentsProps) {
  const { t } = getInterface()
  const entries = headings.filter((heading) => heading.depth === 2 || heading.depth === 3)
  if (entries.filter((heading) => heading.depth === 2).length < TOC_MIN_SECTIONS) return null
  return (
    <nav aria-labelledby="toc-title" className="mb-8 rounded-xl border border-zinc-200 px-4 py-3 text-sm dark:border-zinc-800">
      <h2 id="toc-title" className="font-semibold text-zinc-900 dark:text-zinc-100">
        {t.tableOfContents}
      </h2>
      <ol className="mt-2 space-y-1">
        {entries.map((heading) => (
          <li key={heading.id} className={heading.depth === 3 ? 'pl-4' : undefined}>
            <a href={`#${heading.id}`} className="text-sky-700 underline-offset-2 hover:underline dark:text-sky-400">
              {heading.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  )
}
