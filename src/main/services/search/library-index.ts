// The library at scale: one row per article (what the list shows, sorts and
// filters on) and a word index over titles, outlets, authors, tags and text.
// It follows the store without hooks into it: every query first compares
// each article's record (the store's article without its body) with the one
// its row was built from (a pointer check; the store replaces the record on
// every write), and re-indexes the few that changed, so creates, imports, metadata edits, body saves, deletes and even
// a reload after a restore all show at once. The index is saved to
// `.index/search.json` a moment after changes (and when an import ends) and
// loaded on open; only articles whose row no longer matches are re-indexed.
import path from 'node:path'
import { setImmediate as nextTurn } from 'node:timers/promises'
import { plainText } from '../../../shared/body'
import type { LibraryItem, LibraryPage, LibraryQuery } from '../../../shared/contract-import'
import type { Article } from '../../../shared/domain'
import { textLengthOf, type ArticleRecord } from '../store/article-record'
import type { WorkspaceStore } from '../store/workspace-store'
import { indexFilePath, loadIndexFile, saveIndexFile, type LibraryRow } from './index-file'
import { TextFile, type TextAt } from './text-file'
import { InvertedIndex } from './inverted-index'
import { textStats, type TextStats } from './text-stats'
import { hitsIn, snippetOf } from './snippet'
import { comparator, facetsOf, filterTests, sortKeys, type Ranked, type SortKeys } from './library-query'
import { queryTerms } from './tokenize'

const SAVE_DELAY_MS = 3_000
/** `text`: where the article's plain text lies in the texts file (null:
 * not there yet; the snippet then reads the article and puts it there). */
type Entry = { row: LibraryRow; ordinal: number; source: Article | ArticleRecord | null; text: TextAt | null; keys?: SortKeys }
const keysOf = (entry: Entry): SortKeys => (entry.keys ??= sortKeys(entry.row))

