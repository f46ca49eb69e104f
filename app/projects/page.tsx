import type { Metadata } from 'next'

import { Link } from '@/components/Link'
import { PageHeader } from '@/components/PageHeader'
import { getProjects, getProjectSummary } from '@/lib/content'
import { getInterface } from '@/lib/i18n'
import { pageMetadata } from '@/lib/metadata'
import { routes } from '@/lib/urls'

export function generateMetadata(): Metadata {
  const { t } = getInterface()
  return pageMetadata({ path: routes.projects, title: t.projects, description: t.projectsIntro })
}

export default function ProjectsPage() {
  const { t } = getInterface()
  return (
    <div>
      <PageHeader title={t.projects} intro={t.projectsIntro} />
      <ul className="grid gap-4 sm:grid-cols-2">
        {getProjects().map((project) => {
          const summary = getProjectSummary(project.id)
          return (
            <li key={project.id} className="rounded-xl border border-zinc-200 p-4 dark:border-zinc-800">
              <h2 className="text-lg font-semibold">
                <Link href={routes.project(project.id)} className="hover:text-sky-700 hover:underline dark:hover:text-sky-400">
                  {project.name}
                </Link>
              </h2>
              <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">{project.description}</p>
              {summary ? (
                <p className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">
                  {t.projectStats(summary.openTasks.length, summary.qa.length, summary.issues.length)}
                </p>
              ) : null}
            </li>
          )
        })}
      </ul>
    </div>
  )
}
