import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import { securityHeaders } from '@/lib/security-headers.mjs'

export interface StaticServerOptions {
  /** The document root, as nginx's `root`. */
  root: string
  port: number
  host?: string
  /** The page sent, with status 404, for every missing file: nginx's `error_page 404`. */
  notFoundPage: string
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'text/xml; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
}

/** Social images Next.js generates are PNG files without an extension (deploy/nginx.conf says the same). */
const SOCIAL_IMAGE = /\/(?:opengraph|twitter)-image[^/.]*$/

/** An existing file under `root` for a decoded URL path, or undefined. */
function findFile(root: string, urlPath: string): string | undefined {
  // Normalising an absolute path never climbs above "/": "/../etc/passwd" stays inside the root.
  const normalized = path.posix.normalize(urlPath)
  for (const candidate of [normalized, `${normalized}.html`, `${normalized}/index.html`]) {
    const file = path.join(root, candidate)
    if (fs.statSync(file, { throwIfNoEntry: false })?.isFile()) return file
  }
  return undefined
}

/**
 * A small static file server with the rules of deploy/nginx.conf, for machines without nginx: clean URLs
 * (`try_files $uri $uri.html $uri/index.html`), the site's 404 page with status 404 (and never as a page of its own),
 * and the security headers. Cache headers and compression are nginx's alone.
 */
export function startStaticServer({ root, port, host = '127.0.0.1', notFoundPage }: StaticServerOptions): Promise<http.Server> {
  const headers = Object.fromEntries(securityHeaders().map(({ key, value }) => [key, value]))

  const send = (response: http.ServerResponse, status: number, file: string, head: boolean): void => {
    const type = CONTENT_TYPES[path.extname(file)] ?? (SOCIAL_IMAGE.test(file) ? 'image/png' : 'application/octet-stream')
    const body = fs.readFileSync(file)
    response.writeHead(status, { ...headers, 'Content-Type': type, 'Content-Length': body.length })
    response.end(head ? undefined : body)
  }

  const server = http.createServer((request, response) => {
    const head = request.method === 'HEAD'
    if (request.method !== 'GET' && !head) {
      response.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end()
      return
    }
    let urlPath: string
    try {
      urlPath = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    } catch {
      response.writeHead(400, headers).end()
      return
    }
    const file = urlPath.includes('\0') || urlPath.endsWith('/404.html') ? undefined : findFile(root, urlPath)
    if (file) send(response, 200, file, head)
    else send(response, 404, path.join(root, notFoundPage), head)
  })

  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve(server)
    })
  })
}
