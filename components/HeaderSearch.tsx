'use client'

import { useEffect, useRef } from 'react'

import { withBasePath } from '@/lib/urls/base-path'
import { routes } from '@/lib/urls/routes'

export interface HeaderSearchProps {
  label: string
  placeholder: string
  shortcutHint: string
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
}

/** The header's search box: a plain form to /search (works without JavaScript), focused by the `/` key. */
export function HeaderSearch({ label, placeholder, shortcutHint }: HeaderSearchProps) {
  const input = useRef<HTMLInputElement>(null)

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return
      event.preventDefault()
      input.current?.focus()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])

  return (
    <search className="order-last w-full sm:order-none sm:w-64">
      <form action={withBasePath(routes.search)} method="get">
        <label htmlFor="site-search" className="sr-only">
          {label}
        </label>
        <input
          ref={input}
          id="site-search"
          name="q"
          type="search"
          placeholder={placeholder}
          title={shortcutHint}
          aria-keyshortcuts="/"
          autoComplete="off"
          className="w-full rounded-lg border border-zinc-300 bg-white px-3 py-1.5 text-sm text-zinc-900 placeholder:text-zinc-500 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:placeholder:text-zinc-400"
        />
      </form>
    </search>
  )
}
