/**
 * The framework floor both benchmarks compare the site with: a minimal Next.js App Router app, same Next.js, React and
 * TypeScript settings, whose pages are trivial static ones. What is left between it and the site is the site's own cost.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const ROOT = path.resolve(import.meta.dirname, '..')

/** The project's own Next.js: one from another node_modules would render with a second copy of React. */
export const nextBin = (dir: string): string => path.join(dir, 'node_modules', 'next', 'dist', 'bin', 'next')

/** A minimal App Router app with `pages` trivial static pages: what Next.js itself costs for that many. */
export function writeFloorApp(dir: string, pages: number): void {
  const files: Record<string, string> = {
    'package.json': JSON.stringify({ name: 'floor', private: true, type: 'module' }),
    // As many page-rendering workers as the site's own build uses (next.config.mjs), so the ratio is ours, not theirs.
    'next.config.mjs': "import os from 'node:os'\n\nexport default { experimental: { cpus: os.availableParallelism() } }\n",
    'tsconfig.json': fs.readFileSync(path.join(ROOT, 'tsconfig.json'), 'utf8'),
    'app/layout.tsx': [
      "import type { ReactNode } from 'react'",
      '',
      'export default function RootLayout({ children }: { children: ReactNode }) {',
      '  return (',
      '    <html lang="en">',
      '      <body>{children}</body>',
      '    </html>',
      '  )',
      '}',
      '',
    ].join('\n'),
    'app/page.tsx': 'export default function Home() {\n  return <h1>Home</h1>\n}\n',
    'app/p/[n]/page.tsx': [
      'export const dynamicParams = false',
      '',
      'export function generateStaticParams(): { n: string }[] {',
      // The home page, /_not-found and /_global-error make up the rest.
      `  return Array.from({ length: ${Math.max(1, pages - 3)} }, (_, i) => ({ n: String(i) }))`,
      '}',
      '',
      'export default async function Page({ params }: { params: Promise<{ n: string }> }) {',
      '  const { n } = await params',
      '  return (',
      '    <main>',
      '      <h1>Page {n}</h1>',
      '      <p>A trivial static page.</p>',
      '    </main>',
      '  )',
      '}',
      '',
    ].join('\n'),
  }
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    fs.writeFileSync(path.join(dir, name), text)
  }
  // Hard links like tests/project-copy.ts: Turbopack refuses a node_modules symlinked from outside the project.
  if (fs.existsSync(path.join(dir, 'node_modules'))) return
  const linked = spawnSync('cp', ['-al', path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules')])
  if (linked.status !== 0) fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
}
