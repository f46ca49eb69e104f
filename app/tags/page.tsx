import type { Metadata } from 'next'

import { Link } from '@/components/Link'
import { PageHeader } from '@/components/PageHeader'
import { getTags } from '@/lib/content'
import { getInterface } from '@/lib/i18n'
import { pageMetadata } from '@/lib/metadata'
import { routes } from '@/lib/urls'

export function generateMetadata(): Metadata {
  return pageMetadata({ path: routes.tags, title: getInterface().t.allTags })
}

export default function TagsPage() {
  const { t } = getInterface()
  return (
    <div>
      <PageHeader title={t.allTags} />
      <ul className="flex flex-wrap gap-2">
        {getTags().map((tag) => (
          <li key={tag.slug}>
            <Link href={routes.tag(tag.tag)} className="inline-block rounded-full bg-zinc-100 px-3 py-1 text-sm text-zinc-800 hover:bg-zinc-200 dark:bg-zinc-800 dark:text-zinc-200 dark:hover:bg-zinc-700">
              {tag.tag} <span className="text-zinc-600 dark:text-zinc-400">{tag.issues.length}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  )
}
