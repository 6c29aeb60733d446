// Claim links (speakers, targets, event, note) and the cross-article views
// built from claims: an actor's claims and the comparison of an event.
import { z } from 'zod'
import { ApiError, type ClaimPatch, type Comparison, type ComparisonRow } from '../../../shared/contract'
import { KINDS, type Claim, type ClaimInContext, type Kind } from '../../../shared/domain'
import type { WorkspaceStore } from '../store/workspace-store'
import { allClaims, articleOrThrow, now } from './common'
import { actorOrThrow, eventOrThrow } from './registry'

export async function updateClaim(store: WorkspaceStore, articleId: string, claimId: string, patch: z.infer<typeof ClaimPatch>): Promise<Claim> {
  const article = articleOrThrow(store, articleId)
  const claim = article.claims.find((c) => c.id === claimId)
  if (!claim) throw new ApiError('not-found', `No claim with id “${claimId}” in “${article.title}”.`)
  for (const id of [...(patch.speakers ?? []), ...(patch.targets ?? [])]) actorOrThrow(store, id)
  if (patch.eventId) eventOrThrow(store, patch.eventId)
  const dedupe = (ids: string[] | undefined) => (ids ? [...new Set(ids)] : undefined)
  const next: Claim = {
    ...claim,
    ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
    ...(patch.speakers ? { speakers: dedupe(patch.speakers) } : {}),
    ...(patch.targets ? { targets: dedupe(patch.targets) } : {}),
    updatedAt: now(),
  } as Claim
  await store.putArticle({ ...article, claims: article.claims.map((c) => (c.id === claimId ? next : c)), updatedAt: now() })
  return next
}

const byDateThenPosition = (a: ClaimInContext, b: ClaimInContext) =>
  a.publishedAt.localeCompare(b.publishedAt) || a.articleTitle.localeCompare(b.articleTitle) || a.start - b.start

export function claimsByActor(store: WorkspaceStore, actorId: string): { asSpeaker: ClaimInContext[]; asTarget: ClaimInContext[] } {
  actorOrThrow(store, actorId)
  const claims = allClaims(store).sort(byDateThenPosition)
  return { asSpeaker: claims.filter((c) => c.speakers.includes(actorId)), asTarget: claims.filter((c) => c.targets.includes(actorId)) }
}

const emptyCells = (): Record<Kind, ClaimInContext[]> => Object.fromEntries(KINDS.map((k) => [k, []])) as unknown as Record<Kind, ClaimInContext[]>

/** One row per speaker, one column per kind: how each actor frames the event.
 * A claim with two speakers appears in both rows; claims with no speaker yet
 * gather in a last row so nothing coded is hidden. */
export function compareEvent(store: WorkspaceStore, eventId: string): Comparison {
  const event = eventOrThrow(store, eventId)
  const rows = new Map<string, ComparisonRow>()
  const actors = new Map(store.actors.map((a) => [a.id, a]))
  for (const claim of allClaims(store).sort(byDateThenPosition)) {
    if (claim.eventId !== eventId) continue
    const speakers = claim.speakers.length ? claim.speakers : ['']
    for (const speaker of speakers) {
      let row = rows.get(speaker)
      if (!row) rows.set(speaker, (row = { actor: actors.get(speaker) ?? null, cells: emptyCells(), total: 0 }))
      row.cells[claim.kind].push(claim)
      row.total++
    }
  }
  const sorted = [...rows.values()].sort((a, b) => Number(!a.actor) - Number(!b.actor) || b.total - a.total || (a.actor?.name ?? '').localeCompare(b.actor?.name ?? ''))
  return { event, rows: sorted }
}
