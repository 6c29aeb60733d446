// The search index on disk, so that opening a workspace does not re-read the
// words of every article:
//   .index/search.json  the library rows (what the list shows and filters
//                       on), the words, and where each block lies in…
//   .index/search.bin   …the word index as raw typed arrays (postings, term
//                       frequencies, document lengths);
//   .index/texts-*.bin  the plain texts snippets are cut from (text-file.ts;
//                       search.json names the file and where each text lies).
// Both carry the same generation id, written bin first: a pair that does
// not match (a crash between the two writes) is not used. It is derived
// data: when missing, damaged, of another version, or from a machine of the
// other byte order, it is simply rebuilt from the articles; rows that no
// longer match their article are re-indexed one by one (LibraryIndex.sync).
import { randomBytes } from 'node:crypto'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { writeFileAtomic } from '../store/atomic-json-file'
import type { IndexSnapshot } from './inverted-index'
import type { TextAt } from './text-file'

export const INDEX_FORMAT = 'claimbook-search-index'
/** Raise when the tokenizer, the weights or the row change. */
export const INDEX_VERSION = 2

export const LibraryRow = z.object({
  id: z.string(),
  title: z.string(),
  outlet: z.string(),
  author: z.string(),
  publishedAt: z.string(),
  language: z.string(),
  url: z.string(),
  tags: z.array(z.string()),
  claimCount: z.number(),
  actorIds: z.array(z.string()),
  eventIds: z.array(z.string()),
  updatedAt: z.string(),
  textLength: z.number(),
  /** See import/duplicates.ts. */
  textHash: z.string(),
})
export type LibraryRow = z.infer<typeof LibraryRow>

const Block = z.tuple([z.number().int().min(0), z.number().int().min(0)])
/** The file's frame; its rows are checked by `isRow` (a schema parse of
 * 10,000 rows costs more than the rest of loading). */
const SavedIndex = z.object({
  format: z.literal(INDEX_FORMAT),
  version: z.literal(INDEX_VERSION),
  generation: z.string(),
  littleEndian: z.boolean(),
  rows: z.array(z.unknown()),
  terms: z.string(),
  blocks: z.object({ offsets: Block, docs: Block, tfs: Block, docLen: Block }),
  /** Absent in indexes saved before texts were kept: snippets then read
   * their article until the index is saved again. */
  texts: z.object({ file: z.string().regex(/^texts-[0-9a-f]+\.bin$/), at: z.array(z.tuple([z.number().int().min(0), z.number().int().min(0), z.number().int()]).nullable()) }).optional(),
})

/** Where each row's text lies in which texts file (rows' order). */
export type SavedTexts = { file: string; at: (TextAt | null)[] }

const STRING_FIELDS = ['id', 'title', 'outlet', 'author', 'publishedAt', 'language', 'url', 'updatedAt', 'textHash'] as const
const LIST_FIELDS = ['tags', 'actorIds', 'eventIds'] as const
function isRow(value: unknown): value is LibraryRow {
  const row = value as Record<string, unknown>
  return (
    typeof row === 'object' &&
    row !== null &&
    STRING_FIELDS.every((k) => typeof row[k] === 'string') &&
    LIST_FIELDS.every((k) => Array.isArray(row[k]) && (row[k] as unknown[]).every((v) => typeof v === 'string')) &&
    typeof row.claimCount === 'number' &&
    typeof row.textLength === 'number'
  )
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1
const HEADER = 32

export const indexFilePath = (workspaceDir: string) => path.join(workspaceDir, '.index', 'search.json')
const binPath = (workspaceDir: string) => path.join(workspaceDir, '.index', 'search.bin')

export async function saveIndexFile(workspaceDir: string, rows: LibraryRow[], snapshot: IndexSnapshot, texts?: SavedTexts): Promise<void> {
  await fs.mkdir(path.dirname(indexFilePath(workspaceDir)), { recursive: true })
  const generation = randomBytes(12).toString('hex')
  const arrays = { offsets: snapshot.offsets, docs: snapshot.docs, tfs: snapshot.tfs, docLen: snapshot.docLen }
  // Each block starts on an 8-byte boundary, so it can be viewed in place.
  const blocks = {} as Record<keyof typeof arrays, [number, number]>
  let at = HEADER
  for (const [name, array] of Object.entries(arrays) as [keyof typeof arrays, ArrayBufferView][]) {
    blocks[name] = [at, array.byteLength]
    at += Math.ceil(array.byteLength / 8) * 8
  }
  const bin = new Uint8Array(at)
  bin.set(Buffer.from(generation, 'ascii'))
  for (const [name, array] of Object.entries(arrays) as [keyof typeof arrays, ArrayBufferView][]) bin.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), blocks[name][0])
  await writeFileAtomic(binPath(workspaceDir), bin)
  const saved: z.infer<typeof SavedIndex> & { rows: LibraryRow[] } = { format: INDEX_FORMAT, version: INDEX_VERSION, generation, littleEndian: LITTLE_ENDIAN, rows, terms: snapshot.terms.join('\n'), blocks, texts }
  await writeFileAtomic(indexFilePath(workspaceDir), JSON.stringify(saved))
}

/** The saved index, or the reason it cannot be used. */
export async function loadIndexFile(workspaceDir: string): Promise<{ rows: LibraryRow[]; snapshot: IndexSnapshot; texts: SavedTexts | null } | { reason: string }> {
  let text: string
  let bin: Buffer
  try {
    ;[text, bin] = await Promise.all([fs.readFile(indexFilePath(workspaceDir), 'utf8'), fs.readFile(binPath(workspaceDir))])
  } catch {
    return { reason: 'missing' }
  }
  let saved: z.infer<typeof SavedIndex>
  try {
    const result = SavedIndex.safeParse(JSON.parse(text))
    if (!result.success || !result.data.rows.every(isRow)) return { reason: 'another version or damaged' }
    saved = result.data
  } catch {
    return { reason: 'damaged' }
  }
  const rows = saved.rows as LibraryRow[]
  if (saved.littleEndian !== LITTLE_ENDIAN) return { reason: 'written on a machine of the other byte order' }
  if (bin.length < HEADER || bin.subarray(0, saved.generation.length).toString('ascii') !== saved.generation) return { reason: 'its two files do not belong together' }
  // One aligned copy of the file; the arrays are views into it.
  const buffer = bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength) as ArrayBuffer
  const view = <T>(make: new (b: ArrayBuffer, offset: number, length: number) => T, [offset, bytes]: [number, number], size: number): T | null =>
    offset + bytes <= buffer.byteLength && offset % size === 0 && bytes % size === 0 ? new make(buffer, offset, bytes / size) : null
  const offsets = view(Uint32Array, saved.blocks.offsets, 4)
  const docs = view(Uint32Array, saved.blocks.docs, 4)
  const tfs = view(Uint16Array, saved.blocks.tfs, 2)
  const docLen = view(Float32Array, saved.blocks.docLen, 4)
  if (!offsets || !docs || !tfs || !docLen) return { reason: 'damaged' }
  const terms = saved.terms ? saved.terms.split('\n') : []
  let highest = 0
  for (let i = 0; i < docs.length; i++) if (docs[i] > highest) highest = docs[i]
  const consistent = offsets.length === terms.length + 1 && docs.length === tfs.length && offsets[offsets.length - 1] === docs.length && docLen.length === rows.length && (docs.length === 0 || highest < rows.length)
  const texts = saved.texts && saved.texts.at.length === rows.length ? saved.texts : null
  return consistent ? { rows, snapshot: { terms, offsets, docs, tfs, docLen }, texts } : { reason: 'damaged' }
}
