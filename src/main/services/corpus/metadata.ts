// The rows of a metadata table as article metadata, matched to files by
// name. A row names its file as the table's author wrote it: with or without
// extension, with or without a folder ("train/text/a.txt", "a.txt", "a");
// files are matched on their name without extension (and, when two rows
// share it, on the folder too). Rows that no imported file matched are
// reported at the end as skipped, not failed: tables often list more
// articles than a corpus ships.
import type { ArticleMeta } from '../../../shared/domain'
import { checkMapping, readTable, type ColumnMapping, type Table } from './table'

/** What spreadsheets and pandas write for "no value". */
const NO_VALUE = new Set(['', 'none', 'nan', 'null', 'n/a', 'na', '-', '—', 'undefined', 'nil'])

const clean = (v: string | undefined) => {
  const t = (v ?? '').replace(/\s+/g, ' ').trim()
  return NO_VALUE.has(t.toLowerCase()) ? '' : t
}

const stemOf = (name: string) => {
  const base = name.replace(/\\/g, '/').split('/').pop() ?? name
  return base.replace(/\.[A-Za-z0-9]{1,8}$/, '').toLowerCase()
}
const foldersOf = (name: string) => name.replace(/\\/g, '/').toLowerCase().split('/').slice(0, -1)

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const pad = (n: number) => String(n).padStart(2, '0')

function isoDate(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? `${y}-${pad(m)}-${pad(d)}` : null
}

/** A date as a table gives it, to `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`),
 * without passing through a time zone. Day-first and month-first numeric
 * dates (03/04/2016) are ambiguous and are only read when one part is over
 * 12. Null when not understood. */
export function parseTableDate(value: string): string | null {
  const v = value.trim()
  let m: RegExpExecArray | null
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(v))) return isoDate(+m[1], +m[2], +m[3])
  if ((m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(v))) return isoDate(+m[1], +m[2], +m[3])
  if ((m = /^(\d{4})-(\d{2})$/.exec(v))) return +m[2] >= 1 && +m[2] <= 12 ? v : null
  if ((m = /^(\d{4})$/.exec(v))) return v
  if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(v))) {
    const [a, b, y] = [+m[1], +m[2], +m[3]]
    if (a > 12) return isoDate(y, b, a)
    if (b > 12) return isoDate(y, a, b)
    return null
  }
  const month = (s: string) => MONTHS.indexOf(s.slice(0, 3).toLowerCase()) + 1
  if ((m = /^([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/.exec(v)) && month(m[1])) return isoDate(+m[3], month(m[1]), +m[2])
  if ((m = /^(\d{1,2})(?:st|nd|rd|th)?\.? ([A-Za-z]{3,9})\.?,? (\d{4})$/.exec(v)) && month(m[2])) return isoDate(+m[3], month(m[2]), +m[1])
  return null
}

export type RowMeta = { meta: Partial<ArticleMeta>; problems: string[] }

export class MetadataTable {
  private readonly byStem = new Map<string, number[]>()
  private readonly used = new Set<number>()
  private readonly fileIndex: number
  private readonly index: (column: string | undefined) => number

  constructor(
    readonly table: Table,
    readonly mapping: ColumnMapping,
    readonly fileName: string,
  ) {
    this.index = (c) => (c ? table.columns.indexOf(c) : -1)
    this.fileIndex = this.index(mapping.file)
    table.rows.forEach((row, i) => {
      const name = clean(row[this.fileIndex])
      if (!name) return
      const stem = stemOf(name)
      this.byStem.set(stem, [...(this.byStem.get(stem) ?? []), i])
    })
  }

  /** The row for a file (by its path relative to what the user picked, or
   * its name), or null. */
  match(relativePath: string): number | null {
    const rows = this.byStem.get(stemOf(relativePath))
    if (!rows) return null
    if (rows.length === 1) return rows[0]
    // Several rows share the name: the one whose folders the path has.
    const folders = new Set(foldersOf(relativePath))
    const scored = rows.map((i) => ({ i, score: foldersOf(this.table.rows[i][this.fileIndex]).filter((f) => folders.has(f)).length }))
    return scored.reduce((a, b) => (b.score > a.score ? b : a)).i
  }

  /** Marks a row as imported (or skipped as a duplicate: it was seen). */
  use(row: number): void {
    this.used.add(row)
  }

  /** The file names of rows no file matched. */
  unmatched(): string[] {
    return this.table.rows.flatMap((row, i) => (this.used.has(i) || !clean(row[this.fileIndex]) ? [] : [clean(row[this.fileIndex])]))
  }

  meta(rowIndex: number): RowMeta {
    const row = this.table.rows[rowIndex]
    const get = (c: string | undefined) => clean(row[this.index(c)])
    const meta: Partial<ArticleMeta> = {}
    const problems: string[] = []
    const text = (field: 'title' | 'outlet' | 'author' | 'language', max: number) => {
      const v = get(this.mapping[field]).slice(0, max)
      if (v) meta[field] = v
    }
    text('title', 1_000)
    text('outlet', 1_000)
    text('author', 1_000)
    text('language', 20)
    const date = get(this.mapping.publishedAt)
    if (date) {
      const iso = parseTableDate(date)
      if (iso) meta.publishedAt = iso
      else problems.push(`the date “${date}” in the table was not understood (use YYYY-MM-DD); it was left empty.`)
    }
    const url = get(this.mapping.url)
    if (url) {
      if (/^https?:\/\//i.test(url) && url.length <= 4_000) meta.url = url
      else problems.push(`the URL “${url.slice(0, 80)}” in the table is not a web address (http or https); it was left empty.`)
    }
    const tags = (this.mapping.tags ?? []).flatMap((c) => get(c).split(/[;,|]/)).map((t) => t.trim().slice(0, 100)).filter(Boolean)
    if (tags.length) meta.tags = [...new Set(tags)].slice(0, 100)
    return { meta, problems }
  }
}

/** Reads a table and checks the mapping against its columns. */
export function openMetadataTable(fileName: string, bytes: Uint8Array, mapping: ColumnMapping): MetadataTable {
  const table = readTable(fileName, bytes)
  checkMapping(table, mapping)
  return new MetadataTable(table, mapping, fileName)
}
