import { ApiError } from '../../../shared/contract'
import type { Article, ClaimInContext, Claim } from '../../../shared/domain'
import { inContext } from '../store/claim-index'
import type { WorkspaceStore } from '../store/workspace-store'

export const now = () => new Date().toISOString()

export function articleOrThrow(store: WorkspaceStore, id: string): Article {
  const article = store.article(id)
  if (!article) throw new ApiError('not-found', `No article with id “${id}” in this workspace. It may have been deleted.`)
  return article
}

export { inContext }

/** Every claim of the workspace with its article, in article then text order
 * (a copy of the store's claim index, so callers may sort it). */
export function allClaims(store: WorkspaceStore): ClaimInContext[] {
  return [...store.claimsInContext()]
}

/** Rewrites the claims of every article that `fn` changes; used when an
 * actor or event is deleted so that no claim points at it any more. */
export async function rewriteClaims(store: WorkspaceStore, fn: (claim: Claim) => Claim | null): Promise<number> {
  let changed = 0
  // Records (no bodies) to look, the whole article only where a claim changes.
  for (const record of store.articleRecords()) {
    if (!record.claims.some((c) => fn(c))) continue
    const article = store.article(record.id)
    if (!article) continue
    let touched = false
    const claims = article.claims.map((c) => {
      const next = fn(c)
      if (!next) return c
      touched = true
      changed++
      return { ...next, updatedAt: now() }
    })
    if (touched) await store.putArticle({ ...article, claims, updatedAt: now() })
  }
  return changed
}
