// The article catalog, `<workspace>/.index/articles.json`: the record of
// every article (article-record.ts) with the stamp of the file it was read
// from. Opening a workspace then costs one `stat` per article file instead of
// reading and validating each one: a file whose stamp still matches is the
// file the record was made from; any other file (written by another program,
// restored, migrated, damaged, new) is read and validated in full, as before.
//
// It is derived data, never the truth: written a moment after changes and on
// close (atomically, like every file), and when it is missing, damaged, of
// another version, or stale for a file, the article files decide. So a crash
// never loses anything here: an article saved after the last catalog write
// simply has a newer stamp and is read again on the next open.
import { createHash } from 'node:crypto'
import { promises as fs, type Stats } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { SCHEMA_VERSION } from '../../../shared/domain'
import { writeFileAtomic } from './atomic-json-file'
import type { ArticleRecord } from './article-record'

const CATALOG_FORMAT = 'claimbook-article-catalog'
/** Raise when ArticleRecord changes. */
const CATALOG_VERSION = 1

/** What identifies one version of a file: size, modification and change
 * times, inode. Every save replaces the file through a rename (a new inode,
 * new times), and tools that copy or restore files set new times, so a
 * matching stamp means the bytes are the ones the record was made from. */
export type FileStamp = string
export const stampOf = (stats: Stats): FileStamp => `${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}:${stats.ino}`

export type CatalogEntry = { stamp: FileStamp; record: ArticleRecord }

/** The catalog's first line: what it is and the checksum of the second,
 * the entries. Checked instead of validating 10,000 records with zod (which
 * took longer than reading them): the records were validated when they were
 * made, and a catalog changed by anything but the store fails its checksum
 * and is not used. */
const Header = z.object({
  format: z.literal(CATALOG_FORMAT),
  version: z.literal(CATALOG_VERSION),
  schemaVersion: z.literal(SCHEMA_VERSION),
  sha256: z.string(),
})

export const catalogPath = (workspaceDir: string) => path.join(workspaceDir, '.index', 'articles.json')

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex')

/** The saved catalog by article id; empty when there is none that can be
 * used (every article file is then read in full). */
export async function loadCatalog(workspaceDir: string): Promise<Map<string, CatalogEntry>> {
  const known = new Map<string, CatalogEntry>()
  try {
    // The checksum is of the bytes, so the text is decoded only once.
    const bytes = await fs.readFile(catalogPath(workspaceDir))
    const newline = bytes.indexOf(0x0a)
    const header = Header.safeParse(JSON.parse(bytes.subarray(0, newline).toString('utf8')))
    const entries = bytes.subarray(newline + 1)
    if (newline < 0 || !header.success || header.data.sha256 !== sha256(entries)) return known
    for (const entry of JSON.parse(entries.toString('utf8')) as CatalogEntry[]) known.set(entry.record.id, entry)
  } catch {
    /* missing or damaged: the article files decide */
  }
  return known
}

export async function saveCatalog(workspaceDir: string, entries: Iterable<CatalogEntry>): Promise<void> {
  const file = catalogPath(workspaceDir)
  await fs.mkdir(path.dirname(file), { recursive: true })
  const entriesBytes = Buffer.from(JSON.stringify([...entries]), 'utf8')
  const header: z.infer<typeof Header> = { format: CATALOG_FORMAT, version: CATALOG_VERSION, schemaVersion: SCHEMA_VERSION, sha256: sha256(entriesBytes) }
  await writeFileAtomic(file, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'), entriesBytes]))
}
