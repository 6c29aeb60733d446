// The read-only view every analysis works on: the claims with their
// articles, and the registries as maps. Built from an open store in
// microseconds (the claims come from the store's index), so the analyses
// themselves stay pure functions that tests and benchmarks call directly.
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

export function datasetOf(store: WorkspaceStore): Dataset {
  return {
    claims: store.claimsInContext(),
    actors: new Map(store.actors.map((a) => [a.id, a])),
    events: new Map(store.events.map((e) => [e.id, e])),
    articleTags: (id) => store.article(id)?.tags ?? [],
  }
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
