// Merging two actors into one, and undoing it.
//
// A merge keeps one actor and removes the other: every claim that named the
// removed actor as speaker or target names the kept one instead (each actor
// once per claim), the removed actor's name and aliases become aliases of
// the kept one, its empty description and colour are filled in, and its
// members become members of the kept actor.
//
// Undo: each merge writes an undo record to merges.json before changing
// anything (the removed actor exactly as it was, the kept actor before and
// after, and every membership and claim link it rewrote, before and after).
// `undoMerge` brings back the removed actor with its id, so claims, links
// and exports that name it are exactly as before, and puts back every link
// the merge changed — but only where it is still as the merge left it: a
// claim relinked by hand since, or a field of the kept actor edited since,
// keeps its newer state and is reported, so an undo never loses later work.
// Records are kept for the last MAX_RECORDS merges, in any order of undoing.
import { nanoid } from 'nanoid'
import { ApiError } from '../../../shared/contract'
import type { MergeResult, MergeSummary, UnmergeResult } from '../../../shared/contract-analysis'
import { Actor, type Article, type Claim, type MergeRecord } from '../../../shared/domain'
import { now } from '../api/common'
import type { WorkspaceStore } from '../store/workspace-store'
import { ancestry } from './hierarchy'

const MAX_RECORDS = 100
const MAX_ALIASES = 200

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase()
const equal = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)
const dedupe = (ids: string[]) => [...new Set(ids)]

function actorOrThrow(store: WorkspaceStore, id: string): Actor {
  const actor = store.actors.find((a) => a.id === id)
  if (!actor) throw new ApiError('not-found', `No actor with id “${id}”. It may have been deleted or merged already.`)
  return actor
}

/** The first membership loop in a list of actors, as names, or null. */
function membershipLoop(actors: readonly Actor[]): string[] | null {
  const byId = new Map(actors.map((a) => [a.id, a]))
  for (const actor of actors) {
    const chain = ancestry(actor.id, byId, (a) => a.memberOf)
    const last = byId.get(chain[chain.length - 1])
    if (last?.memberOf && chain.includes(last.memberOf)) return [...chain.slice(chain.indexOf(last.memberOf)), last.memberOf].map((id) => byId.get(id)!.name)
  }
  return null
}

/** Rewrites the claims named in `refs` (article by article, one write
 * each) with `pick`, which returns the new links or null to leave a claim. */
async function relink(
  store: WorkspaceStore,
  refs: { articleId: string; claimId: string }[],
  pick: (claim: Claim, article: Article) => Pick<Claim, 'speakers' | 'targets'> | null,
): Promise<number> {
  const byArticle = new Map<string, Set<string>>()
  for (const r of refs) byArticle.set(r.articleId, (byArticle.get(r.articleId) ?? new Set()).add(r.claimId))
  let changed = 0
  for (const [articleId, claimIds] of byArticle) {
    const article: Article | undefined = store.article(articleId)
    if (!article) continue
    let touched = false
    const claims = article.claims.map((c) => {
      const links = claimIds.has(c.id) ? pick(c, article) : null
      if (!links) return c
      touched = true
      changed++
      return { ...c, ...links, updatedAt: now() }
    })
    if (touched) await store.putArticle({ ...article, claims, updatedAt: now() })
  }
  return changed
}

export async function mergeActors(store: WorkspaceStore, keepId: string, mergeId: string): Promise<MergeResult> {
  if (keepId === mergeId) throw new ApiError('invalid-input', 'Choose two different actors to merge.')
  const keep = actorOrThrow(store, keepId)
  const merged = actorOrThrow(store, mergeId)

  const aliases: string[] = []
  for (const alias of [...keep.aliases, merged.name, ...merged.aliases]) {
    if (!sameName(alias, keep.name) && !aliases.some((a) => sameName(a, alias))) aliases.push(alias)
  }
  if (aliases.length > MAX_ALIASES) {
    throw new ApiError('invalid-input', `“${keep.name}” would have ${aliases.length} aliases after the merge (at most ${MAX_ALIASES}). Remove some aliases first.`)
  }
  const memberOf = keep.memberOf === mergeId ? (merged.memberOf === keepId ? null : merged.memberOf) : keep.memberOf
  const keepAfter = Actor.parse({
    ...keep,
    aliases,
    memberOf,
    description: keep.description || merged.description,
    colour: keep.colour || merged.colour,
  })
  const members = store.actors.filter((a) => a.memberOf === mergeId && a.id !== keepId).map((a) => ({ id: a.id, before: mergeId, after: keepId }))
  // The registry after the merge: the merged actor gone, its members moved.
  const fold = (actors: readonly Actor[]) =>
    actors.filter((a) => a.id !== mergeId).map((a) => (a.id === keepId ? keepAfter : a.memberOf === mergeId ? { ...a, memberOf: keepId } : a))
  const loop = membershipLoop(fold(store.actors))
  if (loop) {
    throw new ApiError('conflict', `Merging would make an actor a member of itself (${loop.join(' → ')}). Change one of these memberships first, then merge again.`)
  }

  const claims: MergeRecord['claims'] = []
  const swap = (ids: string[]) => dedupe(ids.map((id) => (id === mergeId ? keepId : id)))
  for (const article of store.articleRecords()) {
    for (const c of article.claims) {
      if (!c.speakers.includes(mergeId) && !c.targets.includes(mergeId)) continue
      claims.push({ articleId: article.id, claimId: c.id, before: { speakers: c.speakers, targets: c.targets }, after: { speakers: swap(c.speakers), targets: swap(c.targets) } })
    }
  }
  const record: MergeRecord = { id: nanoid(12), at: now(), merged, keepBefore: keep, keepAfter, members, claims }

  // The undo record first: from then on, however far the merge gets, it can be undone.
  await store.updateMerges((records) => [...records, record].slice(-MAX_RECORDS))
  const relinkedClaims = await relink(store, claims, (c) => ({ speakers: swap(c.speakers), targets: swap(c.targets) }))
  await store.updateActors(fold)
  return { actor: keepAfter, relinkedClaims, movedMembers: members.length, undoId: record.id }
}

