// The workspace on disk: a folder of plain JSON files, one lowdb instance per
// file (see DESIGN.md). This module knows files and schemas; what a method of
// the API means lives in ../api.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { Low } from 'lowdb'
import type { z } from 'zod'
import {
  ActorsFile,
  ArticleFile,
  EventsFile,
  SCHEMA_VERSION,
  WORKSPACE_FORMAT,
  WorkspaceFile,
  type Actor,
  type Article,
  type Event,
} from '../../../shared/domain'
import { AtomicJsonFile, DamagedFileError } from './atomic-json-file'

type ActorsData = z.infer<typeof ActorsFile>
type EventsData = z.infer<typeof EventsFile>
type ArticleData = z.infer<typeof ArticleFile>

/** A workspace folder whose own workspace.json cannot be used. */
export class WorkspaceOpenError extends Error {}

export class WorkspaceStore {
  /** Files that could not be read, each with what the user can do. */
  readonly problems: string[] = []
  private readonly articles = new Map<string, Low<ArticleData>>()
  private actorsDb!: Low<ActorsData>
  private eventsDb!: Low<EventsData>

  private constructor(readonly dir: string) {}

  static async open(dir: string): Promise<WorkspaceStore> {
    const store = new WorkspaceStore(path.resolve(dir))
    await store.load()
    return store
  }

  get articlesDir(): string {
    return path.join(this.dir, 'articles')
  }

  private async load(): Promise<void> {
    await fs.mkdir(this.articlesDir, { recursive: true })
    await this.loadWorkspaceFile()
    this.actorsDb = await this.openRequired(path.join(this.dir, 'actors.json'), ActorsFile, { schemaVersion: SCHEMA_VERSION, actors: [] })
    this.eventsDb = await this.openRequired(path.join(this.dir, 'events.json'), EventsFile, { schemaVersion: SCHEMA_VERSION, events: [] })
    const names = (await fs.readdir(this.articlesDir)).filter((n) => n.endsWith('.json') && !n.startsWith('.')).sort()
    for (const name of names) {
      const db = await this.openFile(path.join(this.articlesDir, name), ArticleFile, null)
      if (db?.data) this.articles.set(db.data.article.id, db as Low<ArticleData>)
    }
  }

  private async loadWorkspaceFile(): Promise<void> {
    const file = path.join(this.dir, 'workspace.json')
    const adapter = new AtomicJsonFile(file, WorkspaceFile)
    let data: z.infer<typeof WorkspaceFile> | null
    try {
      data = await adapter.read()
    } catch (err) {
      if (!(err instanceof DamagedFileError)) throw err
      await this.setAside(file, err.reason)
      data = null
    }
    if (data && data.schemaVersion > SCHEMA_VERSION) {
      throw new WorkspaceOpenError(
        `This workspace was written by a newer version of Claimbook (schema ${data.schemaVersion}; this one reads ${SCHEMA_VERSION}). Update Claimbook to open it.`,
      )
    }
    if (!data) await adapter.write({ format: WORKSPACE_FORMAT, schemaVersion: SCHEMA_VERSION, createdAt: new Date().toISOString(), settings: {} })
  }

  /** Reads one file into a lowdb instance. A damaged file is moved aside
   * (never overwritten) and reported; the workspace opens without it. */
  private async openFile<T extends { schemaVersion: number }>(file: string, schema: z.ZodType<T>, fallback: T | null): Promise<Low<T> | null> {
    const db = new Low<T>(new AtomicJsonFile(file, schema), fallback as T)
    try {
      await db.read()
    } catch (err) {
      if (!(err instanceof DamagedFileError)) throw err
      await this.setAside(file, err.reason)
      db.data = fallback as T
    }
    if (db.data && db.data.schemaVersion > SCHEMA_VERSION) {
      this.problems.push(`${path.relative(this.dir, file)} was written by a newer Claimbook and was left untouched; update Claimbook to use it.`)
      return null
    }
    return db
  }

  /** A registry file every article depends on: from a newer Claimbook, the
   * whole workspace waits for an update rather than run without it. */
  private async openRequired<T extends { schemaVersion: number }>(file: string, schema: z.ZodType<T>, fallback: T): Promise<Low<T>> {
    const db = await this.openFile(file, schema, fallback)
    if (!db) throw new WorkspaceOpenError(`${path.basename(file)} in this workspace was written by a newer Claimbook. Update Claimbook to open it.`)
    return db
  }

  private async setAside(file: string, reason: string): Promise<void> {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-')
    const aside = `${file}.damaged-${stamp}`
    await fs.rename(file, aside)
    this.problems.push(
      `${path.relative(this.dir, file)} could not be read (${reason}). It was moved aside to ${path.relative(this.dir, aside)}; everything else is intact. Restore it from a backup or repair it by hand.`,
    )
  }

  // ---- actors and events -------------------------------------------------

  get actors(): readonly Actor[] {
    return this.actorsDb.data.actors
  }

  async updateActors(fn: (actors: Actor[]) => Actor[]): Promise<void> {
    const next = fn(structuredClone(this.actorsDb.data.actors))
    await this.actorsDb.adapter.write({ schemaVersion: SCHEMA_VERSION, actors: next })
    this.actorsDb.data = { schemaVersion: SCHEMA_VERSION, actors: next }
  }

  get events(): readonly Event[] {
    return this.eventsDb.data.events
  }

  async updateEvents(fn: (events: Event[]) => Event[]): Promise<void> {
    const next = fn(structuredClone(this.eventsDb.data.events))
    await this.eventsDb.adapter.write({ schemaVersion: SCHEMA_VERSION, events: next })
    this.eventsDb.data = { schemaVersion: SCHEMA_VERSION, events: next }
  }

  // ---- articles ----------------------------------------------------------

  allArticles(): Article[] {
    return [...this.articles.values()].map((db) => db.data.article)
  }

  article(id: string): Article | undefined {
    return this.articles.get(id)?.data.article
  }

  /** Writes an article file; memory changes only once the write is on disk,
   * so a failed save never leaves the app showing what was not saved. */
  async putArticle(article: Article): Promise<void> {
    const data: ArticleData = { schemaVersion: SCHEMA_VERSION, article }
    let db = this.articles.get(article.id)
    if (!db) db = new Low<ArticleData>(new AtomicJsonFile(path.join(this.articlesDir, `${article.id}.json`), ArticleFile), data)
    await db.adapter.write(data)
    db.data = data
    this.articles.set(article.id, db)
  }

  async deleteArticle(id: string): Promise<boolean> {
    if (!this.articles.has(id)) return false
    await fs.rm(path.join(this.articlesDir, `${id}.json`), { force: true })
    this.articles.delete(id)
    return true
  }
}
