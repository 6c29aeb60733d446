// The workspace on disk: a folder of plain JSON files, one lowdb instance per
// file (see DESIGN.md). This module knows files and schemas; what a method of
// the API means lives in ../api.
//
// Opening a workspace: take its lock (one writer per workspace), finish a
// restore a crash interrupted, migrate older schemas (after a backup), then
// read every file. A damaged file is moved aside and reported; a file from a
// newer Claimbook is left untouched and reported; the rest opens.
//
// Articles are the exception to "read every file": the store keeps each
// article's record (all but its body, article-record.ts) in memory, taken
// from the article catalog when the file's stamp says it is unchanged
// (article-catalog.ts), and reads a body from its file only when the whole
// article is asked for, keeping the last few hundred in a cache. An article
// file that changed behind the catalog's back is read and validated in full
// at open, as every file was before; one damaged later still is found when
// its body is read, set aside and reported the same way.
import { closeSync, fstatSync, openSync, readFileSync, renameSync, statSync, promises as fs } from 'node:fs'
import path from 'node:path'
import { Low } from 'lowdb'
import type { z } from 'zod'
import {
  ActorsFile,
  ArticleFile,
  EventsFile,
  MergesFile,
  SCHEMA_VERSION,
  WORKSPACE_FORMAT,
  WorkspaceFile,
  type Actor,
  type Article,
  type ClaimInContext,
  type Event,
  type MergeRecord,
} from '../../../shared/domain'
import { createSnapshot, finishInterruptedRestore } from '../backups/snapshots'
import { AtomicJsonFile, DamagedFileError, jsonFileText, NewerFileError, writeFilesAtomic } from './atomic-json-file'
import { loadCatalog, saveCatalog, stampOf, type CatalogEntry, type FileStamp } from './article-catalog'
import { ArticleCache } from './article-cache'
import { articleFileBytes } from './article-file-bytes'
import { recordOf, type ArticleRecord } from './article-record'
import { ClaimIndex } from './claim-index'
import { migrateWorkspace, pendingMigration } from './migrations'
import { acquireLock, releaseLock, WorkspaceLockedError } from './workspace-lock'

type ActorsData = z.infer<typeof ActorsFile>
type EventsData = z.infer<typeof EventsFile>
type ArticleData = z.infer<typeof ArticleFile>
type MergesData = z.infer<typeof MergesFile>
type WorkspaceData = z.infer<typeof WorkspaceFile>

/** A workspace folder that cannot be opened; the message says why and what
 * to do. */
export class WorkspaceOpenError extends Error {}

export type OpenOptions = {
  /** false: refuse a folder that does not exist (the app reopening the last
   * workspace) instead of creating a new, empty workspace there. */
  create?: boolean
}

const exists = (p: string) => fs.stat(p).then(() => true, () => false)

/** How many whole articles (with their bodies) stay in memory: enough for a
 * researcher's working set and a page of search snippets; the rest are read
 * again from their files (a fraction of a millisecond each). */
const CACHED_ARTICLES = 500
/** The catalog is saved on close, and while the workspace is open once this
 * many records changed, a moment after the last change: writing it costs a
 * tenth of a second at 10,000 articles, too much after every claim, and a
 * catalog behind by fewer only means that many files read at the next open. */
const CATALOG_CHANGES = 100
const CATALOG_DELAY_MS = 5_000
/** Article files read at once when opening (stat or a full read). */
const PARALLEL_READS = 32

/** Where an article's record came from: its file and that file's stamp. */
type Source = { file: string; stamp: FileStamp }

/** What reading one article file in full gave. */
type ArticleRead =
  | { kind: 'article'; article: Article; stamp: FileStamp }
  | { kind: 'damaged'; reason: string }
  | { kind: 'newer' }
  | { kind: 'missing' }
  | { kind: 'unreadable'; message: string }

/** Reads and validates one article file; the stamp is the one of the bytes
 * read (fstat on the same descriptor). Synchronous, for a body asked for by
 * `article(id)`; `readArticleFile` below does the same asynchronously, for
 * the many files an open may read at once. */