/** The kept actor as the undo leaves it: each field the merge changed goes
 * back unless it was edited since; aliases lose only those the merge added. */
function restoreKeep(current: Actor, record: MergeRecord, skipped: string[]): Actor {
  const { keepBefore: before, keepAfter: after } = record
  const added = after.aliases.filter((a) => !before.aliases.includes(a))
  const next: Record<string, unknown> = { ...current, aliases: current.aliases.filter((a) => !added.includes(a)) }
  for (const field of ['name', 'type', 'memberOf', 'description', 'colour'] as const) {
    if (equal(current[field], after[field])) next[field] = before[field]
    else if (!equal(current[field], before[field])) skipped.push(`The ${field === 'memberOf' ? 'membership' : field} of “${current.name}” was changed after the merge and was left as it is now.`)
  }
  return Actor.parse(next)
}

export async function undoMerge(store: WorkspaceStore, undoId: string): Promise<UnmergeResult> {
  const record = store.merges.find((r) => r.id === undoId)
  if (!record) throw new ApiError('not-found', `No merge to undo with id “${undoId}”. It may have been undone already; merges.list shows the ones that can be undone.`)
  const keep = store.actors.find((a) => a.id === record.keepBefore.id)
  if (!keep) {
    const later = store.merges.find((r) => r.merged.id === record.keepBefore.id)
    throw new ApiError(
      'conflict',
      later
        ? `“${record.keepAfter.name}” was later merged into “${later.keepAfter.name}”. Undo that merge first, then this one.`
        : `“${record.keepAfter.name}” has been deleted since the merge, so the merge cannot be undone.`,
    )
  }
  const alreadyBack = store.actors.some((a) => a.id === record.merged.id)
  const clash = store.actors.find((a) => a.id !== keep.id && a.id !== record.merged.id && sameName(a.name, record.merged.name))
  if (clash) throw new ApiError('conflict', `An actor named “${clash.name}” exists now. Rename it, then undo the merge again.`)

  const skipped: string[] = []
  const keepRestored = restoreKeep(keep, record, skipped)
  const exists = new Set(store.actors.map((a) => a.id)).add(record.merged.id)
  const restored = Actor.parse({ ...record.merged, memberOf: record.merged.memberOf && exists.has(record.merged.memberOf) ? record.merged.memberOf : null })
  if (restored.memberOf !== record.merged.memberOf) skipped.push(`“${restored.name}” was a member of an actor that no longer exists; it is now a member of none.`)
  const memberMoves = new Map(record.members.map((m) => [m.id, m]))
  let restoredMembers = 0
  const nextActors: Actor[] = store.actors
    .filter((a) => a.id !== record.merged.id)
    .map((a) => {
      if (a.id === keep.id) return keepRestored
      const move = memberMoves.get(a.id)
      if (!move) return a
      if (a.memberOf === move.after) {
        restoredMembers++
        return { ...a, memberOf: move.before }
      }
      if (a.memberOf !== move.before) skipped.push(`“${a.name}” was given another membership after the merge and keeps it.`)
      return a
    })
  nextActors.push(alreadyBack ? store.actors.find((a) => a.id === record.merged.id)! : restored)
  const loop = membershipLoop(nextActors)
  if (loop) throw new ApiError('conflict', `Undoing would make an actor a member of itself (${loop.join(' → ')}). Change one of these memberships first, then undo again.`)

  // Actors first, so that the claims are relinked to an actor that exists.
  await store.updateActors(() => nextActors)
  const byRef = new Map(record.claims.map((c) => [`${c.articleId}/${c.claimId}`, c]))
  // A link to an actor deleted since the merge is not brought back.
  const known = (ids: string[]) => ids.filter((id) => exists.has(id))
  const changedSince: string[] = []
  const restoredClaims = await relink(store, record.claims, (claim, article) => {
    const change = byRef.get(`${article.id}/${claim.id}`)!
    const links = { speakers: claim.speakers, targets: claim.targets }
    if (equal(links, change.after)) return { speakers: known(change.before.speakers), targets: known(change.before.targets) }
    if (!equal(links, change.before)) changedSince.push(`“${claim.quote.slice(0, 80)}” (${article.title})`)
    return null
  })
  const gone = record.claims.filter((c) => !store.articleRecord(c.articleId)?.claims.some((x) => x.id === c.claimId)).length
  if (changedSince.length) {
    const shown = changedSince.slice(0, 20).join('; ')
    skipped.push(`${changedSince.length} claim(s) had their speakers or targets changed after the merge and keep their current links: ${shown}${changedSince.length > 20 ? '; …' : ''}.`)
  }
  if (gone) skipped.push(`${gone} claim(s) the merge relinked have been deleted since.`)
  await store.updateMerges((records) => records.filter((r) => r.id !== record.id))
  return { restored: store.actors.find((a) => a.id === record.merged.id)!, keep: keepRestored, restoredClaims, restoredMembers, skipped }
}

export function mergeSummaries(store: WorkspaceStore): MergeSummary[] {
  return [...store.merges].reverse().map((r) => ({
    undoId: r.id,
    at: r.at,
    keep: { id: r.keepAfter.id, name: r.keepAfter.name },
    merged: { id: r.merged.id, name: r.merged.name },
    claims: r.claims.length,
    members: r.members.length,
  }))
}
