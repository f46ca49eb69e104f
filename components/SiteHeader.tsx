import Link from 'next/link'

import { getSite } from '@/lib/content'
import { getInterface } from '@/lib/i18n'

export function SiteHeader() {
  const site = getSite()
  const { t } = getInterface()
  return (
    <header className="border-b border-zinc-200 bg-white/90 dark:border-zinc-800 dark:bg-zinc-950/90">
      <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold tracking-tight text-zinc-900 dark:text-zinc-100">
          {site.name}
        </Link>
        <nav aria-label={t.mainNav}>
          <ul className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
            {site.nav.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="rounded px-1 py-2 text-zinc-700 hover:text-sky-700 dark:text-zinc-300 dark:hover:text-sky-400">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  )
}
