import http from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import zlib from 'node:zlib'

import sharp from 'sharp'

/** A real image of the given type and size, with shapes on it so it compresses like a picture, not a flat colour. */
export async function makeImage(type: 'png' | 'jpeg' | 'gif' | 'webp' | 'avif', width: number, height: number, hue = 200): Promise<Buffer> {
  const circles = Array.from({ length: 12 }, (_, i) => `<circle cx="${(i * 97) % width}" cy="${(i * 53) % height}" r="${10 + (i % 5) * 12}" fill="hsl(${(hue + i * 30) % 360} 70% 60%)"/>`)
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="hsl(${hue} 60% 30%)"/>${circles.join('')}</svg>`
  return sharp(Buffer.from(svg)).toFormat(type).toBuffer()
}

/** A PNG that is all noise, so it stays large: `width`×`height`×3 bytes, give or take. */
export async function makeNoisyPng(width: number, height: number): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 3)
  let seed = 1
  for (let i = 0; i < raw.length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    raw[i] = seed >> 16
  }
  return sharp(raw, { raw: { width, height, channels: 3 } }).png({ compressionLevel: 0 }).toBuffer()
}

/** A PNG chunk: length, type, data and CRC. */
function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(zlib.crc32(body))
  return Buffer.concat([length, body, crc])
}

/** A valid, tiny PNG file that declares `width`×`height` pixels: decoding it would need gigabytes. */
export function makePixelBomb(width: number, height: number): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8)
  return Buffer.concat([
    Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'),
    pngChunk('IHDR', header),
    pngChunk('IDAT', zlib.deflateSync(Buffer.alloc(1024))),
    pngChunk('IEND', Buffer.alloc(0)),
  ])
}

export type Route = (request: http.IncomingMessage, response: http.ServerResponse, server: TestServer) => void

export interface TestServer {
  /** `http://127.0.0.1:PORT` */
  origin: string
  /** Paths requested, in order. */
  requests: string[]
  /** Bytes the streaming routes sent before the client hung up. */
  streamed: Map<string, number>
  close: () => Promise<void>
}

/** An HTTP server on 127.0.0.1 serving `routes` by path; 404 for anything else. Nothing leaves the machine. */
export async function startServer(routes: Record<string, Route>): Promise<TestServer> {
  const sockets = new Set<Socket>()
  const server = http.createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/'
    state.requests.push(path)
    const route = routes[path]
    if (route) route(request, response, state)
    else {
      response.writeHead(404, { 'content-type': 'text/html' })
      response.end('<!doctype html><title>Not found</title>')
    }
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const state: TestServer = {
    origin: `http://127.0.0.1:${port}`,
    requests: [],
    streamed: new Map(),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
  return state
}

/** Serves `body` with the given Content-Type (whatever the body really is). */
export function serve(body: Buffer | string, contentType: string): Route {
  return (_request, response) => {
    response.writeHead(200, { 'content-type': contentType, 'content-length': Buffer.byteLength(body) })
    response.end(body)
  }
}

export function redirect(location: string | ((server: TestServer) => string), status = 302): Route {
  return (_request, response, server) => {
    response.writeHead(status, { location: typeof location === 'string' ? location : location(server) })
    response.end()
  }
}

/** Sends a PNG header then 64 KB chunks without a Content-Length until the client hangs up; counts what it sent. */
export function endlessStream(name: string): Route {
  return (_request, response, server) => {
    response.writeHead(200, { 'content-type': 'image/png' })
    let sent = 0
    const chunk = Buffer.alloc(64 * 1024)
    chunk.set(Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'))
    const write = (): void => {
      if (response.destroyed || sent > 64 * 1024 * 1024) return
      sent += chunk.length
      server.streamed.set(name, sent)
      if (response.write(chunk)) setImmediate(write)
      else response.once('drain', write)
    }
    response.on('close', () => server.streamed.set(name, sent))
    write()
  }
}

/** Answers only after `ms`, or sends the headers and half the body and then stalls for `ms`. */
export function slow(body: Buffer, ms: number, stallAfterHeaders = false): Route {
  return (_request, response) => {
    const headers = { 'content-type': 'image/png', 'content-length': body.length }
    if (stallAfterHeaders) {
      response.writeHead(200, headers)
      response.write(body.subarray(0, body.length >> 1))
    }
    const timer = setTimeout(() => {
      if (!stallAfterHeaders) response.writeHead(200, headers)
      response.end(body.subarray(stallAfterHeaders ? body.length >> 1 : 0))
    }, ms)
    response.on('close', () => clearTimeout(timer))
  }
}
