// Claim links (speakers, targets, event, note) and the cross-article views
// built from claims: an actor's claims and the comparison of an event.
import { z } from 'zod'
import { ApiError, type ClaimPatch } from '../../../shared/contract'
import type { ClaimRef, EventComparison } from '../../../shared/contract-analysis'
import type { Claim, ClaimInContext } from '../../../shared/domain'
import { compareEvent as compareEventIn, type CompareEventOptions } from '../analysis/compare'
import { datasetOf } from '../analysis/dataset'
import { byDateThenPosition } from '../analysis/tally'
import type { WorkspaceStore } from '../store/workspace-store'
import { allClaims, articleOrThrow, inContext, now } from './common'
import { actorOrThrow, checkAnalysisInput, eventOrThrow } from './registry'

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

export function claimsByActor(store: WorkspaceStore, actorId: string): { asSpeaker: ClaimInContext[]; asTarget: ClaimInContext[] } {
  actorOrThrow(store, actorId)
  const claims = allClaims(store).sort(byDateThenPosition)
  return { asSpeaker: claims.filter((c) => c.speakers.includes(actorId)), asTarget: claims.filter((c) => c.targets.includes(actorId)) }
}

/** One row per speaker, one column per kind: how each actor frames the event.
 * A claim with two speakers appears in both rows; claims with no speaker yet
 * gather in a last row so nothing coded is hidden. Options (all optional):
 * sub-events, roll-up by membership, sort, filters (analysis/compare.ts). */
export function compareEvent(store: WorkspaceStore, eventId: string, options: CompareEventOptions = {}): EventComparison {
  const event = eventOrThrow(store, eventId)
  checkAnalysisInput(store, options)
  return compareEventIn(datasetOf(store), event, options)
}

/** Sets (or clears, with null) the event of many claims at once: all of
 * them are checked first, so a wrong reference changes nothing. */
export async function assignEvent(store: WorkspaceStore, refs: ClaimRef[], eventId: string | null): Promise<{ updated: number; unchanged: number }> {
  if (eventId) eventOrThrow(store, eventId)
  const byArticle = new Map<string, Set<string>>()
  for (const r of refs) byArticle.set(r.articleId, (byArticle.get(r.articleId) ?? new Set()).add(r.claimId))
  const missing: string[] = []
  for (const [articleId, ids] of byArticle) {
    const article = store.article(articleId)
    if (!article) missing.push(`article “${articleId}”`)
    else for (const id of ids) if (!article.claims.some((c) => c.id === id)) missing.push(`claim “${id}” in “${article.title}”`)
  }
  if (missing.length) {
    throw new ApiError('not-found', `Nothing was changed: ${missing.length} of the chosen claims no longer exist (${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}). Refresh the list and try again.`)
  }
  let updated = 0
  let unchanged = 0
  for (const [articleId, ids] of byArticle) {
    const article = articleOrThrow(store, articleId)
    let touched = false
    const claims = article.claims.map((c) => {
      if (!ids.has(c.id)) return c
      if (c.eventId === eventId) {
        unchanged++
        return c
      }
      updated++
      touched = true
      return { ...c, eventId, updatedAt: now() }
    })
    if (touched) await store.putArticle({ ...article, claims, updatedAt: now() })
  }
  return { updated, unchanged }
}

/** The claims behind a number, in the order asked, each once. References
 * to claims deleted since are left out (the list is then shorter). */
export function claimsByRefs(store: WorkspaceStore, refs: ClaimRef[]): ClaimInContext[] {
  const out: ClaimInContext[] = []
  const seen = new Set<string>()
  for (const { articleId, claimId } of refs) {
    const key = `${articleId}/${claimId}`
    if (seen.has(key)) continue
    seen.add(key)
    const article = store.article(articleId)
    const claim = article?.claims.find((c) => c.id === claimId)
    if (article && claim) out.push(inContext(article, claim))
  }
  return out
}
