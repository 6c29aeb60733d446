// Type-ahead matching for actors and events: by name or alias, the closest
// matches first (exact, then prefix, then anywhere).
export type PickItem = { id: string; name: string; aliases?: string[]; detail?: string }

function score(item: PickItem, q: string): number {
  const names = [item.name, ...(item.aliases ?? [])].map((n) => n.toLowerCase())
  if (names.some((n) => n === q)) return 0
  if (names.some((n) => n.startsWith(q))) return 1
  if (names.some((n) => n.split(/[\s\-–(]+/).some((word) => word.startsWith(q)))) return 2
  if (names.some((n) => n.includes(q))) return 3
  return -1
}

export function matchItems(items: PickItem[], query: string, exclude: string[], limit = 8): PickItem[] {
  const q = query.trim().toLowerCase()
  const candidates = items.filter((item) => !exclude.includes(item.id))
  if (!q) return [...candidates].sort((a, b) => a.name.localeCompare(b.name)).slice(0, limit)
  return candidates
    .map((item) => ({ item, s: score(item, q) }))
    .filter((x) => x.s >= 0)
    .sort((a, b) => a.s - b.s || a.item.name.localeCompare(b.item.name))
    .slice(0, limit)
    .map((x) => x.item)
}

/** True when the typed name already exists (so "Create …" is not offered). */
export function hasExactName(items: PickItem[], query: string): boolean {
  const q = query.trim().toLowerCase()
  return items.some((item) => [item.name, ...(item.aliases ?? [])].some((n) => n.toLowerCase() === q))
}
