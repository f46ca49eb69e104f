import { Link } from '@/components/Link'
import { getProject } from '@/lib/content'
import { routes } from '@/lib/urls'

export interface ProjectBadgeProps {
  id: string
}

/** A project's name as a small label, linking to its page on this site. */
export function ProjectBadge({ id }: ProjectBadgeProps) {
  const project = getProject(id)
  return (
    <Link
      href={routes.project(id)}
      className="inline-flex items-center rounded-full bg-zinc-100 px-2 py-0.5 text-xs font-medium text-zinc-700 hover:bg-zinc-200 dark:bg-zinc-800 dark:text-zinc-300 dark:hover:bg-zinc-700"
    >
      {project?.name ?? id}
    </Link>
  )
}
