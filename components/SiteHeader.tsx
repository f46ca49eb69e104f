import { HeaderSearch } from '@/components/HeaderSearch'
import { Link } from '@/components/Link'
import { ThemeToggle } from '@/components/ThemeToggle'
import { getSite } from '@/lib/content'
import { getInterface } from '@/lib/i18n'

export function SiteHeader() {
  const site = getSite()
  const { t } = getInterface()
  return (
    <header className="border-b border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto max-w-4xl px-4 py-3">
        {/* On a phone the search box takes a row of its own, under the name and the theme button. */}
        <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
          <Link href="/" className="shrink-0 text-lg font-bold tracking-tight text-zinc-900 dark:text-zinc-100">
            {site.name}
          </Link>
          <span className="flex-1" />
          <HeaderSearch label={t.search} placeholder={t.searchPlaceholder} shortcutHint={t.searchShortcut} />
          <ThemeToggle
            titles={t.theme}
            labels={{ system: t.themeButton(t.theme.system), light: t.themeButton(t.theme.light), dark: t.themeButton(t.theme.dark) }}
          />
        </div>
        <nav aria-label={t.mainNav} className="mt-2">
          <ul className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
            {site.nav.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="inline-block py-1.5 text-zinc-700 hover:text-sky-700 dark:text-zinc-300 dark:hover:text-sky-400">
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
