import { Link } from '@/components/Link'
import type { ListingPage } from '@/lib/content'
import { getInterface } from '@/lib/i18n'
import { visiblePageNumbers } from '@/lib/listing-path'

export interface PaginationProps<T> {
  /** Every page of the listing. */
  pages: readonly ListingPage<T>[]
  current: number
  /** What the pages are of, for the navigation's name: "问答". */
  listName: string
}

const ITEM = 'inline-flex min-h-9 min-w-9 items-center justify-center rounded-lg px-2.5 text-sm'

/** Links to the previous, next and nearby pages of a list; nothing when the list fits on one page. */
export function Pagination<T>({ pages, current, listName }: PaginationProps<T>) {
  const { t } = getInterface()
  if (pages.length <= 1) return null
  const previous = pages[current - 2]
  const next = pages[current]
  return (
    <nav aria-label={t.pagination(listName)} className="not-prose mt-8">
      <ul className="flex flex-wrap items-center justify-center gap-1">
        {previous ? (
          <li className="mr-auto">
            <Link href={previous.path} rel="prev" className={`${ITEM} border border-zinc-300 hover:border-sky-600 dark:border-zinc-700 dark:hover:border-sky-400`}>
              ← {t.previousPage}
            </Link>
          </li>
        ) : null}
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
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-zinc-600 dark:text-zinc-400">
              …
            </li>
          )
        })}
        {next ? (
          <li className="ml-auto">
            <Link href={next.path} rel="next" className={`${ITEM} border border-zinc-300 hover:border-sky-600 dark:border-zinc-700 dark:hover:border-sky-400`}>
              {t.nextPage} →
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
