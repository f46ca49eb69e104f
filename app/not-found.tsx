import { Link } from '@/components/Link'
import { getLatestIssue } from '@/lib/content'
import { getInterface } from '@/lib/i18n'
import { routes } from '@/lib/urls'

export default function NotFound() {
  const { t } = getInterface()
  const latest = getLatestIssue()
  return (
    <div className="max-w-prose space-y-4">
      <p className="text-sm font-semibold text-sky-700 dark:text-sky-400">404</p>
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t.notFoundTitle}</h1>
      <p className="text-zinc-700 dark:text-zinc-300">{t.notFoundBody}</p>
      <p className="text-zinc-700 dark:text-zinc-300">{t.notFoundActions}</p>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          <Link href="/" className="text-sky-700 underline underline-offset-2 dark:text-sky-400">{t.home}</Link>
        </li>
        {latest ? (
          <li>
            <Link href={routes.issue(latest.slug)} className="text-sky-700 underline underline-offset-2 dark:text-sky-400">
              {t.latestIssue}：{latest.title}
            </Link>
          </li>
        ) : null}
        <li>
          <Link href={routes.archive} className="text-sky-700 underline underline-offset-2 dark:text-sky-400">{t.archive}</Link>
        </li>
      </ul>
    </div>
  )
}
