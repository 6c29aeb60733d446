// The session's calls, bound to window.claimbook (IPC or the web host).
import { api } from '../../../app/useApi'
import type { CodingApi } from './CodingSession'

export function codingApi(): CodingApi {
  return {
    saveBody: (input) => api().articles.saveBody(input),
    saveBlocks: (input) => api().articles.saveBlocks(input),
    getArticle: (input) => api().articles.get(input),
    editText: (input) => api().articles.editText(input),
    updateClaim: (input) => api().claims.update(input),
    restoreClaims: (input) => api().claims.restore(input),
    updateMeta: (input) => api().articles.updateMeta(input),
  }
}
