import type { ReactNode } from 'react'

import { GitHubAvatar } from '@/components/GitHubAvatar'
import { ContentImage } from '@/components/ContentImage'
import { getProject } from '@/lib/content'
import { REMOTE_IMAGE_BOX } from '@/lib/content/images'
import type { ComponentProps } from '@/lib/blocks/specs'

export type ContributorsProps = ComponentProps<'Contributors'> & {
  children?: ReactNode
  /** The banner is the page's largest image: it loads at once and first (set by the page, never by content). */
  priority?: boolean
}

/** The contributor-of-the-week banner and/or the people it thanks. */
export function Contributors({ banner, alt, width, height, priority = false, children }: ContributorsProps) {
  return (
    <div className="not-prose my-6 space-y-4">
      {banner ? (
        <figure className="overflow-hidden rounded-xl border border-zinc-200 bg-zinc-50 dark:border-zinc-800 dark:bg-zinc-900">
          <ContentImage
            src={banner}
            alt={alt ?? ''}
            layout="fill"
            priority={priority}
            // A banner of another host is shown in a fixed box, whatever its real size, so the page keeps still.
            remote={{
              width: Number(width ?? REMOTE_IMAGE_BOX.banner.width),
              height: Number(height ?? REMOTE_IMAGE_BOX.banner.height),
              className: 'aspect-[2/1] h-auto w-full object-contain',
            }}
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
