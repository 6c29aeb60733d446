// Membership (actors) and sub-events (events) are trees: an item can never
// be placed under itself or under anything below it.

/** `id` and every item below it. */
export function andBelow<T extends { id: string }>(id: string, items: readonly T[], parentOf: (item: T) => string | null): Set<string> {
  const out = new Set([id])
  let grew = true
  while (grew) {
    grew = false
    for (const item of items) {
      const parent = parentOf(item)
      if (parent && out.has(parent) && !out.has(item.id)) {
        out.add(item.id)
        grew = true
      }
    }
  }
  return out
}
