// Handlers of the suggest.* methods (see shared/contract-suggest.ts).
import { ApiError } from '../../../shared/contract'
import { clearRejections, reject, startCorpusJob, suggestionsFor } from '../suggest'
import type { WorkspaceStore } from '../store/workspace-store'
import { articleOrThrow } from './common'

export function suggestHandlers(store: WorkspaceStore) {
  return {
    'suggest.forArticle': async ({ articleId }: { articleId: string }) => suggestionsFor(store, articleOrThrow(store, articleId)),
    'suggest.reject': async ({ articleId, suggestionIds }: { articleId: string; suggestionIds: string[] }) => {
      articleOrThrow(store, articleId)
      return { rejected: await reject(store, articleId, suggestionIds) }
    },
    'suggest.clearRejections': async ({ articleId }: { articleId: string }) => {
      articleOrThrow(store, articleId)
      return { cleared: await clearRejections(store, articleId) }
    },
    'suggest.startCorpus': async ({ articleIds }: { articleIds?: string[] }) => {
      // Records only: checking ids must not read every article's body.
      const ids = articleIds ? [...new Set(articleIds)] : store.articleRecords().map((a) => a.id)
      const missing = ids.filter((id) => !store.articleRecord(id))
      if (missing.length) {
        throw new ApiError('not-found', `No article with id “${missing[0]}”${missing.length > 1 ? ` (and ${missing.length - 1} more)` : ''} in this workspace; they may have been deleted. Refresh the library and start again.`)
      }
      return startCorpusJob(store, ids)
    },
  }
}
