// The query side of the library: filters as tests on rows, the orders of
// the list, and the facet counts. Pure functions over rows.
import type { LibraryPage, LibraryQuery } from '../../../shared/contract-import'
import type { LibraryRow } from './index-file'
import { fold } from './tokenize'

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })

/** Titles and outlets compared without case or accents. Intl.Collator is
 * too slow to sort 10,000 rows on every query (a third of a second), so
 * each entry gets folded keys once, compared as plain strings. */
export type SortKeys = { title: string; outlet: string }
const ASCII = /^[\x00-\x7f]*$/
const foldKey = (s: string) => fold(s.trim(), ASCII.test(s))
export const sortKeys = (row: LibraryRow): SortKeys => ({ title: foldKey(row.title), outlet: foldKey(row.outlet) })
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** A row among the results, with its sort keys and its relevance. */
export type Ranked = { row: LibraryRow; keys: SortKeys; score: number }

/** The filters of a query as tests on rows; outlets and tags apart, for
 * their facets. */
export function filterTests(f: NonNullable<LibraryQuery['filters']>): Record<'outlets' | 'tags' | 'other', (r: LibraryRow) => boolean> {
  const outlets = f.outlets?.length ? new Set(f.outlets) : null
  const tags = f.tags?.length ? new Set(f.tags) : null
  const actors = f.actorIds?.length ? new Set(f.actorIds) : null
  const events = f.eventIds?.length ? new Set(f.eventIds) : null
  return {
    outlets: (r) => !outlets || outlets.has(r.outlet),
    tags: (r) => !tags || r.tags.some((t) => tags.has(t)),
    other: (r) =>
      (!f.from || (r.publishedAt !== '' && r.publishedAt.slice(0, 10) >= f.from)) &&
      (!f.to || (r.publishedAt !== '' && r.publishedAt.slice(0, 10) <= f.to)) &&
      (!actors || r.actorIds.some((a) => actors.has(a))) &&
      (!events || r.eventIds.some((e) => events.has(e))) &&
      (f.hasClaims === undefined || r.claimCount > 0 === f.hasClaims),
  }
}

/** The order of results: relevance when searching, else the date; ties by
 * title. */
export function comparator(q: LibraryQuery, searching: boolean): (a: Ranked, b: Ranked) => number {
  const by = q.sort?.by ?? (searching ? 'relevance' : 'date')
  const sign = (q.sort?.direction ?? (by === 'title' || by === 'outlet' ? 'asc' : 'desc')) === 'asc' ? 1 : -1
  const tie = (a: Ranked, b: Ranked) => compareText(a.keys.title, b.keys.title) || compareText(a.row.id, b.row.id)
  // Articles without a date or an outlet go last whichever the direction.
  const blanksLast = (x: string, y: string) => (x === '' ? 1 : 0) - (y === '' ? 1 : 0)
  switch (by) {
    case 'relevance':
      return (a, b) => (searching ? b.score - a.score : 0) || blanksLast(a.row.publishedAt, b.row.publishedAt) || -compareText(a.row.publishedAt, b.row.publishedAt) || tie(a, b)
    case 'date':
      return (a, b) => blanksLast(a.row.publishedAt, b.row.publishedAt) || sign * compareText(a.row.publishedAt, b.row.publishedAt) || tie(a, b)
    case 'outlet':
      return (a, b) => blanksLast(a.row.outlet, b.row.outlet) || sign * compareText(a.keys.outlet, b.keys.outlet) || tie(a, b)
    case 'title':
      return (a, b) => sign * tie(a, b)
    case 'claims':
      return (a, b) => sign * (a.row.claimCount - b.row.claimCount) || tie(a, b)
  }
}

/** Counts for the filter menus over what the other filters leave, so the
 * user sees what each choice would give. */
export function facetsOf(candidates: Ranked[], results: Ranked[], filters: NonNullable<LibraryQuery['filters']>): NonNullable<LibraryPage['facets']> {
  const tests = filterTests(filters)
  const outlets = new Map<string, number>()
  const tags = new Map<string, number>()
  // One pass: an outlet counts where the tag filter holds, a tag where the
  // outlet filter holds.
  for (const { row } of candidates) {
    if (!tests.other(row)) continue
    if (row.outlet && tests.tags(row)) outlets.set(row.outlet, (outlets.get(row.outlet) ?? 0) + 1)
    if (row.tags.length && tests.outlets(row)) for (const t of row.tags) tags.set(t, (tags.get(t) ?? 0) + 1)
  }
  const sorted = (counts: Map<string, number>) => [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || collator.compare(a.value, b.value))
  let from = ''
  let to = ''
  for (const { row } of results) {
    const day = row.publishedAt.slice(0, 10)
    if (!day) continue
    if (!from || day < from) from = day
    if (!to || day > to) to = day
  }
  return { outlets: sorted(outlets), tags: sorted(tags).slice(0, 500), dates: from ? { from, to } : null }
}
