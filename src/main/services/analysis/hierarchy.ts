// Membership (actor.memberOf) and sub-events (event.parentId) are trees:
// walking up and down them, refusing a change that would close a loop, and
// folding members into the actors they belong to (roll-up).
import type { RollUp } from '../../../shared/contract-analysis'
import type { Actor } from '../../../shared/domain'

type Parented = { id: string; name: string }

/** `id` and its ancestors, nearest first. Stops at a parent that does not
 * exist or at a loop (possible only in a hand-edited file), so it always ends. */
export function ancestry<T extends Parented>(id: string, byId: ReadonlyMap<string, T>, parentOf: (t: T) => string | null): string[] {
  const chain = [id]
  const seen = new Set(chain)
  for (let item = byId.get(id); item; ) {
    const parent = parentOf(item)
    if (!parent || seen.has(parent) || !byId.has(parent)) break
    chain.push(parent)
    seen.add(parent)
    item = byId.get(parent)
  }
  return chain
}

/** When making `id` a child of `parent` would close a loop, the names along
 * that loop (parent first, `id` last); otherwise null. */
export function loopThrough<T extends Parented>(id: string, parent: string, byId: ReadonlyMap<string, T>, parentOf: (t: T) => string | null): string[] | null {
  if (parent === id) return [byId.get(id)?.name ?? id]
  const chain = ancestry(parent, byId, parentOf)
  const at = chain.indexOf(id)
  return at < 0 ? null : chain.slice(0, at + 1).map((x) => byId.get(x)?.name ?? x)
}

/** `id` and every item below it. */
export function descendants<T extends Parented>(id: string, items: Iterable<T>, parentOf: (t: T) => string | null): Set<string> {
  const children = new Map<string, string[]>()
  for (const item of items) {
    const parent = parentOf(item)
    if (!parent) continue
    const list = children.get(parent)
    if (list) list.push(item.id)
    else children.set(parent, [item.id])
  }
  const out = new Set([id])
  const todo = [id]
  while (todo.length) {
    for (const child of children.get(todo.pop()!) ?? []) {
      if (out.has(child)) continue
      out.add(child)
      todo.push(child)
    }
  }
  return out
}

const memberOf = (a: Actor) => a.memberOf

/** The actor each actor counts as under a roll-up (itself without one).
 * Ids that name no actor stay as they are. */
export function rollUpResolver(actors: ReadonlyMap<string, Actor>, spec: RollUp | undefined): (id: string) => string {
  if (!spec || spec.to === 'none') return (id) => id
  const chosen = spec.to === 'actors' ? new Set(spec.actorIds) : null
  const memo = new Map<string, string>()
  return (id) => {
    let to = memo.get(id)
    if (to !== undefined) return to
    const chain = ancestry(id, actors, memberOf)
    if (spec.to === 'top') to = chain[chain.length - 1]
    else if (spec.to === 'level') to = chain[Math.max(0, chain.length - 1 - spec.level)]
    else to = chain.find((x) => chosen!.has(x)) ?? id
    memo.set(id, to)
    return to
  }
}

/** The actors whose claims count as `id`'s under a roll-up to `id`: itself
 * and all its members, at any depth. */
export function actorAndMembers(id: string, actors: ReadonlyMap<string, Actor>): Set<string> {
  return descendants(id, actors.values(), memberOf)
}