function readArticleFileSync(file: string): ArticleRead {
  let text: string
  let stamp: FileStamp
  try {
    const fd = openSync(file, 'r')
    try {
      stamp = stampOf(fstatSync(fd))
      text = readFileSync(fd, 'utf8')
    } finally {
      closeSync(fd)
    }
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT' ? { kind: 'missing' } : { kind: 'unreadable', message: (err as Error).message }
  }
  return parseArticle(file, text, stamp)
}

async function readArticleFile(file: string): Promise<ArticleRead> {
  let text: string
  let stamp: FileStamp
  try {
    const handle = await fs.open(file, 'r')
    try {
      stamp = stampOf(await handle.stat())
      text = await handle.readFile('utf8')
    } finally {
      await handle.close()
    }
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT' ? { kind: 'missing' } : { kind: 'unreadable', message: (err as Error).message }
  }
  return parseArticle(file, text, stamp)
}

function parseArticle(file: string, text: string, stamp: FileStamp): ArticleRead {
  try {
    return { kind: 'article', article: articleAdapter(file).parse(text).article, stamp }
  } catch (err) {
    if (err instanceof NewerFileError) return { kind: 'newer' }
    if (err instanceof DamagedFileError) return { kind: 'damaged', reason: err.reason }
    throw err
  }
}

const articleAdapter = (file: string) => new AtomicJsonFile<ArticleData>(file, ArticleFile, SCHEMA_VERSION, articleFileBytes)

/** `fn` over `items`, at most `limit` at a time; results in item order. */
async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      out[i] = await fn(items[i])
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return out
}

/** Removes the `.name.pid.random.tmp` files writeFileAtomic leaves when the
 * process dies between writing and renaming. */
async function removeTempFiles(dir: string): Promise<void> {
  for (const folder of [dir, path.join(dir, 'articles')]) {
    const names = await fs.readdir(folder).catch(() => [] as string[])
    for (const name of names) if (name.startsWith('.') && name.endsWith('.tmp')) await fs.rm(path.join(folder, name), { force: true })
  }
}

export class WorkspaceStore {
  /** Files that could not be read, and anything else the user must know
   * about this workspace, each with what they can do. */
  problems: string[] = []
  /** Every article without its body, in file name order (new ones last). */
  private records = new Map<string, ArticleRecord>()
  private sources = new Map<string, Source>()
  /** Whole articles recently read or written. */
  private cache = new ArticleCache(CACHED_ARTICLES)
  private catalogDirty = false
  /** Records changed since the catalog was last saved. */
  private catalogChanges = 0
  private recordsVersion = 0
  private catalogTimer: NodeJS.Timeout | null = null
  private catalogSaving: Promise<void> = Promise.resolve()
  /** How many article files were read in full since the workspace was
   * opened (the catalog's worth shows here: 0 after an unchanged open). */
  articleFilesRead = 0
  /** Ids of article files from a newer Claimbook: never overwritten. */
  private foreignArticles = new Set<string>()
  private workspaceDb!: Low<WorkspaceData>
  private actorsDb!: Low<ActorsData>
  private eventsDb!: Low<EventsData>
  /** Undo records of actor merges (merges.json); null when that file is from
   * a newer Claimbook or unreadable. */
  private mergesDb: Low<MergesData> | null = null
  /** Every change to the folder runs in this queue, so a restore or a
   * snapshot never sees half of a bulk change. */
  private writes: Promise<unknown> = Promise.resolve()
  private closed = false
  private claimIndex = new ClaimIndex(() => this.records.values())

  private constructor(readonly dir: string) {}

