// Handlers of the reader's methods (see shared/contract-reader.ts): the
// explicit text edit and the restore of claim records for undo and redo.
import { blockTexts, plainText } from '../../../shared/body'
import { ApiError } from '../../../shared/contract'
import { CLAIM_RECORD_FIELDS, type ClaimRecord, type SavedBlocks } from '../../../shared/contract-reader'
import type { Article, Body, Claim } from '../../../shared/domain'
import type { WorkspaceStore } from '../store/workspace-store'
import { reconcileClaims } from './articles'
import { articleOrThrow, now } from './common'

export async function editText(store: WorkspaceStore, id: string, body: Body): Promise<Article> {
  const article = articleOrThrow(store, id)
  if (!plainText(body).trim()) {
    throw new ApiError('invalid-input', 'The edited text is empty. An article needs its text: undo the edit, or delete the article from the library instead.')
  }
  // The marks were mapped through the edit by the editor; quotes and offsets
  // are derived from them again, so every claim stays on its words.
  const next = { ...article, body, claims: reconcileClaims(article.claims, body), updatedAt: now() }
  await store.putArticle(next)
  return next
}

type Block = Body['content'][number]

export async function saveBlocks(store: WorkspaceStore, id: string, blockCount: number, blocks: { index: number; block: Block }[]): Promise<SavedBlocks> {
  const article = articleOrThrow(store, id)
  const stored = article.body.content
  if (stored.length !== blockCount) {
    throw new ApiError('conflict', `“${article.title}” has ${stored.length} paragraphs in the workspace but ${blockCount} in the reader: it was changed elsewhere. Reopen it to see the stored version; nothing was saved.`)
  }
  const content = [...stored]
  for (const { index, block } of blocks) {
    if (index >= blockCount) throw new ApiError('invalid-input', `Paragraph ${index + 1} does not exist: “${article.title}” has ${blockCount}. Nothing was saved.`)
    content[index] = block
  }
  const body = { ...article.body, content }
  // The source text is evidence, as in saveBody: only marks may change.
  // Only the blocks sent can differ, so only their texts are compared.
  const textOf = (block: Block) => blockTexts({ type: 'doc', content: [block] })[0]
  const changed = blocks.find(({ index, block }) => textOf(stored[index]) !== textOf(block))
  if (changed) throw new ApiError('conflict', `The article text cannot change while coding (paragraph ${changed.index + 1} differs); only claims can be added, changed or removed.`)
  const next = { ...article, body, claims: reconcileClaims(article.claims, body), updatedAt: now() }
  await store.putArticle(next)
  // Only the difference travels back: a tag in a long article changes one
  // claim of hundreds. reconcileClaims changes only what the marks decide
  // (kind, quote, offsets, and then updatedAt) and keeps the rest.
  const before = new Map(article.claims.map((c) => [c.id, c]))
  const after = new Set(next.claims.map((c) => c.id))
  const same = (a: Claim | undefined, b: Claim) => !!a && a.updatedAt === b.updatedAt && a.kind === b.kind && a.start === b.start && a.end === b.end && a.quote === b.quote
  return {
    changed: next.claims.filter((c) => !same(before.get(c.id), c)),
    removed: article.claims.filter((c) => !after.has(c.id)).map((c) => c.id),
    claimCount: next.claims.length,
    updatedAt: next.updatedAt,
  }
}

export async function restoreClaims(store: WorkspaceStore, articleId: string, records: ClaimRecord[]): Promise<Claim[]> {
  const article = articleOrThrow(store, articleId)
  const byId = new Map(records.map((r) => [r.id, r]))
  const missing = [...byId.keys()].filter((id) => !article.claims.some((c) => c.id === id))
  if (missing.length) {
    throw new ApiError('not-found', `Nothing was restored: ${missing.length} of these claims are not in “${article.title}” (${missing.slice(0, 3).join(', ')}). Save the article’s highlights first, then restore.`)
  }
  const actorIds = new Set(store.actors.map((a) => a.id))
  const eventIds = new Set(store.events.map((e) => e.id))
  for (const record of byId.values()) {
    const gone = [...record.speakers, ...record.targets].find((a) => !actorIds.has(a))
    if (gone) throw new ApiError('not-found', `Nothing was restored: the actor “${gone}” linked to this claim has been deleted since. Create it again, or leave the claim as it is.`)
    if (record.eventId && !eventIds.has(record.eventId)) throw new ApiError('not-found', `Nothing was restored: the event “${record.eventId}” linked to this claim has been deleted since.`)
  }
  const claims = article.claims.map((claim) => {
    const record = byId.get(claim.id)
    if (!record) return claim
    const fields = Object.fromEntries(CLAIM_RECORD_FIELDS.map((f) => [f, record[f]]))
    return { ...claim, ...fields, speakers: [...new Set(record.speakers)], targets: [...new Set(record.targets)] } as Claim
  })
  await store.putArticle({ ...article, claims, updatedAt: now() })
  return claims.filter((c) => byId.has(c.id))
}

export function readerHandlers(store: WorkspaceStore) {
  return {
    'articles.editText': async ({ id, body }: { id: string; body: Body }) => editText(store, id, body),
    'articles.saveBlocks': async ({ id, blockCount, blocks }: { id: string; blockCount: number; blocks: { index: number; block: Block }[] }) => saveBlocks(store, id, blockCount, blocks),
    'claims.restore': async ({ articleId, claims }: { articleId: string; claims: ClaimRecord[] }) => restoreClaims(store, articleId, claims),
  }
}