/** The row of an article, all but its text hash (which needs the text). */
function rowOf(article: Article | ArticleRecord): Omit<LibraryRow, 'textHash'> {
  const textLength = 'body' in article ? textLengthOf(article.body) : article.textLength
  const actors = new Set<string>()
  const events = new Set<string>()
  for (const c of article.claims) {
    for (const id of [...c.speakers, ...c.targets]) actors.add(id)
    if (c.eventId) events.add(c.eventId)
  }
  const { id, title, outlet, author, publishedAt, language, url, tags, updatedAt } = article
  return { id, title, outlet, author, publishedAt, language, url, tags, claimCount: article.claims.length, actorIds: [...actors], eventIds: [...events], updatedAt, textLength }
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((v, i) => v === b[i])
/** Whether a saved row still describes the article (its text hash aside,
 * which only changes with the text, and so with textLength). */
function sameRow(saved: LibraryRow, fresh: Omit<LibraryRow, 'textHash'>): boolean {
  return (
    saved.updatedAt === fresh.updatedAt &&
    saved.textLength === fresh.textLength &&
    saved.claimCount === fresh.claimCount &&
    saved.title === fresh.title &&
    saved.outlet === fresh.outlet &&
    saved.author === fresh.author &&
    saved.publishedAt === fresh.publishedAt &&
    saved.language === fresh.language &&
    saved.url === fresh.url &&
    sameList(saved.tags, fresh.tags) &&
    sameList(saved.actorIds, fresh.actorIds) &&
    sameList(saved.eventIds, fresh.eventIds)
  )
}

/** The sorted results of recent queries, so that a virtual list scrolling
 * through pages does not search and sort again for each; dropped on any
 * change to the index. */
const CACHED_QUERIES = 4

export type IndexStats = { loaded: 'file' | 'rebuilt'; reason: string; loadMs: number; syncMs: number; reindexed: number }

export class LibraryIndex {
  private entries = new Map<string, Entry>()
  private idOfOrdinal: string[] = []
  private byHash = new Map<string, Set<string>>()
  private engine = new InvertedIndex()
  private dirty = false
  private saveTimer: NodeJS.Timeout | null = null
  private saving: Promise<void> = Promise.resolve()
  private syncing: Promise<number> = Promise.resolve(0)
  /** The store's articlesVersion the index last caught up with. */
  private syncedVersion = -1
  private texts!: TextFile
  private cache = new Map<string, { results: Ranked[]; candidates: Ranked[]; expansions: Set<string> }>()
  readonly stats: IndexStats = { loaded: 'rebuilt', reason: '', loadMs: 0, syncMs: 0, reindexed: 0 }

  private constructor(private readonly store: WorkspaceStore) {}

  static async open(store: WorkspaceStore): Promise<LibraryIndex> {
    const index = new LibraryIndex(store)
    const started = performance.now()
    const saved = await loadIndexFile(store.dir)
    index.texts = await TextFile.open(path.dirname(indexFilePath(store.dir)), 'rows' in saved ? (saved.texts?.file ?? null) : null)
    if ('rows' in saved) {
      index.engine = InvertedIndex.fromSnapshot(saved.snapshot)
      saved.rows.forEach((row, ordinal) => {
        const text = saved.texts?.at[ordinal] ?? null
        index.setEntry({ row, ordinal, source: null, text: text && index.texts.holds(text) ? text : null })
      })
      index.stats.loaded = 'file'
    } else index.stats.reason = saved.reason
    let live = 0
    for (const entry of index.entries.values()) live += entry.text?.[1] ?? 0
    index.texts.countLive(live)
    index.stats.loadMs = performance.now() - started
    const synced = performance.now()
    index.stats.reindexed = await index.sync()
    index.stats.syncMs = performance.now() - synced
    return index
  }

  get size(): number {
    return this.entries.size
  }

  /** Brings the index up to date with the store; returns how many articles
   * were re-indexed or dropped. Large catch-ups yield to the event loop now
   * and then, so the app keeps answering. Calls are queued, never overlap. */
  sync(): Promise<number> {
    const run = this.syncing.then(() => this.catchUp())
    this.syncing = run.catch(() => 0)
    return run
  }

  private async catchUp(): Promise<number> {
    // Nothing changed in the store since the last catch-up: nothing to do
    // (most queries, while the user types).
    const version = this.store.articlesVersion
    if (version === this.syncedVersion) return 0
    let changed = 0
    let sinceYield = 0
    const articles = this.store.articleRecords()
    for (const article of articles) {
      if (this.note(article)) {
        changed++
        if (++sinceYield >= 200) {
          sinceYield = 0
          await nextTurn()
        }
      }
    }
    // Every article now has its entry: more entries than articles means some
    // were deleted (only then is it worth listing the ids).
    if (this.entries.size > articles.length) {
      const ids = new Set(articles.map((a) => a.id))
      for (const id of [...this.entries.keys()]) {
        if (!ids.has(id)) {
          this.drop(id)
          changed++
        }
      }
    }
    this.syncedVersion = version
    return changed
  }

  /** Takes in one article right away (the import calls this after each
   * save, rather than a sync over the whole workspace). Returns whether it
   * had to be re-indexed. `stats`: its text's words, when already counted
   * (the import's worker does it); without them, the text of a record is
   * read from the store. */
  note(article: Article | ArticleRecord, stats?: TextStats): boolean {
    const entry = this.entries.get(article.id)
    if (entry?.source === article) return false
    const row = rowOf(article)
    if (entry && sameRow(entry.row, row)) {
      entry.source = article
      return false
    }
    const body = 'body' in article ? article.body : this.store.article(article.id)?.body
    // Gone while being read (found damaged: the store reports it); the next
    // sync drops its row.
    if (!body) return false
    const text = plainText(body)
    const counted = stats ?? textStats(text)
    const full: LibraryRow = { ...row, textHash: counted.hash }
    if (entry) this.drop(article.id)
    const ordinal = this.engine.add(
      [
        { text: article.title, weight: 3 },
        { text: `${article.outlet} ${article.author} ${article.tags.join(' ')}`, weight: 2 },
      ],
      counted,
    )
    this.setEntry({ row: full, ordinal, source: article, text: this.texts.append(text) })
    this.changed()
    return true
  }

  private setEntry(entry: Entry): void {
    this.entries.set(entry.row.id, entry)
    this.idOfOrdinal[entry.ordinal] = entry.row.id
    let ids = this.byHash.get(entry.row.textHash)
    if (!ids) this.byHash.set(entry.row.textHash, (ids = new Set()))
    ids.add(entry.row.id)
  }

  private drop(id: string): void {
    const entry = this.entries.get(id)
    if (!entry) return
    this.engine.remove(entry.ordinal)
    if (entry.text) this.texts.forget(entry.text)
    this.entries.delete(id)
    this.byHash.get(entry.row.textHash)?.delete(id)
    this.changed()
  }

  /** Articles whose text is the same (see import/duplicates.ts). */
  withText(textHash: string): LibraryRow[] {
    return [...(this.byHash.get(textHash) ?? [])].map((id) => this.entries.get(id)!.row)
  }

  // ---- querying -------------------------------------------------------------

  async query(q: LibraryQuery): Promise<LibraryPage> {
    await this.sync()
    const f = q.filters ?? {}
    const key = JSON.stringify([q.query ?? '', q.prefix, q.fuzzy, q.sort, f])
    let found = this.cache.get(key)
    if (!found) {
      found = this.search(q)
      if (this.cache.size >= CACHED_QUERIES) this.cache.delete(this.cache.keys().next().value!)
      this.cache.set(key, found)
    }
    const { results, candidates, expansions } = found
    const offset = q.offset ?? 0
    const limit = q.limit ?? 50
    const searching = expansions.size > 0 || queryTerms(q.query ?? '').length > 0
    const items = results.slice(offset, offset + limit).map(({ row, score }) => this.item(row, score, searching ? expansions : null))
    if (this.dirty) this.scheduleSave()
    return { total: results.length, offset, limit, items, facets: (q.facets ?? offset === 0) ? facetsOf(candidates, results, f) : null }
  }

  /** The rows matching the query words (all rows without any), then the
   * filters, sorted. */
  private search(q: LibraryQuery): { results: Ranked[]; candidates: Ranked[]; expansions: Set<string> } {
    const terms = queryTerms(q.query ?? '')
    let candidates: Ranked[]
    let expansions = new Set<string>()
    if (terms.length) {
      const found = this.engine.search(terms, { prefix: q.prefix ?? true, fuzzy: q.fuzzy ?? true })
      expansions = found.expansions
      candidates = found.hits.map((h) => {
        const entry = this.entries.get(this.idOfOrdinal[h.ordinal])!
        return { row: entry.row, keys: keysOf(entry), score: h.score }
      })
    } else candidates = [...this.entries.values()].map((e) => ({ row: e.row, keys: keysOf(e), score: 0 }))
    const tests = filterTests(q.filters ?? {})
    const results = candidates.filter(({ row }) => tests.outlets(row) && tests.tags(row) && tests.other(row))
    results.sort(comparator(q, terms.length > 0))
    return { results, candidates, expansions }
  }

  private item(row: LibraryRow, score: number, terms: Set<string> | null): LibraryItem {
    const { id, title, outlet, author, publishedAt, language, url, tags, claimCount } = row
    const item: LibraryItem = { id, title, outlet, author, publishedAt, language, url, tags, claimCount }
    if (!terms) return item
    const text = this.textOf(row)
    return { ...item, score, titleHits: hitsIn(title, terms), snippet: text === null ? { text: '', hits: [] } : snippetOf(text, terms) }
  }

  /** An article's plain text for its snippet: from the texts file, or else
   * (not there yet, or not what the row says) from the article, and then
   * put in the texts file for next time. */
  private textOf(row: LibraryRow): string | null {
    const entry = this.entries.get(row.id)
    if (entry?.text) {
      const text = this.texts.read(entry.text)
      if (text !== null && text.length === row.textLength) return text
      this.texts.forget(entry.text)
      entry.text = null
    }
    const article = this.store.article(row.id)
    if (!article) return null
    const text = plainText(article.body)
    if (entry && text.length === row.textLength) {
      entry.text = this.texts.append(text)
      this.dirty = true
    }
    return text
  }

  // ---- saving -------------------------------------------------------------

  private changed(): void {
    this.cache.clear()
    this.dirty = true
    this.scheduleSave()
  }

  private scheduleSave(): void {
    if (this.saveTimer) return
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null
      void this.flush().catch(() => undefined)
    }, SAVE_DELAY_MS)
    this.saveTimer.unref()
  }

  /** Saves the index now if anything changed (an import calls this when it
   * ends). The saved form holds live documents only; when many have been
   * replaced, the index in memory is compacted to it too. */
  flush(): Promise<void> {
    if (this.saveTimer) {
      clearTimeout(this.saveTimer)
      this.saveTimer = null
    }
    const run = this.saving.then(async () => {
      if (!this.dirty || this.store.isClosed) return
      this.dirty = false
      const entries = [...this.entries.values()]
      const snapshot = this.engine.snapshot(entries.map((e) => e.ordinal))
      if (this.engine.deadCount > 100 && this.engine.deadCount > this.engine.size / 4) {
        this.engine = InvertedIndex.fromSnapshot(snapshot)
        this.idOfOrdinal = []
        entries.forEach((e, i) => {
          e.ordinal = i
          this.idOfOrdinal[i] = e.row.id
        })
      }
      try {
        const moved = this.texts.compact(entries.flatMap((e) => (e.text ? [e.text] : [])))
        if (moved) entries.filter((e) => e.text).forEach((e, i) => (e.text = moved[i]))
        // The texts on disk before the index that points at them.
        this.texts.sync()
        await saveIndexFile(this.store.dir, entries.map((e) => e.row), snapshot, { file: this.texts.name, at: entries.map((e) => e.text) })
        await this.texts.removeOthers()
      } catch (err) {
        this.dirty = true
        throw err
      }
    })
    this.saving = run.catch(() => undefined)
    return run
  }
}

const indexes = new WeakMap<WorkspaceStore, Promise<LibraryIndex>>()

/** The library index of an open workspace, opened on first use. */
export function libraryIndexFor(store: WorkspaceStore): Promise<LibraryIndex> {
  let index = indexes.get(store)
  if (!index) {
    index = LibraryIndex.open(store)
    indexes.set(store, index)
    index.catch(() => indexes.delete(store))
  }
  return index
}
