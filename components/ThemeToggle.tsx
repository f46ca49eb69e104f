'use client'

import { useSyncExternalStore } from 'react'

export type Theme = 'system' | 'light' | 'dark'

export interface ThemeToggleProps {
  /** Names of the current theme, shown as a tooltip. */
  titles: Record<Theme, string>
  /** What the button does, per current theme, for assistive technology. */
  labels: Record<Theme, string>
}

const STORAGE_KEY = 'theme'
const THEME_CHANGE = 'theme:change'

/**
 * Runs in <head> before the first paint, so a stored choice never flashes the other theme. Without a stored
 * choice nothing is set and CSS follows the system (prefers-color-scheme).
 */
export const THEME_SCRIPT = `try{var t=localStorage.getItem('${STORAGE_KEY}');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`

function subscribe(onChange: () => void): () => void {
  window.addEventListener(THEME_CHANGE, onChange)
  window.addEventListener('storage', onChange)
  return () => {
    window.removeEventListener(THEME_CHANGE, onChange)
    window.removeEventListener('storage', onChange)
  }
}

function readTheme(): Theme {
  const theme = document.documentElement.dataset.theme
  return theme === 'light' || theme === 'dark' ? theme : 'system'
}

/** System, then the opposite of what the system shows, then the other one, then back to the system. */
function nextTheme(current: Theme): Theme {
  const systemDark = window.matchMedia('(prefers-color-scheme: dark)').matches
  const order: Theme[] = systemDark ? ['system', 'light', 'dark'] : ['system', 'dark', 'light']
  return order[(order.indexOf(current) + 1) % order.length] ?? 'system'
}

function applyTheme(theme: Theme): void {
  try {
    if (theme === 'system') localStorage.removeItem(STORAGE_KEY)
    else localStorage.setItem(STORAGE_KEY, theme)
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
  if (theme === 'system') delete document.documentElement.dataset.theme
  else document.documentElement.dataset.theme = theme
  window.dispatchEvent(new Event(THEME_CHANGE))
}

const ICONS: Record<Theme, string> = {
  system: 'M12 3a9 9 0 1 0 0 18V3Z',
  light: 'M12 7a5 5 0 1 0 0 10 5 5 0 0 0 0-10Zm0-5v3m0 14v3M4.2 4.2l2.1 2.1m11.4 11.4 2.1 2.1M2 12h3m14 0h3M4.2 19.8l2.1-2.1M17.7 6.3l2.1-2.1',
  dark: 'M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8Z',
}

/** Cycles the colour theme and remembers the choice. */
export function ThemeToggle({ titles, labels }: ThemeToggleProps) {
  const theme = useSyncExternalStore<Theme>(subscribe, readTheme, () => 'system')
  return (
    <button
      type="button"
      onClick={() => applyTheme(nextTheme(theme))}
      aria-label={labels[theme]}
      title={titles[theme]}
      className="inline-flex size-9 items-center justify-center rounded-lg text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
    >
      <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" fill={theme === 'light' ? 'none' : 'currentColor'} stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        {theme === 'system' ? <circle cx="12" cy="12" r="9" fill="none" /> : null}
        <path d={ICONS[theme]} />
      </svg>
    </button>
  )
}
