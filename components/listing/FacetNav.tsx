import { Link } from '@/components/Link'
import { getInterface } from '@/lib/i18n'

import type { FacetGroup } from './facets'

export interface FacetNavProps {
  groups: FacetGroup[]
  /** Where "reset" leads: the unfiltered list. Omitted when nothing is filtered. */
  resetPath?: string
}

const OPTION = 'inline-flex items-baseline gap-1.5 whitespace-nowrap rounded-full border px-2.5 py-1 text-sm'

/**
 * Filters as links: every value of every facet leads to the pre-rendered page of that listing, so filtering covers
 * the whole list, needs no JavaScript, and every filtered view has an address to share. A value that would keep
 * nothing is shown without a link.
 */
export function FacetNav({ groups, resetPath }: FacetNavProps) {
  const { t } = getInterface()
  if (groups.length === 0) return null
  return (
    <nav aria-label={t.filters} className="not-prose mb-6 space-y-3 rounded-xl border border-zinc-200 bg-zinc-50 p-3 dark:border-zinc-800 dark:bg-zinc-900">
      {groups.map((group) => (
        <div key={group.name} className="flex flex-col gap-1.5 sm:flex-row sm:items-baseline sm:gap-3">
          <span id={`facet-${group.name}`} className="w-14 shrink-0 text-sm font-medium text-zinc-700 dark:text-zinc-300">
            {group.label}
          </span>
          {/* On a phone each facet is one row that scrolls sideways in its own box; wider screens wrap it. */}
          <ul aria-labelledby={`facet-${group.name}`} className="-mx-3 flex min-w-0 gap-1.5 overflow-x-auto px-3 pb-1 sm:mx-0 sm:flex-wrap sm:overflow-visible sm:px-0 sm:pb-0">
            {group.options.map((option) => (
              <li key={option.value} className="shrink-0">
                {option.selected ? (
                  <Link href={option.path} aria-current="true" className={`${OPTION} border-sky-700 bg-sky-700 font-medium text-white dark:border-sky-400 dark:bg-sky-400 dark:text-zinc-950`}>
                    {option.label} <span className="tabular-nums">{option.count}</span>
                  </Link>
                ) : option.count === 0 ? (
                  <span className={`${OPTION} border-dashed border-zinc-300 text-zinc-600 dark:border-zinc-700 dark:text-zinc-400`}>
                    {option.label} <span className="tabular-nums">0</span>
                  </span>
                ) : (
                  <Link
                    href={option.path}
                    className={`${OPTION} border-zinc-300 bg-white text-zinc-800 hover:border-sky-600 hover:text-sky-800 dark:border-zinc-700 dark:bg-zinc-950 dark:text-zinc-200 dark:hover:border-sky-400 dark:hover:text-sky-300`}
                  >
                    {option.label} <span className="tabular-nums text-zinc-600 dark:text-zinc-400">{option.count}</span>
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {resetPath ? (
        <p className="text-sm">
          <Link href={resetPath} className="text-sky-700 underline underline-offset-2 dark:text-sky-400">
            {t.resetFilters}
          </Link>
        </p>
      ) : null}
    </nav>
  )
}
