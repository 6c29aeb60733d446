// Article methods: create from pasted text or a file, read, search, update
// metadata, save coding (claim marks) and delete.
import { createHash } from 'node:crypto'
import { nanoid } from 'nanoid'
import { bodyFromParagraphs, claimSpans, plainText } from '../../../shared/body'
import { ApiError } from '../../../shared/contract'
import type { Article, ArticleSummary, Body, Claim } from '../../../shared/domain'
import type { ArticleRecord } from '../store/article-record'
import { BadFileError, importPlainText, parseFile, type ImportedText } from '../import'
import type { WorkspaceStore } from '../store/workspace-store'
import { articleOrThrow, now } from './common'

export function summarise(article: Article | ArticleRecord, snippet?: string): ArticleSummary {
  const { id, title, outlet, author, publishedAt } = article
  return { id, title, outlet, author, publishedAt, claimCount: article.claims.length, ...(snippet ? { snippet } : {}) }
}

/** Newest first, then by title: the order a researcher scans a library in. */
function byDateThenTitle(a: ArticleRecord, b: ArticleRecord): number {
  return b.publishedAt.localeCompare(a.publishedAt) || a.title.localeCompare(b.title)
}

function snippetAround(text: string, at: number, length: number): string {
  const from = Math.max(0, at - 60)
  const to = Math.min(text.length, at + length + 60)
  return (from > 0 ? '…' : '') + text.slice(from, to).replace(/\s+/g, ' ') + (to < text.length ? '…' : '')
}

/** Every word of the query must occur in the title, outlet, author or text
 * (case-insensitive). */
export function listArticles(store: WorkspaceStore, query = ''): ArticleSummary[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  const records = store.articleRecords().sort(byDateThenTitle)
  if (words.length === 0) return records.map((a) => summarise(a))
  const results: ArticleSummary[] = []
  for (const record of records) {
    // The texts are read one by one (library.query has an index instead).
    const article = store.article(record.id)
    if (!article) continue
    const text = plainText(article.body)
    const haystack = `${article.title}\n${article.outlet}\n${article.author}\n${text}`.toLowerCase()
    if (!words.every((w) => haystack.includes(w))) continue
    const at = text.toLowerCase().indexOf(words[0])
    results.push(summarise(article, at >= 0 ? snippetAround(text, at, words[0].length) : undefined))
  }
  return results
}

async function storeImported(store: WorkspaceStore, imported: ImportedText, fileName: string, sha256: string, overrides: Partial<Article> = {}): Promise<Article> {
  const meta = { ...imported.meta, ...stripEmpty(overrides) }
  const article: Article = {
    id: nanoid(12),
    title: meta.title?.trim() || 'Untitled article',
    outlet: meta.outlet ?? '',
    author: meta.author ?? '',
    publishedAt: meta.publishedAt ?? '',
    url: meta.url ?? '',
    language: meta.language ?? '',
    tags: meta.tags ?? [],
    notes: meta.notes ?? '',
    provenance: { format: imported.format, fileName, sha256, importedAt: now() },
    body: bodyFromParagraphs(imported.paragraphs),
    claims: [],
    updatedAt: now(),
  }
  await store.putArticle(article)
  return article
}

function stripEmpty<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as Partial<T>
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex')

export async function createFromText(store: WorkspaceStore, text: string, meta: Partial<Article>): Promise<Article> {
  const imported = importPlainText(text, 'paste')
  if (imported.paragraphs.length === 0) throw new ApiError('invalid-input', 'The pasted text is empty.')
  return storeImported(store, imported, '', sha256(text), meta)
}

export async function importFile(store: WorkspaceStore, fileName: string, bytes: Uint8Array): Promise<Article> {
  let imported: ImportedText
  try {
    // Every format, .docx and .pdf included (parsed here, in the main
    // process: one file; batches go through import.start and a worker).
    imported = await parseFile(fileName, bytes)
  } catch (err) {
    if (err instanceof BadFileError) throw new ApiError('bad-file', err.message)
    throw err
  }
  return storeImported(store, imported, fileName.split(/[\\/]/).pop() ?? fileName, sha256(bytes))
}

/** Derives the claims from the claim marks of a new body: a mark with a new
 * id is a new claim, a claim whose marks are gone is deleted, and kind,
 * quote and offsets always follow the marks. */
export function reconcileClaims(previous: Claim[], body: Body): Claim[] {
  const text = plainText(body)
  const byId = new Map(previous.map((c) => [c.id, c]))
  const stamp = now()
  return claimSpans(body).map((span) => {
    const old = byId.get(span.id)
    const quote = text.slice(span.start, span.end)
    const base: Claim = old ?? {
      id: span.id,
      kind: span.kind,
      speakers: [],
      targets: [],
      eventId: null,
      cue: '',
      note: '',
      tags: [],
      quote,
      start: span.start,
      end: span.end,
      createdAt: stamp,
      updatedAt: stamp,
    }
    const changed = !old || old.kind !== span.kind || old.start !== span.start || old.end !== span.end
    // The same object when nothing changed: the store keeps the bytes of a
    // claim it has written by object (article-file-bytes.ts).
    if (!changed && old.quote === quote) return old
    return { ...base, kind: span.kind, quote, start: span.start, end: span.end, updatedAt: changed ? stamp : base.updatedAt }
  })
}

export async function saveBody(store: WorkspaceStore, id: string, body: Body): Promise<Article> {
  const article = articleOrThrow(store, id)
  // The source text is evidence: coding may add, change and remove claim
  // marks, never the words themselves.
  if (plainText(body) !== plainText(article.body)) {
    throw new ApiError('conflict', 'The article text cannot change while coding; only claims can be added, changed or removed.')
  }
  const next = { ...article, body, claims: reconcileClaims(article.claims, body), updatedAt: now() }
  await store.putArticle(next)
  return next
}
