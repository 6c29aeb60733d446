// The web transport: when the renderer runs in a plain browser against the
// loopback web host (`npm run web`, end-to-end tests), there is no preload,
// so this builds the same `window.claimbook` over HTTP. The rest of the
// renderer only ever sees `window.claimbook`.
import { buildClient, unwrap, type ClaimbookApi, type Envelope, type MethodName } from '../../../shared/contract'

const TOKEN_KEY = 'claimbook.token'

/** The host prints `http://127.0.0.1:PORT/#token=…`; the token moves to
 * session storage and out of the address bar so it is not bookmarked. */
function takeToken(): string {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash)
  if (match) {
    sessionStorage.setItem(TOKEN_KEY, match[1])
    history.replaceState(null, '', window.location.pathname + window.location.search)
    return match[1]
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? ''
}

/** Text as it is; base64 (a PNG) decoded into its bytes. */
function bytesOf(content: string, encoding: 'utf8' | 'base64' | undefined): BlobPart {
  if (encoding !== 'base64') return content
  const binary = atob(content)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

function download(fileName: string, mimeType: string, content: string, encoding?: 'utf8' | 'base64'): void {
  const url = URL.createObjectURL(new Blob([bytesOf(content, encoding)], { type: mimeType }))
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export function createWebClient(): ClaimbookApi {
  const token = takeToken()
  return buildClient(async (method: MethodName, input: unknown) => {
    if (method === 'file.save') {
      const { fileName, mimeType, content, encoding } = input as { fileName: string; mimeType: string; content: string; encoding?: 'utf8' | 'base64' }
      download(fileName, mimeType, content, encoding)
      return { saved: true }
    }
    let response: Response
    try {
      response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(input),
      })
    } catch {
      throw new Error('Claimbook’s web host is not answering. Is `npm run web` still running?')
    }
    if (response.status === 401) throw new Error('This page has no valid access token. Open the address that `npm run web` printed.')
    return unwrap((await response.json()) as Envelope)
  })
}
