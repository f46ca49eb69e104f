'use client'

import { useId } from 'react'

import { setUrlQuery, useUrlQuery } from '@/lib/url-query'

export interface FilterOption {
  value: string
  label: string
  /** Attribute values this option shows; undefined shows everything. Defaults to `[value]`. */
  matches?: string[] | null
}

export interface Filter {
  /** Items carry the value as `data-<name>`; the URL as `?<name>=`. */
  name: string
  label: string
  options: FilterOption[]
  defaultValue: string
}

export interface FilterBarProps {
  filters: Filter[]
  /** CSS selector of the filtered items, e.g. `[data-task]`. */
  itemSelector: string
  /** CSS selector of groups to hide when none of their items is shown. */
  groupSelector?: string
  /** Text of the live count, with `{n}` for the number shown. */
  countTemplate: string
  /** Each item's values, in the order of `filters`, to count what a selection shows. */
  items: string[][]
  resetLabel: string
}

type Selection = Record<string, string>

function selectionFrom(filters: Filter[], query: string): Selection {
  const params = new URLSearchParams(query)
  const selection = defaults(filters)
  for (const filter of filters) {
    const value = params.get(filter.name)
    if (value !== null && filter.options.some((o) => o.value === value)) selection[filter.name] = value
  }
  return selection
}

/** Attribute values an option shows; null for everything. */
function valuesOf(filter: Filter, value: string | undefined): string[] | null {
  const option = filter.options.find((o) => o.value === value)
  if (!option) return null
  return option.matches === undefined ? [option.value] : option.matches
}

function defaults(filters: Filter[]): Selection {
  return Object.fromEntries(filters.map((f) => [f.name, f.defaultValue]))
}

/** Attribute selector that matches the items a selection shows; empty when it shows everything. */
function matchSelector(filters: Filter[], selection: Selection): string {
  return filters
    .map((filter) => {
      const values = valuesOf(filter, selection[filter.name])
      return values ? `:is(${values.map((v) => `[data-${filter.name}=${JSON.stringify(v)}]`).join(',')})` : ''
    })
    .join('')
}

/**
 * Filters a server-rendered list without re-rendering it: the selection becomes a stylesheet that hides what does
 * not match, so the list's HTML stays static, the page keeps no layout shift on load (the default filter is in the
 * server-rendered HTML), and with JavaScript off every item shows. The selection lives in the URL.
 */
export function FilterBar({ filters, itemSelector, groupSelector, countTemplate, items, resetLabel }: FilterBarProps) {
  const id = useId()
  const query = useUrlQuery()
  const selection = selectionFrom(filters, query)
  const match = matchSelector(filters, selection)
  const allowed = filters.map((filter) => valuesOf(filter, selection[filter.name]))
  const count = items.filter((values) => allowed.every((set, i) => set === null || set.includes(values[i] ?? ''))).length

  const apply = (next: Selection): void => {
    const params = new URLSearchParams(window.location.search)
    for (const filter of filters) {
      if (next[filter.name] === filter.defaultValue) params.delete(filter.name)
      else params.set(filter.name, next[filter.name] ?? '')
    }
    setUrlQuery(params, 'replace')
  }

  const isDefault = filters.every((f) => selection[f.name] === f.defaultValue)

  // :where() keeps these rules at zero specificity, so the <noscript> rule below always wins without JavaScript.
  const css = match
    ? `:where(${itemSelector}:not(${match})){display:none!important}` +
      (groupSelector ? `:where(${groupSelector}:not(:has(${itemSelector}${match}))){display:none!important}` : '')
    : ''

  return (
    <div data-filters className="not-prose mb-6 rounded-xl border border-zinc-200 bg-zinc-50 p-3 dark:border-zinc-800 dark:bg-zinc-900">
      <style>{css}</style>
      <form className="flex flex-wrap items-end gap-3" onSubmit={(event) => event.preventDefault()}>
        {filters.map((filter) => (
          <div key={filter.name} className="flex min-w-32 flex-1 flex-col gap-1 text-sm">
            <label htmlFor={`${id}-${filter.name}`} className="font-medium text-zinc-700 dark:text-zinc-300">
              {filter.label}
            </label>
            <select
              id={`${id}-${filter.name}`}
              name={filter.name}
              value={selection[filter.name]}
              onChange={(event) => apply({ ...selection, [filter.name]: event.target.value })}
              className="rounded-lg border border-zinc-300 bg-white px-2 py-1.5 text-zinc-900 dark:border-zinc-700 dark:bg-zinc-950 dark:text-zinc-100"
            >
              {filter.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        ))}
        <button
          type="button"
          disabled={isDefault}
          onClick={() => apply(defaults(filters))}
          className="rounded-lg border border-zinc-300 px-3 py-1.5 text-sm text-zinc-700 hover:bg-white disabled:opacity-50 dark:border-zinc-700 dark:text-zinc-300 dark:hover:bg-zinc-950"
        >
          {resetLabel}
        </button>
      </form>
      <p aria-live="polite" className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
        {countTemplate.replace('{n}', String(count))}
      </p>
    </div>
  )
}
