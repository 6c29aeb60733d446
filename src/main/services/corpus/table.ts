// The metadata table of a corpus: a CSV or TSV file with one row per
// article file. Read with RFC 4180 quoting (both CSV and TSV: spreadsheet
// programs and pandas quote a field that holds the delimiter, a quote or a
// line break), the delimiter taken from the extension or, failing that, from
// the header line. The columns are mapped to article fields by the user; a
// mapping is proposed from the header names.
import type { ColumnMapping } from '../../../shared/contract-import'
import { BadFileError, decodeTextDetailed } from '../import/decode'

export type { ColumnMapping }

export const MAPPABLE_FIELDS = ['file', 'title', 'outlet', 'author', 'publishedAt', 'url', 'language', 'tags'] as const
export type MappableField = (typeof MAPPABLE_FIELDS)[number]

export type Table = { delimiter: string; columns: string[]; rows: string[][]; problems: string[] }

/** Header names (lower case, letters and digits only) that suggest a field. */
const HEADER_HINTS: Record<Exclude<MappableField, 'tags'>, string[]> = {
  file: ['filename', 'file', 'filepath', 'path', 'name', 'document', 'doc', 'docid', 'documentid', 'id', 'textfile'],
  title: ['title', 'headline', 'heading', 'articletitle'],
  outlet: ['outlet', 'publisher', 'publication', 'source', 'newspaper', 'media', 'site', 'sitename', 'medium', 'journal'],
  author: ['author', 'authors', 'byline', 'writer', 'creator'],
  publishedAt: ['date', 'publicationdate', 'publishedat', 'published', 'pubdate', 'datepublished', 'publishdate', 'day'],
  url: ['url', 'link', 'uri', 'href', 'canonicalurl', 'sourceurl'],
  language: ['language', 'lang', 'locale'],
}
const TAG_HINTS = ['tags', 'tag', 'keywords', 'keyword', 'labels', 'label', 'topics', 'topic', 'category', 'categories', 'section']

function sniffDelimiter(fileName: string, text: string): string {
  if (/\.(tsv|tab)$/i.test(fileName)) return '\t'
  const header = text.slice(0, text.indexOf('\n') >>> 0)
  const counts = ['\t', ',', ';', '|'].map((d) => [d, header.split(d).length - 1] as const)
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a))
  if (/\.csv$/i.test(fileName) && counts[1][1] > 0 && counts[1][1] >= best[1] / 2) return ','
  return best[1] > 0 ? best[0] : ','
}

/** RFC 4180: fields may be quoted ("a, b"), quotes inside doubled (""),
 * line breaks inside quoted fields kept. */
export function parseDelimited(text: string, delimiter: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  let i = 0
  const endField = () => {
    row.push(field)
    field = ''
  }
  while (i < text.length) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i += 2
          continue
        }
        quoted = false
      } else field += ch
      i++
      continue
    }
    if (ch === '"' && field === '') quoted = true
    else if (ch === delimiter) endField()
    else if (ch === '\n' || ch === '\r') {
      endField()
      rows.push(row)
      row = []
      if (ch === '\r' && text[i + 1] === '\n') i++
    } else field += ch
    i++
  }
  if (field !== '' || row.length) {
    endField()
    rows.push(row)
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''))
}

export function readTable(fileName: string, bytes: Uint8Array): Table {
  if (bytes.length === 0) throw new BadFileError(`The metadata table “${fileName}” is empty.`)
  let text: string
  try {
    text = decodeTextDetailed(bytes).text
  } catch (err) {
    throw new BadFileError(`The metadata table “${fileName}” cannot be read as text: ${(err as Error).message}. Save it as CSV or TSV (UTF-8) and try again.`)
  }
  const delimiter = sniffDelimiter(fileName, text)
  const [header, ...rows] = parseDelimited(text, delimiter)
  if (!header || header.length < 2) {
    throw new BadFileError(`The metadata table “${fileName}” has no header row with column names (or only one column). Its first row must name the columns, separated by tabs (TSV) or commas (CSV).`)
  }
  const columns = header.map((h, i) => h.trim() || `column ${i + 1}`)
  const problems: string[] = []
  const ragged = rows.filter((r) => r.length !== columns.length).length
  if (ragged) problems.push(`${ragged} row${ragged === 1 ? ' has' : 's have'} a different number of fields than the header (${columns.length}); missing fields are read as empty.`)
  return { delimiter, columns, rows, problems }
}

const hintKey = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '')

/** A mapping from the header names alone; the user confirms or changes it. */
export function proposeMapping(columns: string[]): Partial<ColumnMapping> {
  const keys = columns.map(hintKey)
  const mapping: Partial<ColumnMapping> = {}
  const taken = new Set<number>()
  for (const field of Object.keys(HEADER_HINTS) as (keyof typeof HEADER_HINTS)[]) {
    // The first hint in the list that any column has wins: "filename"
    // before a generic "name" or "id".
    for (const hint of HEADER_HINTS[field]) {
      const i = keys.findIndex((k, n) => !taken.has(n) && k === hint)
      if (i >= 0) {
        mapping[field] = columns[i]
        taken.add(i)
        break
      }
    }
  }
  const tags = columns.filter((_, i) => !taken.has(i) && TAG_HINTS.includes(keys[i]))
  if (tags.length) mapping.tags = tags
  return mapping
}

/** Checks that every mapped column exists; the message names the ones that
 * do not and the ones there are. */
export function checkMapping(table: Table, mapping: ColumnMapping): void {
  const named = [mapping.file, mapping.title, mapping.outlet, mapping.author, mapping.publishedAt, mapping.url, mapping.language, ...(mapping.tags ?? [])].filter(
    (c): c is string => Boolean(c),
  )
  const missing = named.filter((c) => !table.columns.includes(c))
  if (missing.length) {
    throw new BadFileError(`The metadata table has no column ${missing.map((c) => `“${c}”`).join(', ')}. Its columns are: ${table.columns.map((c) => `“${c}”`).join(', ')}.`)
  }
}
