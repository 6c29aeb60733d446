// Makes sure `window.claimbook` exists before the app starts: the desktop
// preload provides it over IPC; in a browser the web client does.
import type { ClaimbookApi } from '../../../shared/contract'
import { createWebClient } from './web-client'

declare global {
  interface Window {
    claimbook: ClaimbookApi
  }
}

export function installApi(): ClaimbookApi {
  if (!window.claimbook) window.claimbook = createWebClient()
  return window.claimbook
}
