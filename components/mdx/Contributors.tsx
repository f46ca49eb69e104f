import type { ReactNode } from 'react'

import { GitHubAvatar } from '@/components/GitHubAvatar'
import { RemoteImage } from '@/components/RemoteImage'
import { getProject } from '@/lib/content'
import type { ComponentProps } from '@/lib/content/schema'

export type ContributorsProps = ComponentProps<'Contributors'> & { children?: ReactNode }

/** The contributor-of-the-week banner and/or the people it thanks. */
export function Contributors({ banner, alt, width, height, children }: ContributorsProps) {
  return (
    <div className="not-prose my-6 space-y-4">
      {banner ? (
        <figure className="overflow-hidden rounded-xl border border-zinc-200 bg-zinc-50 dark:border-zinc-800 dark:bg-zinc-900">
          {/* A fixed box keeps the layout still while the banner loads, whatever its real size. */}
          <RemoteImage
            src={banner}
            alt={alt ?? ''}
            width={Number(width ?? 1080)}
            height={Number(height ?? 540)}
            className="aspect-[2/1] h-auto w-full object-contain"
          />
        </figure>
      ) : null}
      {children ? <ul className="grid gap-3 sm:grid-cols-2">{children}</ul> : null}
    </div>
  )
}

export type ContributorProps = ComponentProps<'Contributor'>

export function Contributor({ login, name, project, contribution }: ContributorProps) {
  const projectName = project ? (getProject(project)?.name ?? project) : undefined
  return (
    <li className="flex items-start gap-3 rounded-xl border border-zinc-200 p-3 dark:border-zinc-800">
      <GitHubAvatar login={login} size={48} />
      <div className="min-w-0 text-sm">
        <p className="font-semibold text-zinc-900 dark:text-zinc-100">
          <a href={`https://github.com/${login}`} className="hover:underline">
            {name ?? login}
          </a>{' '}
          <span className="font-normal text-zinc-500 dark:text-zinc-400">@{login}</span>
        </p>
        {projectName ? <p className="text-zinc-600 dark:text-zinc-400">{projectName}</p> : null}
        {contribution ? <p className="mt-1 text-zinc-700 dark:text-zinc-300">{contribution}</p> : null}
      </div>
    </li>
  )
}