  static async open(dir: string, options: OpenOptions = {}): Promise<WorkspaceStore> {
    const store = new WorkspaceStore(path.resolve(dir))
    if (!(await exists(store.dir))) {
      if (options.create === false) {
        throw new WorkspaceOpenError(
          `The workspace folder ${store.dir} no longer exists. It may have been moved, renamed or deleted: open it from where it is now (File › Open Workspace…), or restore the folder from your computer's backups.`,
        )
      }
      await fs.mkdir(store.dir, { recursive: true })
    }
    let hold: 'taken' | 'shared'
    try {
      hold = await acquireLock(store.dir)
    } catch (err) {
      if (err instanceof WorkspaceLockedError) throw new WorkspaceOpenError(err.message)
      throw err
    }
    try {
      // Temp files of a writer that was killed mid-save; only safe to remove
      // when no other store of this process may be writing.
      if (hold === 'taken') await removeTempFiles(store.dir)
      await store.prepare()
      await store.load()
    } catch (err) {
      await releaseLock(store.dir)
      throw err
    }
    return store
  }

  get articlesDir(): string {
    return path.join(this.dir, 'articles')
  }

  /** Lets go of the workspace: waits for pending writes, then releases the
   * lock. The store refuses changes afterwards. */
  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    await this.writes.catch(() => undefined)
    await this.flushCatalog().catch(() => undefined)
    await releaseLock(this.dir)
  }

  get isClosed(): boolean {
    return this.closed
  }

  /** Runs `fn` while no write of this store is under way (and holds back
   * later writes until it is done). `fn` must not call the store's own write
   * methods, which would wait for it. */
  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new Error('This workspace has been closed; open it again to make changes.'))
    const run = this.writes.then(fn)
    this.writes = run.catch(() => undefined)
    return run
  }

  /** Reads the whole workspace again from disk (after a restore, which may
   * have brought back files of an older schema: they are migrated again). */
  async reload(): Promise<void> {
    // What is known now stands in for the saved catalog: files the restore
    // replaced have new stamps and are read again.
    const known = this.catalogEntries()
    this.problems = []
    this.records = new Map()
    this.sources = new Map()
    this.cache = new ArticleCache(CACHED_ARTICLES)
    this.foreignArticles = new Set()
    this.claimIndex = new ClaimIndex(() => this.records.values())
    this.articleFilesRead = 0
    this.recordsVersion++
    await this.prepare()
    await this.load(known)
  }

  /** What must happen before the files can be read: an interrupted restore
   * is finished, an older schema is migrated with a backup taken first. */
  private async prepare(): Promise<void> {
    const restored = await finishInterruptedRestore(this.dir)
    if (restored) this.problems.push(restored)
    const from = await pendingMigration(this.dir)
    if (from === null) return
    const backup = await createSnapshot(this.dir, `before upgrading from schema ${from} to ${SCHEMA_VERSION}`)
    await migrateWorkspace(this.dir)
    this.problems.push(
      `This workspace was upgraded from an older Claimbook (schema ${from} to ${SCHEMA_VERSION}). A backup of the old version was taken first (${backup?.id}); restore it from Backups if anything looks wrong.`,
    )
  }

  private async load(known?: Map<string, CatalogEntry>): Promise<void> {
    const hadWorkspaceFile = await exists(path.join(this.dir, 'workspace.json'))
    const hadArticles = await exists(this.articlesDir)
    const hadRegistry = (await exists(path.join(this.dir, 'actors.json'))) || (await exists(path.join(this.dir, 'events.json')))
    if (hadWorkspaceFile && !hadArticles) {
      this.problems.push(
        'The articles folder of this workspace was missing; an empty one was created. If it was moved or deleted by mistake, put it back (or restore a backup from Backups) and open the workspace again.',
      )
    } else if (!hadWorkspaceFile && (hadArticles || hadRegistry)) {
      this.problems.push('workspace.json was missing from this workspace; a new one was written. Your articles, actors and events are as they were.')
    }
    await fs.mkdir(this.articlesDir, { recursive: true })
    await this.loadWorkspaceFile()
    this.actorsDb = await this.openRequired(path.join(this.dir, 'actors.json'), ActorsFile, { schemaVersion: SCHEMA_VERSION, actors: [] })
    this.eventsDb = await this.openRequired(path.join(this.dir, 'events.json'), EventsFile, { schemaVersion: SCHEMA_VERSION, events: [] })
    this.mergesDb = await this.openFile(path.join(this.dir, 'merges.json'), MergesFile, { schemaVersion: SCHEMA_VERSION, merges: [] })
    await this.loadArticles(known ?? (await loadCatalog(this.dir)))
  }

  /** Takes each article's record from the catalog when its file is the one
   * the record was made from, and reads the others in full (in parallel; the
   * results are taken in file name order, so problems are listed in it). */
  private async loadArticles(known: Map<string, CatalogEntry>): Promise<void> {
    const names = (await fs.readdir(this.articlesDir)).filter((n) => n.endsWith('.json') && !n.startsWith('.')).sort()
    type Outcome = ArticleRead | { kind: 'unchanged'; entry: CatalogEntry }
    const outcomes = await mapLimited(names, PARALLEL_READS, async (name): Promise<Outcome> => {
      const file = path.join(this.articlesDir, name)
      const entry = known.get(name.slice(0, -'.json'.length))
      if (entry && `${entry.record.id}.json` === name) {
        const stamp = await fs.stat(file).then(stampOf, () => null)
        if (stamp === entry.stamp) return { kind: 'unchanged', entry }
      }
      this.articleFilesRead++
      return readArticleFile(file)
    })
    for (let i = 0; i < names.length; i++) {
      const file = path.join(this.articlesDir, names[i])
      const outcome = outcomes[i]
      if (outcome.kind === 'unchanged') {
        this.records.set(outcome.entry.record.id, outcome.entry.record)
        this.sources.set(outcome.entry.record.id, { file, stamp: outcome.entry.stamp })
      } else if (outcome.kind === 'article') {
        this.catalogDirty = true
        this.records.set(outcome.article.id, recordOf(outcome.article))
        this.sources.set(outcome.article.id, { file, stamp: outcome.stamp })
      } else await this.reportArticleRead(file, outcome)
    }
    if (this.catalogDirty || known.size !== this.records.size) {
      // Read in full at this open: saved soon, whatever their number.
      this.catalogChanges = CATALOG_CHANGES
      this.catalogChanged()
    }
  }

  /** Says what went wrong with an article file, as for every other file. */
  private async reportArticleRead(file: string, outcome: Exclude<ArticleRead, { kind: 'article' }>): Promise<void> {
    const name = path.relative(this.dir, file)
    if (outcome.kind === 'damaged') await this.setAside(file, outcome.reason)
    else if (outcome.kind === 'newer') {
      this.foreignArticles.add(path.basename(file, '.json'))
      this.problems.push(`${name} was written by a newer Claimbook and was left untouched; update Claimbook to use it.`)
    } else if (outcome.kind === 'unreadable') {
      this.problems.push(`${name} could not be read (${outcome.message}). It was left where it is; check that the file can be read, then open the workspace again.`)
    }
  }

  private async loadWorkspaceFile(): Promise<void> {
    const file = path.join(this.dir, 'workspace.json')
    const adapter = new AtomicJsonFile(file, WorkspaceFile, SCHEMA_VERSION)
    let data: WorkspaceData | null
    try {
      data = await adapter.read()
    } catch (err) {
      if (err instanceof NewerFileError) {
        throw new WorkspaceOpenError(
          `This workspace was written by a newer version of Claimbook (schema ${err.version}; this one reads ${SCHEMA_VERSION}). Update Claimbook to open it.`,
        )
      }
      if (!(err instanceof DamagedFileError)) throw err
      await this.setAside(file, err.reason)
      data = null
    }
    if (!data) {
      data = { format: WORKSPACE_FORMAT, schemaVersion: SCHEMA_VERSION, createdAt: new Date().toISOString(), settings: {} }
      await adapter.write(data)
    }
    this.workspaceDb = new Low(adapter, data)
    this.workspaceDb.data = data
  }

  /** Reads one file into a lowdb instance. A damaged file is moved aside
   * (never overwritten) and reported; the workspace opens without it. A file
   * from a newer Claimbook is left where it is and reported (null). */
  private async openFile<T extends { schemaVersion: number }>(file: string, schema: z.ZodType<T>, fallback: T | null): Promise<Low<T> | null> {
    const db = new Low<T>(new AtomicJsonFile(file, schema, SCHEMA_VERSION), fallback as T)
    try {
      await db.read()
    } catch (err) {
      if (err instanceof NewerFileError) {
        this.problems.push(`${path.relative(this.dir, file)} was written by a newer Claimbook and was left untouched; update Claimbook to use it.`)
        return null
      }
      if (err instanceof DamagedFileError) {
        await this.setAside(file, err.reason)
        db.data = fallback as T
      } else {
        // Not a content problem (permissions, a folder where a file should
        // be): nothing can be moved safely, so it is only reported.
        this.problems.push(`${path.relative(this.dir, file)} could not be read (${(err as Error).message}). It was left where it is; check that the file can be read, then open the workspace again.`)
        return null
      }
    }
    return db
  }

  /** A registry file every article depends on: from a newer Claimbook (or
   * unreadable), the whole workspace waits rather than run without it. */
  private async openRequired<T extends { schemaVersion: number }>(file: string, schema: z.ZodType<T>, fallback: T): Promise<Low<T>> {
    const db = await this.openFile(file, schema, fallback)
    if (!db) throw new WorkspaceOpenError(`${path.basename(file)} in this workspace cannot be used: ${this.problems[this.problems.length - 1]}`)
    return db
  }

  private async setAside(file: string, reason: string): Promise<void> {
    const aside = asideName(file)
    await fs.rename(file, aside)
    this.problems.push(this.setAsideProblem(file, aside, reason))
  }

  private setAsideProblem(file: string, aside: string, reason: string): string {
    return `${path.relative(this.dir, file)} could not be read (${reason}). It was moved aside to ${path.relative(this.dir, aside)}; everything else is intact. Restore it from a backup (Backups) or repair it by hand.`
  }

  /** Queues a change to the folder (see `writes`). */
  private write<T>(fn: () => Promise<T>): Promise<T> {
    return this.exclusive(fn)
  }

  // ---- workspace settings -------------------------------------------------

  get settings(): Readonly<Record<string, unknown>> {
    return this.workspaceDb.data.settings
  }

  async updateSettings(fn: (settings: Record<string, unknown>) => Record<string, unknown>): Promise<void> {
    await this.write(async () => {
      const next = { ...this.workspaceDb.data, settings: fn(structuredClone(this.workspaceDb.data.settings)) }
      await this.workspaceDb.adapter.write(next)
      this.workspaceDb.data = next
    })
  }

  // ---- actors and events -------------------------------------------------

  get actors(): readonly Actor[] {
    return this.actorsDb.data.actors
  }

  async updateActors(fn: (actors: Actor[]) => Actor[]): Promise<void> {
    await this.write(async () => {
      const next = fn(structuredClone(this.actorsDb.data.actors))
      await this.actorsDb.adapter.write({ schemaVersion: SCHEMA_VERSION, actors: next })
      this.actorsDb.data = { schemaVersion: SCHEMA_VERSION, actors: next }
    })
  }

  get events(): readonly Event[] {
    return this.eventsDb.data.events
  }

  async updateEvents(fn: (events: Event[]) => Event[]): Promise<void> {
    await this.write(async () => {
      const next = fn(structuredClone(this.eventsDb.data.events))
      await this.eventsDb.adapter.write({ schemaVersion: SCHEMA_VERSION, events: next })
      this.eventsDb.data = { schemaVersion: SCHEMA_VERSION, events: next }
    })
  }

  // ---- undo records of actor merges ---------------------------------------

  get merges(): readonly MergeRecord[] {
    return this.mergesDb?.data.merges ?? []
  }

  async updateMerges(fn: (merges: MergeRecord[]) => MergeRecord[]): Promise<void> {
    const db = this.mergesDb
    if (!db) throw new Error('merges.json in this workspace cannot be used (see the workspace problems), so merges cannot be recorded or undone here.')
    await this.write(async () => {
      const next = fn(structuredClone(db.data.merges))
      await db.adapter.write({ schemaVersion: SCHEMA_VERSION, merges: next })
      db.data = { schemaVersion: SCHEMA_VERSION, merges: next }
    })
  }

  // ---- articles ----------------------------------------------------------

  /** Every article with its body. Reads every body not in the cache from
   * its file: for all articles of a large workspace that takes seconds, so
   * code that needs no text uses articleRecords(). */
  allArticles(): Article[] {
    const out: Article[] = []
    for (const id of [...this.records.keys()]) {
      const article = this.article(id)
      if (article) out.push(article)
    }
    return out
  }

  /** Every article without its body, in the store's order. */
  articleRecords(): ArticleRecord[] {
    return [...this.records.values()]
  }

  articleRecord(id: string): ArticleRecord | undefined {
    return this.records.get(id)
  }

  get articleCount(): number {
    return this.records.size
  }

  /** Grows with every change to the articles' records (a save, a delete, a
   * file found changed or damaged, a reload), so that followers such as the
   * search index can tell in one comparison whether anything changed. */
  get articlesVersion(): number {
    return this.recordsVersion
  }

  /** The whole article, its body read from its file unless it is cached. A
   * file found damaged now is set aside and reported (workspace problems)
   * as at open, and the article is gone from the workspace. */
  article(id: string): Article | undefined {
    const cached = this.cache.get(id)
    if (cached) return cached
    const source = this.sources.get(id)
    if (!source) return undefined
    this.articleFilesRead++
    const outcome = readArticleFileSync(source.file)
    if (outcome.kind === 'article' && outcome.article.id === id) {
      const { article, stamp } = outcome
      if (stamp !== source.stamp) {
        // Changed by another program since it was read: its record follows.
        this.records.set(id, recordOf(article))
        this.sources.set(id, { file: source.file, stamp })
        this.claimIndex.invalidate(id)
        this.catalogChanged()
      }
      this.cache.set(id, article)
      return article
    }
    this.forgetArticle(id)
    const name = path.relative(this.dir, source.file)
    if (outcome.kind === 'article') {
      this.problems.push(`${name} now holds another article (${outcome.article.id}) than when the workspace was opened. Close the workspace and open it again.`)
    } else if (outcome.kind === 'damaged') {
      const aside = asideName(source.file)
      try {
        renameSync(source.file, aside)
        this.problems.push(this.setAsideProblem(source.file, aside, outcome.reason))
      } catch (err) {
        this.problems.push(`${name} could not be read (${outcome.reason}) nor moved aside (${(err as Error).message}). It was left where it is; restore it from a backup (Backups) or repair it by hand.`)
      }
    } else if (outcome.kind === 'newer') {
      this.foreignArticles.add(id)
      this.problems.push(`${name} was written by a newer Claimbook and was left untouched; update Claimbook to use it.`)
    } else if (outcome.kind === 'missing') {
      this.problems.push(`${name} is no longer in the workspace folder (moved or deleted by another program). Restore it from a backup (Backups) if it was removed by mistake.`)
    } else {
      this.problems.push(`${name} could not be read (${outcome.message}). It was left where it is; check that the file can be read, then open the workspace again.`)
    }
    return undefined
  }

  private forgetArticle(id: string): void {
    this.records.delete(id)
    this.sources.delete(id)
    this.cache.delete(id)
    this.claimIndex.invalidate(id)
    this.catalogChanged()
  }

  /** Every claim with its article, in article then text order (shared and
   * read-only; see ClaimIndex). */
  claimsInContext(): readonly ClaimInContext[] {
    return this.claimIndex.all()
  }

  /** Writes an article file; memory changes only once the write is on disk,
   * so a failed save never leaves the app showing what was not saved. */
  async putArticle(article: Article): Promise<void> {
    if (this.foreignArticles.has(article.id)) throw new Error(`articles/${article.id}.json was written by a newer Claimbook and is never overwritten.`)
    await this.write(async () => {
      const file = path.join(this.articlesDir, `${article.id}.json`)
      await articleAdapter(file).write({ schemaVersion: SCHEMA_VERSION, article })
      this.rememberWritten(article, file)
    })
  }

  /** Once an article's file is on disk: its record, source stamp and cache
   * entry follow it. No stamp (a failed stat) means the catalog entry never
   * matches, and the file is read in full on the next open. */
  private rememberWritten(article: Article, file: string): void {
    // Synchronously: the file was just written so, and a trip through the
    // thread pool would hold a reader's save up on a busy machine.
    let stamp: FileStamp = ''
    try {
      stamp = stampOf(statSync(file))
    } catch {
      /* no stamp: the file is read in full on the next open */
    }
    this.records.set(article.id, recordOf(article))
    this.sources.set(article.id, { file, stamp })
    this.cache.set(article.id, article)
    this.claimIndex.invalidate(article.id)
    this.catalogChanged()
  }

  /** Writes several articles at once (a batch import's group): their files
   * are written and synced together, the folder synced once. Returns, for
   * each, null once it is on disk (and in memory), or why it could not be
   * saved; memory changes only for those on disk. */
  async putArticles(articles: Article[]): Promise<(Error | null)[]> {
    return this.write(async () => {
      const refused = articles.map((a) => (this.foreignArticles.has(a.id) ? new Error(`articles/${a.id}.json was written by a newer Claimbook and is never overwritten.`) : null))
      const writable = articles.filter((_, i) => !refused[i])
      const written = await writeFilesAtomic(
        this.articlesDir,
        writable.map((article) => ({ name: `${article.id}.json`, text: jsonFileText({ schemaVersion: SCHEMA_VERSION, article }) })),
      )
      const errors = new Map(writable.map((a, i) => [a, written[i]]))
      for (const article of writable) {
        if (errors.get(article)) continue
        this.rememberWritten(article, path.join(this.articlesDir, `${article.id}.json`))
      }
      return articles.map((a, i) => refused[i] ?? errors.get(a) ?? null)
    })
  }

  async deleteArticle(id: string): Promise<boolean> {
    if (!this.records.has(id)) return false
    return this.write(async () => {
      const source = this.sources.get(id)
      if (!source) return false
      await fs.rm(source.file, { force: true })
      this.forgetArticle(id)
      return true
    })
  }

  // ---- the article catalog ---------------------------------------------------

  private catalogEntries(): Map<string, CatalogEntry> {
    const entries = new Map<string, CatalogEntry>()
    for (const [id, record] of this.records) {
      const source = this.sources.get(id)
      // Only files named after their article can be found by name on open.
      if (source?.stamp && path.basename(source.file) === `${id}.json`) entries.set(id, { stamp: source.stamp, record })
    }
    return entries
  }

  private catalogChanged(): void {
    this.recordsVersion++
    this.catalogDirty = true
    if (++this.catalogChanges < CATALOG_CHANGES || this.catalogTimer) return
    this.catalogTimer = setTimeout(() => {
      this.catalogTimer = null
      void this.flushCatalog().catch(() => undefined)
    }, CATALOG_DELAY_MS)
    this.catalogTimer.unref()
  }

  /** Saves the article catalog now if anything changed. */
  flushCatalog(): Promise<void> {
    if (this.catalogTimer) {
      clearTimeout(this.catalogTimer)
      this.catalogTimer = null
    }
    const run = this.catalogSaving.then(async () => {
      if (!this.catalogDirty) return
      this.catalogDirty = false
      this.catalogChanges = 0
      try {
        await saveCatalog(this.dir, this.catalogEntries().values())
      } catch (err) {
        this.catalogDirty = true
        throw err
      }
    })
    this.catalogSaving = run.catch(() => undefined)
    return run
  }
}

/** Where a damaged file is moved: beside it, never over anything. */
function asideName(file: string): string {
  return `${file}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`
}
