// The loopback web host: serves the built renderer and the API over HTTP so
// the same app runs in a plain browser (`npm run web`, end-to-end tests).
// It listens on 127.0.0.1 only, answers the API only with its random token,
// and refuses any request whose Host or Origin is not its own (DNS
// rebinding, or another site open in the same browser).
import http from 'node:http'
import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import type { Envelope } from '../../shared/contract'
import { isKeptResult } from '../services/analysis/memo'
import { dispatch, type Handlers } from '../services/api'
import { readAppFile, SECURITY_HEADERS } from '../services/app-files'

const MAX_BODY_BYTES = 100 * 1024 * 1024

export type WebHost = { url: string; port: number; token: string; close: () => Promise<void> }

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type, 'cache-control': 'no-store', ...extra })
  res.end(body)
}

function sameToken(given: string, token: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** The JSON of analysis results kept by the analyses (memo.ts), made once:
 * reopening the comparison of a big event sends the same megabyte again. */
const keptJson = new WeakMap<object, string>()

function envelopeJson(envelope: Envelope): string {
  if (!envelope.ok || !isKeptResult(envelope.value)) return JSON.stringify(envelope)
  let json = keptJson.get(envelope.value)
  if (json === undefined) keptJson.set(envelope.value, (json = JSON.stringify(envelope.value)))
  return `{"ok":true,"value":${json}}`
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY_BYTES) throw new Error('too-large')
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

export async function startWebHost(options: { handlers: Handlers; rendererDir: string; port?: number; token?: string }): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url')
  let port = 0
  const ownOrigins = () => [`127.0.0.1:${port}`, `localhost:${port}`]

  const server = http.createServer(async (req, res) => {
    try {
      if (!ownOrigins().includes(req.headers.host ?? '')) return send(res, 421, 'text/plain', 'Unknown host')
      const origin = req.headers.origin
      if (origin !== undefined && !ownOrigins().map((h) => `http://${h}`).includes(origin)) return send(res, 403, 'text/plain', 'Cross-origin requests are refused')
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`)
      if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST') return send(res, 405, 'text/plain', 'Use POST')
        const auth = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')
        if (!auth || !sameToken(auth[1], token)) return send(res, 401, 'application/json', JSON.stringify({ ok: false, error: { code: 'unauthorised', message: 'Missing or wrong access token.' } }))
        if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, 'text/plain', 'Send JSON')
        const received = performance.now()
        let input: unknown
        try {
          input = JSON.parse(await readBody(req))
        } catch (err) {
          const tooLarge = (err as Error).message === 'too-large'
          return send(res, tooLarge ? 413 : 400, 'application/json', JSON.stringify({ ok: false, error: { code: 'invalid-input', message: tooLarge ? 'The request is larger than 100 MB.' : 'The request is not valid JSON.' } }))
        }
        const envelope = await dispatch(options.handlers, url.pathname.slice(5), input)
        const json = envelopeJson(envelope)
        // How long the host itself took (body read, the call, the answer's
        // JSON), for the page's resource timing: the benchmarks tell it
        // apart from the time spent between the processes.
        return send(res, 200, 'application/json', json, { 'server-timing': `app;dur=${(performance.now() - received).toFixed(1)}` })
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'Method not allowed')
      const file = await readAppFile(options.rendererDir, url.pathname)
      return send(res, file.status, file.type, file.body)
    } catch (err) {
      if (!res.headersSent) send(res, 500, 'text/plain', `Internal error: ${(err as Error).message}`)
    }
  })
  server.requestTimeout = 0
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  port = (server.address() as AddressInfo).port
  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/#token=${token}`,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()) }),
  }
}
