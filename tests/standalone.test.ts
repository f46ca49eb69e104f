import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'
import { z } from 'zod'

import { makeContentDir } from '@/lib/content/__tests__/helpers'
import { securityHeaders } from '@/lib/security-headers.mjs'
import { freePort } from '@/scripts/serve-export'

import { copyProject, run } from './project-copy'

const ROOT = path.resolve(import.meta.dirname, '..')

/** The Dockerfile's HEALTHCHECK command, as the exec-form array it is written in. */
function healthcheckCommand(): string[] {
  const dockerfile = fs.readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8').replace(/\\\n/g, ' ')
  const command = /^HEALTHCHECK\b.*?\bCMD\s+(\[.*\])\s*$/m.exec(dockerfile)?.[1]
  if (!command) throw new Error('the Dockerfile has no HEALTHCHECK … CMD ["…"] line')
  return z.array(z.string()).min(1).parse(JSON.parse(command))
}

async function waitForServer(url: string, server: ChildProcess, output: () => string): Promise<void> {
  for (let attempt = 0; attempt < 150; attempt++) {
    if (server.exitCode !== null) throw new Error(`server.js exited with status ${server.exitCode}:\n${output()}`)
    try {
      await fetch(url)
      return
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }
  throw new Error(`server.js did not answer at ${url}:\n${output()}`)
}

/**
 * What the Docker image runs (no Docker here): a standalone build, its folder alone with the static assets copied in
 * as the Dockerfile does, started with `node server.js` after the content folder is gone.
 */
describe('the standalone server of the Docker image', { timeout: 600_000 }, () => {
  const project = copyProject()
  const content = makeContentDir()
  const app = fs.mkdtempSync(path.join(os.tmpdir(), 'weekly-standalone-'))
  let server: ChildProcess | undefined
  let port = 0
  afterAll(() => {
    server?.kill()
    for (const dir of [project, content, app]) fs.rmSync(dir, { recursive: true, force: true })
  })

  it('builds with NEXT_OUTPUT=standalone', () => {
    const { status, output } = run('npx', ['next', 'build'], project, { CONTENT_DIR: content, NEXT_OUTPUT: 'standalone' })
    expect({ status, tail: status === 0 ? '' : output.slice(-3000) }).toEqual({ status: 0, tail: '' })
    fs.cpSync(path.join(project, '.next', 'standalone'), app, { recursive: true, verbatimSymlinks: true })
    fs.cpSync(path.join(project, '.next', 'static'), path.join(app, '.next', 'static'), { recursive: true })
    expect(fs.existsSync(path.join(app, 'server.js'))).toBe(true)
  })

  it('serves every page, its assets and the security headers from that folder alone', async () => {
    fs.rmSync(content, { recursive: true, force: true })
    fs.rmSync(project, { recursive: true, force: true })
    port = await freePort()
    let output = ''
    server = spawn(process.execPath, ['server.js'], {
      cwd: app,
      env: { PATH: process.env.PATH, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', PORT: String(port), HOSTNAME: '127.0.0.1' },
    })
    server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const origin = `http://127.0.0.1:${port}`
    await waitForServer(origin, server, () => output)

    const home = await fetch(origin)
    expect(home.status).toBe(200)
    expect(securityHeaders().filter(({ key, value }) => home.headers.get(key) !== value)).toEqual([])
    const html = await home.text()
    expect(html).toContain('Fixture Weekly 2')
    const stylesheet = /href="(\/_next\/static\/[^"]+\.css)"/.exec(html)?.[1]
    expect((await fetch(`${origin}${stylesheet}`)).status).toBe(200)

    for (const page of ['/weekly', '/weekly/2024-01-05', '/tasks', '/search-index.json']) {
      expect({ page, status: (await fetch(`${origin}${page}`)).status }).toEqual({ page, status: 200 })
    }
    const missing = await fetch(`${origin}/no-such-page`)
    expect(missing.status).toBe(404)
    expect(await missing.text()).toContain('Page not found')
  })

  it('is healthy by the Dockerfile’s HEALTHCHECK, and unhealthy once stopped', async () => {
    const [command = '', ...args] = healthcheckCommand()
    // The image's environment: PORT and BASE_PATH are set there by ENV.
    const check = () => spawnSync(command === 'node' ? process.execPath : command, args, { env: { ...process.env, PORT: String(port), BASE_PATH: '' } }).status
    expect(check()).toBe(0)
    server?.kill()
    await new Promise((resolve) => server?.once('exit', resolve))
    expect(check()).toBe(1)
  })
})
