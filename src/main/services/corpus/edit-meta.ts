// The same metadata change on many articles at once (a researcher fixing
// the outlet of a whole batch, tagging a selection). Every article is
// checked before any is written, so a bad id or value changes nothing; tags
// are added and removed, never overwritten, so each article keeps its own.
import { ApiError } from '../../../shared/contract'
import type { MetaPatchMany } from '../../../shared/contract-import'
import { ArticleMeta, type Article } from '../../../shared/domain'
import type { WorkspaceStore } from '../store/workspace-store'

const PARALLEL_WRITES = 8

export function patchedMeta(article: Article, patch: MetaPatchMany): Article {
  const { addTags = [], removeTags = [], ...fields } = patch
  const remove = new Set(removeTags)
  const tags = [...new Set([...article.tags, ...addTags])].filter((t) => !remove.has(t))
  const set = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined))
  const meta = ArticleMeta.safeParse({ ...article, ...set, tags })
  if (!meta.success) {
    const issue = meta.error.issues[0]
    throw new ApiError('invalid-input', `“${article.title}” cannot take this change: ${issue.path.join('.')}: ${issue.message}.`)
  }
  return { ...article, ...meta.data, updatedAt: new Date().toISOString() }
}

export async function updateMetaMany(store: WorkspaceStore, ids: string[], patch: MetaPatchMany): Promise<{ updated: number }> {
  const unique = [...new Set(ids)]
  const missing = unique.filter((id) => !store.article(id))
  if (missing.length) {
    throw new ApiError('not-found', `${missing.length} of the chosen articles ${missing.length === 1 ? 'is' : 'are'} no longer in this workspace (${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}); nothing was changed. Reload the library and try again.`)
  }
  const next = unique.map((id) => patchedMeta(store.article(id)!, patch))
  // A few writes at a time: each is one small file, synced to disk.
  for (let i = 0; i < next.length; i += PARALLEL_WRITES) await Promise.all(next.slice(i, i + PARALLEL_WRITES).map((a) => store.putArticle(a)))
  return { updated: next.length }
}
