import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { THEME_SCRIPT } from '@/components/ThemeToggle'
import { getSite } from '@/lib/content'
import { getInterface } from '@/lib/i18n'
import { getSiteUrl } from '@/lib/site-url'

import './globals.css'

export function generateMetadata(): Metadata {
  const site = getSite()
  return {
    // Base path included: Next.js resolves relative metadata URLs (canonical links, the opengraph-image files it
    // generates) against this URL's path, and does not add the base path to them itself.
    metadataBase: new URL(getSiteUrl()),
    title: { default: site.name, template: `%s · ${site.name}` },
    description: site.description,
  }
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#09090b' },
  ],
}

export default function RootLayout({ children }: { children: ReactNode }) {
  const { locale, t } = getInterface()
  return (
    // The theme script sets data-theme before React hydrates; that attribute is expected to differ from the server.
    <html lang={locale} suppressHydrationWarning>
      <head>
        {/* Our own constant code, not content: it must run before the first paint to avoid a flash of the wrong theme. */}
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body className="flex min-h-dvh flex-col font-sans">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow dark:focus:bg-zinc-900">
          {t.skipToContent}
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-4xl flex-1 px-4 py-8">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  )
}
