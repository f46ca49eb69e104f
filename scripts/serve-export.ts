import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

import { parseBasePath } from '@/lib/deployment.mjs'
import { startStaticServer } from '@/scripts/static-server'

/**
 * Serves the static export (`out/`) as deploy/nginx.conf does: with nginx itself and that very config when nginx is
 * installed, else with a small Node server that follows the same rules (scripts/static-server.ts). The browser tests
 * run against it, and `npm run serve:static` previews an export with it.
 *
 * `STATIC_SERVER=nginx` requires nginx (CI sets it, so a missing nginx fails instead of quietly testing the
 * fallback); `STATIC_SERVER=node` forces the fallback.
 */

export const NGINX_CONF = path.resolve(import.meta.dirname, '..', 'deploy', 'nginx.conf')

export type StaticServerKind = 'nginx' | 'node'

export interface ServeExportOptions {
  /** The export folder, `out/`. */
  dir: string
  port: number
  host?: string
  /** The base path it was built with (`BASE_PATH`), `''` at the root. */
  basePath?: string
  /** Which server; by default `STATIC_SERVER`, else nginx when installed. */
  server?: StaticServerKind
}

export interface ServedExport {
  server: StaticServerKind
  /** The site's home page, base path included, with a trailing slash. */
  url: string
  close(): Promise<void>
}

/** The nginx binary: on PATH, or in /usr/sbin, which is not on a Debian user's PATH. */
export function findNginx(): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter), '/usr/sbin', '/usr/local/sbin']
  return dirs.map((dir) => path.join(dir, 'nginx')).find((file) => fs.existsSync(file))
}

/** The server `serveExport` uses when not told. */
export function staticServerKind(): StaticServerKind {
  const wanted = process.env.STATIC_SERVER
  if (wanted === 'node') return 'node'
  if (wanted === 'nginx' || findNginx()) return 'nginx'
  return 'node'
}

function replaceOne(text: string, pattern: RegExp, replacement: string): string {
  const matches = text.match(new RegExp(pattern.source, 'gm'))
  if (matches?.length !== 1) throw new Error(`deploy/nginx.conf must have exactly one line matching ${pattern}, found ${matches?.length ?? 0}`)
  return text.replace(new RegExp(pattern.source, 'm'), replacement)
}

/**
 * deploy/nginx.conf as an operator would edit it: `listen` and `root`, and under a base path the prefix in
 * `error_page`. Throws when the file no longer has exactly one of each line to edit.
 */
export function editNginxConf(conf: string, { listen, root, basePath = '' }: { listen: string; root: string; basePath?: string }): string {
  let edited = replaceOne(conf, /^(\s*)listen\s+[^;]+;/, `$1listen ${listen};`)
  edited = replaceOne(edited, /^(\s*)root\s+[^;]+;/, `$1root ${JSON.stringify(root)};`)
  return replaceOne(edited, /^(\s*)error_page 404 \/404\.html;/, `$1error_page 404 ${basePath}/404.html;`)
}

/**
 * The document root for an export built with `basePath`: the site must sit under that path, so a temporary folder
 * holds a link named after it (`<root>/community` → `out/`), as an operator copies out/ to <root>/community/.
 */
function documentRoot(dir: string, basePath: string, temp: string): string {
  if (!basePath) return path.resolve(dir)
  const root = path.join(temp, 'root')
  const link = path.join(root, ...basePath.split('/'))
  fs.mkdirSync(path.dirname(link), { recursive: true })
  fs.symlinkSync(path.resolve(dir), link, 'dir')
  return root
}

