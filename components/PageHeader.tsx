import type { ReactNode } from 'react'

export interface PageHeaderProps {
  title: string
  intro?: ReactNode
}

export function PageHeader({ title, intro }: PageHeaderProps) {
  return (
    <header className="mb-8 space-y-2">
      <h1 className="text-2xl leading-snug font-bold tracking-tight sm:text-3xl">{title}</h1>
      {intro ? <p className="max-w-prose text-zinc-700 dark:text-zinc-300">{intro}</p> : null}
    </header>
  )
}
