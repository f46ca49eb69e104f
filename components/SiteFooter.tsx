import { getSite } from '@/lib/content'
import { getInterface } from '@/lib/i18n'
import { withBasePath } from '@/lib/urls/base-path'
import { routes } from '@/lib/urls'

export function SiteFooter() {
  const site = getSite()
  const { t } = getInterface()
  return (
    <footer className="mt-16 border-t border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-2 px-4 py-6 text-sm text-zinc-600 dark:text-zinc-400">
        <p>
          {site.name} · {t.poweredBy}
        </p>
        <p className="flex gap-4">
          {/* A file, not a page: a plain link, so the browser fetches it instead of the client router. */}
          <a href={withBasePath(routes.rss)} type="application/rss+xml" className="underline-offset-2 hover:underline">
            {t.subscribeRss}
          </a>
          <a href={site.repository.url} className="underline-offset-2 hover:underline">
            {t.sourceCode}
          </a>
        </p>
      </div>
    </footer>
  )
}
