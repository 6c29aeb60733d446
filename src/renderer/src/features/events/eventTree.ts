// Events in their tree (sub-events under the event they are part of), for
// lists and pickers: parents first, children indented under them.
import type { Event } from '../../../../shared/domain'

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name)

/** Siblings in `order` (by name unless told). */
export function eventTree<E extends Pick<Event, 'id' | 'name' | 'parentId'>>(events: E[], order: (a: E, b: E) => number = byName): { event: E; depth: number }[] {
  const ids = new Set(events.map((e) => e.id))
  const children = new Map<string | null, E[]>()
  for (const e of events) {
    const parent = e.parentId && ids.has(e.parentId) ? e.parentId : null
    children.set(parent, [...(children.get(parent) ?? []), e])
  }
  const out: { event: E; depth: number }[] = []
  const seen = new Set<string>()
  const walk = (parent: string | null, depth: number) => {
    for (const e of [...(children.get(parent) ?? [])].sort(order)) {
      if (seen.has(e.id)) continue
      seen.add(e.id)
      out.push({ event: e, depth })
      walk(e.id, depth + 1)
    }
  }
  walk(null, 0)
  // A loop in a hand-edited file would hide its events: list them anyway.
  for (const e of events) if (!seen.has(e.id)) out.push({ event: e, depth: 0 })
  return out
}

/** "2020-12-13", or "2020-12-13 – 2020-12-20" for a span. */
export function dateRange(event: Pick<Event, 'date' | 'endDate'>): string {
  const day = (d: string) => /^\d{4}(-\d{2}(-\d{2})?)?/.exec(d)?.[0] ?? d
  if (!event.date) return ''
  return event.endDate && event.endDate !== event.date ? `${day(event.date)} – ${day(event.endDate)}` : day(event.date)
}

/** An option label in a picker: sub-events marked and indented under their parent. */
export function treeLabel(depth: number, name: string): string {
  return `${'\u00a0\u00a0\u00a0'.repeat(Math.max(0, depth - 1))}${depth ? '↳ ' : ''}${name}`
}
