import type { Metadata } from 'next'
import { preload } from 'react-dom'

import { PageHeader } from '@/components/PageHeader'
import { SearchPanel } from '@/components/SearchPanel'
import { getInterface } from '@/lib/i18n'
import { withBasePath } from '@/lib/urls/base-path'
import { routes } from '@/lib/urls'

export function generateMetadata(): Metadata {
  const { t } = getInterface()
  return { title: t.search, description: t.searchIntro, alternates: { canonical: routes.search } }
}

export default function SearchPage() {
  const { t } = getInterface()
  // The index's entry (a few KB) loads with the page, so the first query waits only for its own shards.
  preload(withBasePath(routes.searchIndex), { as: 'fetch', crossOrigin: 'anonymous' })
  return (
    <div>
      <PageHeader title={t.search} intro={t.searchIntro} />
      <noscript>
        <p className="mb-4 rounded-lg bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-200">{t.searchNeedsJs}</p>
      </noscript>
      <SearchPanel
        indexUrl={withBasePath(routes.searchIndex)}
        filesUrl={withBasePath(routes.searchIndexFiles)}
        labels={{
          query: t.search,
          placeholder: t.searchPlaceholder,
          button: t.searchButton,
          loading: t.searchLoading,
          error: t.searchError,
          empty: t.searchEmpty,
          noResults: t.searchNoResults,
          results: t.searchResults,
          more: t.searchMore,
          kinds: t.kinds,
        }}
      />
    </div>
  )
}
