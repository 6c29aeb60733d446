// What every exporter reads, and the ordering and name look-ups they share so
// that the CSV rows and the report's numbering always agree.
import type { ClaimRef } from '../../../shared/contract-analysis'
import type { Actor, Article, Claim, Event, Kind } from '../../../shared/domain'

/** A claim named by its article, since claim ids are unique per article. */
export type { ClaimRef }

/** What a scoped report is about, beyond its articles. */
export type Focus =
  /** An event's comparison: one row per speaker, the claims by kind. */
  | { type: 'event'; event: Event; rows: { actor: Actor | null; cells: Record<Kind, ClaimRef[]> }[] }
  /** An actor's profile: the claims it speaks and those aimed at it. */
  | { type: 'actor'; actor: Actor; asSpeaker: ClaimRef[]; asTarget: ClaimRef[] }

/** What the reports show. Notes and tags left out are also removed from the
 * data by the scope, so no format can leak them. */
export type ContentOptions = { notes: boolean; tags: boolean; fullText: boolean }
export const ALL_CONTENT: ContentOptions = { notes: true, tags: true, fullText: true }

export const REPORT_TITLE = 'Claimbook report'

export type ExportInput = {
  articles: Article[]
  actors: Actor[]
  events: Event[]
  generatedAt: string
  /** The report's title; "Claimbook report" when absent. */
  title?: string
  focus?: Focus
  options?: Partial<ContentOptions>
}

export function contentOptions(input: ExportInput): ContentOptions {
  return { ...ALL_CONTENT, ...input.options }
}

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
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

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

export function namesFor(input: Pick<ExportInput, 'actors' | 'events'>): Names {
  const actors = new Map(input.actors.map((a) => [a.id, a.name]))
  const events = new Map(input.events.map((e) => [e.id, e.name]))
  return {
    actors: (ids) => ids.map((id) => actors.get(id) ?? id),
    event: (id) => (id ? (events.get(id) ?? id) : ''),
  }
}

/** Progress and cancel for exports that take a while: `onProgress` gets the
 * work done so far, and a fired `signal` stops the export between steps. */
export type ExportControl = {
  onProgress?: (progress: { phase: string; done: number; total: number }) => void
  signal?: AbortSignal
}

/** Reports one step of a loop and stops it if the export was cancelled. */
export function step(control: ExportControl | undefined, phase: string, done: number, total: number): void {
  control?.signal?.throwIfAborted()
  control?.onProgress?.({ phase, done, total })
}

let lastPause = 0
/** step(), then, after every 50 ms of work, a pause that lets the event
 * loop run: the main process answers progress polls and cancels (and the
 * rest of the app) while a long export is being built. */
export async function pace(control: ExportControl | undefined, phase: string, done: number, total: number): Promise<void> {
  step(control, phase, done, total)
  if (!control || performance.now() - lastPause < 50) return
  await new Promise((resolve) => setImmediate(resolve))
  lastPause = performance.now()
  control.signal?.throwIfAborted()
}

/** A full timestamp with its zone (RFC 3339, which xsd:dateTime also
 * accepts). Formats with a date-time field take only these; a record
 * imported without one leaves the field out. */
export function isDateTime(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value)
}