/** nginx.conf for one server block, every path in `temp`: it runs as the current user, in the foreground. */
function nginxMainConf(serverBlock: string, temp: string): string {
  const confPath = /--conf-path=(\S+)/.exec(spawnSync(findNginx() ?? 'nginx', ['-V'], { encoding: 'utf8' }).stderr)?.[1]
  const mimeTypes = [confPath && path.join(path.dirname(confPath), 'mime.types'), '/etc/nginx/mime.types'].find(
    (file): file is string => Boolean(file && fs.existsSync(file)),
  )
  const tempPaths = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${JSON.stringify(path.join(temp, kind))};`)
  return [
    'daemon off;',
    // One process: nothing to leave behind when the test runner kills it, and no worker user to read the files as.
    'master_process off;',
    `pid ${JSON.stringify(path.join(temp, 'nginx.pid'))};`,
    `error_log ${JSON.stringify(path.join(temp, 'error.log'))} warn;`,
    'events { worker_connections 256; }',
    'http {',
    mimeTypes ? `  include ${JSON.stringify(mimeTypes)};` : '  types { text/html html; text/css css; application/javascript js; application/json json; text/xml xml; text/plain txt; }',
    '  default_type application/octet-stream;',
    '  access_log off;',
    ...tempPaths,
    serverBlock,
    '}',
    '',
  ].join('\n')
}

function waitForPort(port: number, host: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 15_000
  return new Promise((resolve, reject) => {
    const attempt = (): void => {
      if (child.exitCode !== null) return reject(new Error(`nginx exited with status ${child.exitCode}:\n${log()}`))
      const socket = net.connect(port, host)
      socket.once('connect', () => {
        socket.destroy()
        resolve()
      })
      socket.once('error', () => {
        socket.destroy()
        if (Date.now() > deadline) reject(new Error(`nginx did not listen on ${host}:${port}:\n${log()}`))
        else setTimeout(attempt, 100)
      })
    }
    attempt()
  })
}

async function startNginx(root: string, port: number, host: string, basePath: string, temp: string): Promise<() => Promise<void>> {
  const nginx = findNginx()
  if (!nginx) throw new Error('STATIC_SERVER=nginx, but nginx is not installed (Debian: apt-get install nginx)')
  for (const kind of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) fs.mkdirSync(path.join(temp, kind))
  const serverBlock = editNginxConf(fs.readFileSync(NGINX_CONF, 'utf8'), { listen: `${host}:${port}`, root, basePath })
  const conf = path.join(temp, 'nginx.conf')
  fs.writeFileSync(conf, nginxMainConf(serverBlock, temp))
  const errorLog = path.join(temp, 'error.log')
  // -e: the error log before the config is read, which otherwise opens /var/log/nginx/error.log.
  const child = spawn(nginx, ['-p', temp, '-e', errorLog, '-c', conf], { stdio: ['ignore', 'inherit', 'inherit'] })
  const log = (): string => (fs.existsSync(errorLog) ? fs.readFileSync(errorLog, 'utf8') : '')
  await waitForPort(port, host, child, log)
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    })
}

/** Starts a server for an export; `close()` stops it and removes its temporary files. */
export async function serveExport({ dir, port, host = '127.0.0.1', basePath = '', server = staticServerKind() }: ServeExportOptions): Promise<ServedExport> {
  if (!fs.existsSync(path.join(dir, 'index.html'))) throw new Error(`${dir} holds no static export: run npm run build:static first`)
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'weekly-static-'))
  const root = documentRoot(dir, basePath, temp)
  let stop: () => Promise<void>
  if (server === 'nginx') {
    stop = await startNginx(root, port, host, basePath, temp)
  } else {
    const node = await startStaticServer({ root, port, host, notFoundPage: `${basePath}/404.html` })
    stop = () => new Promise((resolve) => node.close(() => resolve()))
  }
  return {
    server,
    url: `http://${host}:${port}${basePath}/`,
    async close() {
      await stop()
      fs.rmSync(temp, { recursive: true, force: true })
    },
  }
}

/** A port nothing listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: 'out' }, host: { type: 'string' }, port: { type: 'string' } } })
  const served = await serveExport({
    dir: values.dir,
    port: Number(values.port ?? process.env.PORT ?? 3000),
    host: values.host,
    basePath: parseBasePath(process.env.BASE_PATH),
  })
  const how = served.server === 'nginx' ? 'nginx with deploy/nginx.conf' : 'the Node fallback for nginx (scripts/static-server.ts)'
  console.log(`Serving ${values.dir}/ with ${how} at ${served.url}`)
  const stop = (): void => {
    served.close().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  })
}
