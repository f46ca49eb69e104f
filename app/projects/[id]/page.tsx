import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { BoardTasks } from '@/components/BoardTasks'
import { IssueList } from '@/components/IssueList'
import { PageHeader } from '@/components/PageHeader'
import { QAItemView } from '@/components/QAItemView'
import { getIssue, getProjects, getProjectSummary } from '@/lib/content'
import { getInterface } from '@/lib/i18n'
import { pageMetadata } from '@/lib/metadata'
import { paths } from '@/lib/urls'

export const dynamicParams = false

export function generateStaticParams(): { id: string }[] {
  return getProjects().map((project) => ({ id: project.id }))
}

type Params = Promise<{ id: string }>

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const summary = getProjectSummary((await params).id)
  if (!summary) return {}
  return pageMetadata({ path: paths.project(summary.project.id), title: summary.project.name, description: summary.project.description })
}

export default async function ProjectPage({ params }: { params: Params }) {
  const summary = getProjectSummary((await params).id)
  if (!summary) notFound()
  const { t } = getInterface()
  const { project, openTasks, qa, issues } = summary

  return (
    <div className="space-y-12">
      <PageHeader
        title={project.name}
        intro={
          <>
            {project.description}{' '}
            <a href={project.repo} className="text-sky-700 underline underline-offset-2 dark:text-sky-400">
              {t.repository}
            </a>
          </>
        }
      />
      <section aria-labelledby="project-tasks">
        <h2 id="project-tasks" className="mb-4 text-xl font-bold">
          {t.openTasksOf}
        </h2>
        {openTasks.length ? <BoardTasks tasks={openTasks} idPrefix="project-tasks" heading="h3" showCounts /> : <p>{t.none}</p>}
      </section>
      <section aria-labelledby="project-qa">
        <h2 id="project-qa" className="mb-4 text-xl font-bold">
          {t.qaOf}
        </h2>
        {qa.length ? (
          <ol className="space-y-2 p-0">
            {qa.map((item) => (
              <QAItemView key={item.anchor} item={item} />
            ))}
          </ol>
        ) : (
          <p>{t.none}</p>
        )}
      </section>
      <section aria-labelledby="project-issues">
        <h2 id="project-issues" className="text-xl font-bold">
          {t.issuesMentioning}
        </h2>
        {issues.length ? <IssueList issues={issues.flatMap((ref) => getIssue(ref.slug) ?? [])} /> : <p>{t.none}</p>}
      </section>
    </div>
  )
}
