// Type-ahead matching for actors, events and tags: by name or alias, the
// closest matches first (exact, then prefix, then a word's start, then
// anywhere). The lower-cased names are prepared once per list (PickIndex),
// so a keystroke over thousands of actors costs one pass of string tests.
export type PickItem = { id: string; name: string; aliases?: string[]; detail?: string; colour?: string }

type Entry = { item: PickItem; names: string[]; words: string[][] }
/** The entries in name order, each with its lower-cased names and words. */
export type PickIndex = { byName: Entry[] }

const WORD_BREAK = /[\s\-–(]+/

const indexes = new WeakMap<PickItem[], PickIndex>()

/** The index of a list, built once per list (all pickers of a claim share
 * the actors' one). */
export function pickIndex(items: PickItem[]): PickIndex {
  const known = indexes.get(items)
  if (known) return known
  const index = buildIndex(items)
  indexes.set(items, index)
  return index
}

function buildIndex(items: PickItem[]): PickIndex {
  const collator = new Intl.Collator()
  const byName = items
    .map((item) => {
      const names = [item.name, ...(item.aliases ?? [])].map((n) => n.toLowerCase())
      return { item, names, words: names.map((n) => n.split(WORD_BREAK)) }
    })
    .sort((a, b) => collator.compare(a.item.name, b.item.name))
  return { byName }
}

/** How well an entry matches (0 best, -1 none) and which of its names did. */
function score(entry: Entry, q: string): { s: number; name: number } {
  let best = -1
  let name = 0
  for (let i = 0; i < entry.names.length; i++) {
    const n = entry.names[i]
    const s = n === q ? 0 : n.startsWith(q) ? 1 : entry.words[i].some((w) => w.startsWith(q)) ? 2 : n.includes(q) ? 3 : -1
    if (s >= 0 && (best < 0 || s < best)) {
      best = s
      name = i
      if (s === 0) break
    }
  }
  return { s: best, name }
}

export type PickMatch = { item: PickItem; /** the alias that matched, when not the name */ alias?: string }

export function matchIndex(index: PickIndex, query: string, exclude: readonly string[], limit = 8): PickMatch[] {
  const q = query.trim().toLowerCase()
  const excluded = new Set(exclude)
  if (!q) {
    const out: PickMatch[] = []
    for (const entry of index.byName) {
      if (out.length >= limit) break
      if (!excluded.has(entry.item.id)) out.push({ item: entry.item })
    }
    return out
  }
  // The entries are walked in name order and kept in one bucket per score,
  // so the best `limit` come out without sorting thousands of names.
  const buckets: PickMatch[][] = [[], [], [], []]
  for (const entry of index.byName) {
    if (excluded.has(entry.item.id)) continue
    const { s, name } = score(entry, q)
    if (s < 0 || buckets[s].length >= limit) continue
    buckets[s].push({ item: entry.item, ...(name > 0 ? { alias: entry.item.aliases![name - 1] } : {}) })
    if (buckets[0].length >= limit) break
  }
  return buckets.flat().slice(0, limit)
}

export function matchItems(items: PickItem[], query: string, exclude: string[], limit = 8): PickItem[] {
  return matchIndex(pickIndex(items), query, exclude, limit).map((m) => m.item)
}

/** The entry whose name or alias is exactly the typed text, if any. */
export function exactMatch(index: PickIndex, query: string): PickItem | undefined {
  const q = query.trim().toLowerCase()
  return index.byName.find((e) => e.names.includes(q))?.item
}

/** True when the typed name already exists (so "Create …" is not offered). */
export function hasExactName(items: PickItem[], query: string): boolean {
  return exactMatch(pickIndex(items), query) !== undefined
}
