import { Link } from '@/components/Link'
import type { ListingPage } from '@/lib/content'
import { getInterface } from '@/lib/i18n'
import { visiblePageNumbers } from '@/lib/urls/listing-path'

export interface PaginationProps<T> {
  /** Every page of the listing. */
  pages: readonly ListingPage<T>[]
  current: number
  /** What the pages are of, for the navigation's name: "问答". */
  listName: string
}

const ITEM = 'inline-flex min-h-9 min-w-8 items-center justify-center gap-1 rounded-lg px-2 text-sm sm:min-w-9 sm:px-2.5'

/** Links to the previous, next and nearby pages of a list; nothing when the list fits on one page. */
export function Pagination<T>({ pages, current, listName }: PaginationProps<T>) {
  const { t } = getInterface()
  if (pages.length <= 1) return null
  const previous = pages[current - 2]
  const next = pages[current]
  return (
    <nav aria-label={t.pagination(listName)} className="not-prose mt-8 grid grid-cols-[1fr_auto_1fr] items-center gap-1">
      <div>
        {previous ? (
          <Link href={previous.path} rel="prev" className={`${ITEM} border border-zinc-300 hover:border-sky-600 dark:border-zinc-700 dark:hover:border-sky-400`}>
            <span aria-hidden="true">←</span>
            {/* On a phone the arrow alone, so that the whole navigation fits on one line. */}
            <span className="max-sm:sr-only">{t.previousPage}</span>
          </Link>
        ) : null}
      </div>
      <ol className="flex items-center gap-1">
        {visiblePageNumbers(pages.length, current).map((number, index) => {
          const page = number === null ? undefined : pages[number - 1]
          return page ? (
            <li key={page.number}>
              <Link
                href={page.path}
                aria-label={t.pageNumber(page.number)}
                aria-current={page.number === current ? 'page' : undefined}
                className={`${ITEM} tabular-nums ${page.number === current ? 'bg-sky-700 font-semibold text-white dark:bg-sky-400 dark:text-zinc-950' : 'hover:bg-zinc-100 dark:hover:bg-zinc-800'}`}
              >
                {page.number}
              </Link>
            </li>
          ) : (
            <li key={`gap-${index}`} aria-hidden="true" className="px-0.5 text-zinc-600 dark:text-zinc-400">
              …
            </li>
          )
        })}
      </ol>
      <div className="justify-self-end">
        {next ? (
          <Link href={next.path} rel="next" className={`${ITEM} border border-zinc-300 hover:border-sky-600 dark:border-zinc-700 dark:hover:border-sky-400`}>
            <span className="max-sm:sr-only">{t.nextPage}</span>
            <span aria-hidden="true">→</span>
          </Link>
        ) : null}
      </div>
    </nav>
  )
}
