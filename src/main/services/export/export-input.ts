// What every exporter reads, and the ordering and name look-ups they share so
// that the CSV rows and the report's numbering always agree.
import type { Actor, Article, Claim, Event } from '../../../shared/domain'

export type ExportInput = { articles: Article[]; actors: Actor[]; events: Event[]; generatedAt: string }

/** Articles by publication date, then title. Undated articles go last: they
 * are usually notes or pastes, not part of the dated coverage. */
export function orderedArticles(articles: Article[]): Article[] {
  return [...articles].sort(
    (a, b) =>
      Number(!a.publishedAt) - Number(!b.publishedAt) ||
      byCodeUnits(a.publishedAt, b.publishedAt) ||
      a.title.localeCompare(b.title) ||
      a.id.localeCompare(b.id),
  )
}

// ISO dates sort by code units; a locale collation might reorder punctuation.
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** Claims in reading order; an enclosing claim comes before the ones it
 * contains. The report numbers claims in this order. */
export function orderedClaims(article: Article): Claim[] {
  return [...article.claims].sort((a, b) => a.start - b.start || b.end - a.end || a.id.localeCompare(b.id))
}

/** Joins several names in one cell or line; "; " because names contain commas. */
export const LIST_SEPARATOR = '; '

export type Names = {
  /** Actor names for ids; an id with no actor (a stale link) is kept as is
   * rather than dropped, so the export never hides a coded link. */
  actors(ids: string[]): string[]
  event(id: string | null): string
}

export function namesFor(input: ExportInput): Names {
  const actors = new Map(input.actors.map((a) => [a.id, a.name]))
  const events = new Map(input.events.map((e) => [e.id, e.name]))
  return {
    actors: (ids) => ids.map((id) => actors.get(id) ?? id),
    event: (id) => (id ? (events.get(id) ?? id) : ''),
  }
}
