// The loopback web host answers only on 127.0.0.1, only with its token, and
// only to requests whose Host and Origin are its own.
import http from 'node:http'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startWebHost, type WebHost } from '../../../src/main/web-host/server'
import { openTemp, tempDir } from '../helpers'

let host: WebHost | undefined
afterEach(async () => {
  await host?.close()
  host = undefined
})

async function start() {
  const { handlers } = await openTemp()
  const rendererDir = tempDir()
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Claimbook</title>')
  mkdirSync(path.join(rendererDir, 'assets'))
  writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(path.join(path.dirname(rendererDir), 'secret.txt'), 'secret')
  host = await startWebHost({ handlers, rendererDir })
  return host
}

/** A raw request, so Host and Origin can be anything an attacker sends. */
function request(h: WebHost, opts: { path: string; method?: string; headers?: Record<string, string>; body?: string }): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: h.port, path: opts.path, method: opts.method ?? 'GET', headers: { host: `127.0.0.1:${h.port}`, ...opts.headers } }, (res) => {
      let body = ''
      res.on('data', (c) => (body += c))
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }))
    })
    req.on('error', reject)
    req.end(opts.body)
  })
}

const api = (h: WebHost, method: string, input: unknown, headers: Record<string, string> = {}) =>
  request(h, { path: `/api/${method}`, method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${h.token}`, ...headers }, body: JSON.stringify(input) })

describe('web host', () => {
  it('listens on 127.0.0.1 with a random token in the URL it prints', async () => {
    const h = await start()
    expect(h.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${h.port}/#token=[A-Za-z0-9_-]{32}$`))
    const other = await startWebHost({ handlers: (await openTemp()).handlers, rendererDir: tempDir() })
    expect(other.token).not.toBe(h.token)
    await other.close()
  })

  it('answers the API with the token, and not without it', async () => {
    const h = await start()
    const ok = await api(h, 'articles.create', { meta: { title: 'T' }, text: 'Hello world.' })
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true, value: { title: 'T' } })
    // The host's own time, for the benchmarks (resource timing in the page).
    expect(ok.headers['server-timing']).toMatch(/^app;dur=\d+(\.\d)?$/)
    expect((await api(h, 'articles.list', {}, { authorization: '' })).status).toBe(401)
    expect((await api(h, 'articles.list', {}, { authorization: 'Bearer wrong' })).status).toBe(401)
    expect((await api(h, 'articles.list', {}, { authorization: `Bearer ${h.token}x` })).status).toBe(401)
  })

  it('refuses another Host (DNS rebinding) and another Origin (another site in the browser)', async () => {
    const h = await start()
    expect((await request(h, { path: '/', headers: { host: `evil.example:${h.port}` } })).status).toBe(421)
    expect((await api(h, 'articles.list', {}, { host: `attacker.test:${h.port}` })).status).toBe(421)
    expect((await api(h, 'articles.list', {}, { origin: 'http://evil.example' })).status).toBe(403)
    expect((await api(h, 'articles.list', {}, { origin: `http://127.0.0.1:${h.port + 1}` })).status).toBe(403)
    expect((await api(h, 'articles.list', {}, { origin: `http://localhost:${h.port}` })).status).toBe(200)
    expect((await api(h, 'articles.list', {}, { origin: 'null' })).status).toBe(403)
  })

  it('serves the app with security headers and never a file outside it', async () => {
    const h = await start()
    const index = await request(h, { path: '/' })
    expect(index.status).toBe(200)
    expect(index.headers['content-security-policy']).toContain("default-src 'self'")
    expect(index.headers['x-content-type-options']).toBe('nosniff')
    expect((await request(h, { path: '/assets/app.js' })).headers['content-type']).toMatch(/javascript/)
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..\\secret.txt', '/%00']) {
      const res = await request(h, { path: p })
      expect(res.status, p).toBeGreaterThanOrEqual(400)
      expect(res.body).not.toContain('secret')
    }
  })

  it('reports bad requests clearly', async () => {
    const h = await start()
    expect((await request(h, { path: '/api/articles.list', method: 'GET' })).status).toBe(405)
    const bad = await request(h, { path: '/api/articles.list', method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${h.token}` }, body: '{not json' })
    expect(bad.status).toBe(400)
    expect(JSON.parse(bad.body).error.message).toMatch(/not valid JSON/)
    const unknown = await api(h, 'articles.explode', {})
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'unknown-method' } })
  })
})
