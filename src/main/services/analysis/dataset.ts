// The read-only view every analysis works on: the claims with their
// articles, and the registries as maps. Built from an open store in
// microseconds (the claims come from the store's index), so the analyses
// themselves stay pure functions that tests and benchmarks call directly.
// The same store state gives the same Dataset object (see memo.ts).
import type { Actor, ClaimInContext, Event } from '../../../shared/domain'
import type { WorkspaceStore } from '../store/workspace-store'
import { byName } from './tally'

export type Dataset = {
  /** Every claim, in article then text order. */
  claims: readonly ClaimInContext[]
  actors: ReadonlyMap<string, Actor>
  events: ReadonlyMap<string, Event>
  /** The tags of an article (a claim matches a tag filter through its own
   * tags or its article's). */
  articleTags: (articleId: string) => readonly string[]
}

type Built = { claims: readonly ClaimInContext[]; actors: readonly Actor[]; events: readonly Event[]; dataset: Dataset }
const built = new WeakMap<WorkspaceStore, Built>()

/** The dataset of the store as it is now: the same object as last time while
 * the store hands out the same claims, actors and events (it replaces each
 * list on every change, and an article's tags change only with the article,
 * which renews the claims), so results can be kept per dataset (memo.ts). */
export function datasetOf(store: WorkspaceStore): Dataset {
  const claims = store.claimsInContext()
  const { actors, events } = store
  const last = built.get(store)
  if (last && last.claims === claims && last.actors === actors && last.events === events) return last.dataset
  const dataset: Dataset = {
    claims,
    actors: new Map(actors.map((a) => [a.id, a])),
    events: new Map(events.map((e) => [e.id, e])),
    articleTags: (id) => store.articleRecord(id)?.tags ?? [],
  }
  built.set(store, { claims, actors, events, dataset })
  return dataset
}

/** The actors of these ids (unknown ids skipped), alphabetical. */
export function actorsNamed(data: Dataset, ids: Iterable<string>): Actor[] {
  const out: Actor[] = []
  for (const id of ids) {
    const actor = data.actors.get(id)
    if (actor) out.push(actor)
  }
  return out.sort((a, b) => byName(a.name, b.name))
}
