// Serving the built renderer, shared by the desktop app's app:// protocol and
// the web host: one path check, one set of security headers.
import { promises as fs } from 'node:fs'
import path from 'node:path'

/** No remote content, no inline script, no plugins, no framing. Imported
 * articles never contain markup, but this is the second wall. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ')

export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), hid=(), bluetooth=()',
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
}

/** Resolves a URL path to a file inside `root`, or null when the path would
 * leave it (`..`, encoded slashes, absolute paths, NUL bytes). */
export function resolveAppFile(root: string, urlPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath.split(/[?#]/)[0])
  } catch {
    return null
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '')
  const base = path.resolve(root)
  const full = path.resolve(base, relative)
  return full === base || !full.startsWith(base + path.sep) ? null : full
}

export async function readAppFile(root: string, urlPath: string): Promise<{ status: number; body: Buffer; type: string }> {
  const file = resolveAppFile(root, urlPath)
  if (!file) return { status: 403, body: Buffer.from('Forbidden'), type: 'text/plain' }
  try {
    // A link inside the folder must not lead out of it either.
    const [realRoot, realFile] = await Promise.all([fs.realpath(root), fs.realpath(file)])
    if (!realFile.startsWith(realRoot + path.sep)) return { status: 403, body: Buffer.from('Forbidden'), type: 'text/plain' }
    const body = await fs.readFile(realFile)
    return { status: 200, body, type: MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream' }
  } catch {
    return { status: 404, body: Buffer.from('Not found'), type: 'text/plain' }
  }
}
