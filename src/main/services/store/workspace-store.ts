// The workspace on disk: a folder of plain JSON files, one lowdb instance per
// file (see DESIGN.md). This module knows files and schemas; what a method of
// the API means lives in ../api.
//
// Opening a workspace: take its lock (one writer per workspace), finish a
// restore a crash interrupted, migrate older schemas (after a backup), then
// read every file. A damaged file is moved aside and reported; a file from a
// newer Claimbook is left untouched and reported; the rest opens.
import { promises as fs } from 'node:fs'
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
import { AtomicJsonFile, DamagedFileError, NewerFileError } from './atomic-json-file'
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
  private articles = new Map<string, Low<ArticleData>>()
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
  private claimIndex = new ClaimIndex(() => this.allArticles())

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
    this.problems = []
    this.articles = new Map()
    this.foreignArticles = new Set()
    this.claimIndex = new ClaimIndex(() => this.allArticles())
    await this.prepare()
    await this.load()
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

  private async load(): Promise<void> {
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
    const names = (await fs.readdir(this.articlesDir)).filter((n) => n.endsWith('.json') && !n.startsWith('.')).sort()
    for (const name of names) {
      const file = path.join(this.articlesDir, name)
      const db = await this.openFile(file, ArticleFile, null)
      if (db?.data) this.articles.set(db.data.article.id, db as Low<ArticleData>)
      else if (db === null && (await exists(file))) this.foreignArticles.add(name.slice(0, -'.json'.length))
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
    const stamp = new Date().toISOString().replace(/[:.]/g, '-')
    const aside = `${file}.damaged-${stamp}`
    await fs.rename(file, aside)
    this.problems.push(
      `${path.relative(this.dir, file)} could not be read (${reason}). It was moved aside to ${path.relative(this.dir, aside)}; everything else is intact. Restore it from a backup (Backups) or repair it by hand.`,
    )
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

  allArticles(): Article[] {
    return [...this.articles.values()].map((db) => db.data.article)
  }

  article(id: string): Article | undefined {
    return this.articles.get(id)?.data.article
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
      const data: ArticleData = { schemaVersion: SCHEMA_VERSION, article }
      let db = this.articles.get(article.id)
      if (!db) db = new Low<ArticleData>(new AtomicJsonFile(path.join(this.articlesDir, `${article.id}.json`), ArticleFile), data)
      await db.adapter.write(data)
      db.data = data
      this.articles.set(article.id, db)
      this.claimIndex.invalidate(article.id)
    })
  }

  async deleteArticle(id: string): Promise<boolean> {
    if (!this.articles.has(id)) return false
    return this.write(async () => {
      if (!this.articles.has(id)) return false
      await fs.rm(path.join(this.articlesDir, `${id}.json`), { force: true })
      this.articles.delete(id)
      this.claimIndex.invalidate(id)
      return true
    })
  }
}
