// A batch import, run as a job: files one at a time, each recognised as a
// duplicate or stored as an article with its metadata (from the file,
// overridden by its row of the metadata table) and its brat annotations as
// claims. One bad file never stops the batch: it is listed in the summary
// with what is wrong. Nothing is written for a file that fails, and nothing
// else in the workspace changes.
//
// The heavy work (parsing, counting words) runs in parser workers, a few
// files ahead of the main thread, which only checks duplicates,
// builds the article and writes it. Articles are written in groups, after the
// actors they point at: one write of actors.json per group rather than per
// article (every write is synced to disk, and a corpus brings thousands of
// new speakers).
import os from 'node:os'
import path from 'node:path'
import { setImmediate as nextTurn } from 'node:timers/promises'
import type { ImportSummary } from '../../../shared/contract-import'
import type { Article } from '../../../shared/domain'
import { ActorMatcher } from '../corpus/actor-match'
import { annotatorOf, parseAnn } from '../corpus/brat'
import { claimsFromBrat } from '../corpus/brat-claims'
import type { MetadataTable } from '../corpus/metadata'
import { splitVerbatim } from '../corpus/verbatim'
import { ahead } from '../jobs/ahead'
import type { JobContext } from '../jobs/job-registry'
import type { LibraryIndex } from '../search/library-index'
import type { WorkspaceStore } from '../store/workspace-store'
import { buildArticle, validArticle } from './article-builder'
import { BadFileError, decodeTextDetailed } from './decode'
import { sizeProblem } from './limits'
import { ParsePool } from './parse-pool'
import type { PreparedFile } from './prepare'
import type { AnnotationFile, ImportSource, SourceFile } from './sources'

/** What happened to one file, as it happens (the command line prints it). */
export type FileResult =
  | { file: string; outcome: 'imported'; articleId: string; title: string; claims: number; duplicateOf: string | null }
  | { file: string; outcome: 'duplicate'; existingId: string; existingTitle: string }
  | { file: string; outcome: 'failed' | 'skipped' | 'warning'; reason: string }

export type BatchOptions = {
  onDuplicate: 'skip' | 'keep'
  annotators: 'first' | 'all'
  table: MetadataTable | null
  onResult?: (result: FileResult) => void
}

export const emptySummary = (): ImportSummary => ({
  imported: 0,
  duplicates: 0,
  failed: 0,
  skipped: 0,
  claims: 0,
  actorsCreated: 0,
  failures: [],
  skips: [],
  duplicateFiles: [],
  warnings: [],
  recent: [],
  parsing: 'worker',
})

const RECENT = 20
/** Files read and parsed ahead of the one being stored. */
const LOOKAHEAD = 2
/** Articles written together (see commit). */
const COMMIT_GROUP = 25
const COMMIT_MS = 1_000

type Prepared = { fileName: string; bytes: Uint8Array; annotations: AnnotationFile[]; row: number | null; parsed: PreparedFile }
type Known = { id: string; title: string }
/** A file's outcome waiting for the next commit, so that outcomes are told
 * in file order and an article counts as imported once it is on disk. */
type Staged = { file: string; article: Article; parsed: PreparedFile; same: Known | undefined; warnings: string[] } | { file: string; duplicateOf: Known }

/** The job's work. The library index is opened inside it (on a large
 * workspace without a saved index that takes a while; the call that starts
 * the import must not wait for it). */
export function batchImport(store: WorkspaceStore, openIndex: () => Promise<LibraryIndex>, source: ImportSource, options: BatchOptions) {
  return async (job: JobContext<ImportSummary>) => new BatchImport(store, await openIndex(), source, options, job).run()
}

/** Parser workers: two where there are two cores (the main thread mostly
 * waits for the disk meanwhile), one on a single core. */
const WORKERS = Math.min(2, os.availableParallelism())

class BatchImport {
  private readonly pools = Array.from({ length: WORKERS }, () => new ParsePool())
  private nextPool = 0
  private readonly matcher: ActorMatcher
  private readonly summary: ImportSummary
  private readonly report: (result: FileResult) => void
  private readonly staged: Staged[] = []
  /** Texts staged but not yet written, for duplicates within a group. */
  private readonly stagedTexts = new Map<string, Known>()
  private lastCommit = performance.now()
  private done = 0
  /** Why the last write of new actors failed. */
  private actorsProblem = ''

  constructor(
    private readonly store: WorkspaceStore,
    private readonly index: LibraryIndex,
    private readonly source: ImportSource,
    private readonly options: BatchOptions,
    private readonly job: JobContext<ImportSummary>,
  ) {
    this.matcher = new ActorMatcher(store.actors)
    this.summary = job.summary
    this.report = options.onResult ?? (() => undefined)
  }

  async run(): Promise<void> {
    const { signal } = this.job
    // Cancelling stops a long parse at once (the worker is stopped).
    signal.addEventListener('abort', () => void this.closePools(), { once: true })
    this.job.progress({ total: this.source.total })
    await this.index.sync()
    try {
      const start = (file: SourceFile) => {
        const ready = this.prepare(file)
        ready.catch(() => undefined) // handled when its turn comes
        return ready
      }
      for await (const { item: file, started: ready } of ahead(this.source.files(signal), LOOKAHEAD, start)) {
        await this.finish({ file, ready })
        if (signal.aborted) break
      }
      // What was read before a cancel is kept, like what was written.
      await this.commit()
      if (!signal.aborted) {
        const table = this.options.table
        for (const name of table?.unmatched() ?? []) this.skip(name, `listed in the metadata table (${table!.fileName}), but no file of that name was imported.`)
        for (const name of this.source.unusedAnnotations()) this.skip(name, 'brat annotations without a .txt file of the same name beside them; nothing was imported from it.')
      }
      const problem = this.source.problem?.()
      if (problem) this.summary.warnings.push({ file: '', message: problem })
    } finally {
      this.summary.parsing = this.pools[0].mode
      await this.closePools()
      await this.index.flush().catch(() => undefined)
    }
  }

  private async closePools(): Promise<void> {
    await Promise.all(this.pools.map((p) => p.close()))
  }

  private async finish({ file, ready }: { file: SourceFile; ready: Promise<Prepared> }): Promise<void> {
    this.job.progress({ current: file.name, total: this.source.total })
    try {
      await this.take(file, await ready)
    } catch (err) {
      // Cancelled while this file was being read: it is not a failure.
      if (this.job.signal.aborted) return
      // A file the importer understood to be bad says why; anything else
      // (a disk error) is reported as it is.
      this.fail(file.name, err instanceof BadFileError ? err.message : `it could not be imported: ${(err as Error).message}`)
    }
    this.job.progress({ done: ++this.done })
    if (this.staged.length >= COMMIT_GROUP || performance.now() - this.lastCommit > COMMIT_MS) await this.commit()
    await nextTurn()
  }

  /** Reads and parses a file (in the worker), ahead of its turn. */
  private async prepare(file: SourceFile): Promise<Prepared> {
    const fileName = path.basename(file.name)
    const ext = path.extname(fileName).toLowerCase()
    const tooBig = sizeProblem(fileName, ext, file.size)
    if (tooBig) throw new BadFileError(tooBig)
    const table = this.options.table
    const row = table?.match(file.name) ?? null
    // Seen: not reported as a row without a file, whatever becomes of it.
    if (row !== null) table!.use(row)
    const bytes = await file.read()
    const annotations = ext === '.txt' ? await this.source.annotationsFor(file) : []
    // Corpus texts and annotated texts are kept exactly as they are, so
    // that offsets into the file are offsets into the article.
    const pool = this.pools[this.nextPool++ % this.pools.length]
    const parsed = await pool.parse(fileName, bytes, { keepSource: annotations.length > 0 || row !== null })
    return { fileName, bytes, annotations, row, parsed }
  }

  /** A prepared file, in its turn: a duplicate, or an article staged. */
  private async take(file: SourceFile, { fileName, bytes, annotations, row, parsed }: Prepared): Promise<void> {
    const same = this.index.withText(parsed.stats.hash)[0] ?? this.stagedTexts.get(parsed.stats.hash)
    if (same && this.options.onDuplicate === 'skip') {
      this.staged.push({ file: file.name, duplicateOf: same })
      return
    }
    const rowMeta = row !== null ? this.options.table!.meta(row) : null
    const warnings = [...parsed.warnings, ...(rowMeta?.problems ?? [])]
    const mark = this.matcher.mark()
    try {
      let article = buildArticle({ paragraphs: parsed.paragraphs, meta: { ...parsed.meta, ...rowMeta?.meta }, format: parsed.format, fileName, bytes })
      if (parsed.source && annotations.length) {
        const annotated = await this.annotate(article, parsed.source, annotations, fileName)
        article = annotated.article
        warnings.push(...annotated.warnings)
      }
      this.staged.push({ file: file.name, article, parsed, same, warnings })
      this.stagedTexts.set(parsed.stats.hash, { id: article.id, title: article.title })
    } catch (err) {
      // The speakers of a file that fails are not created.
      this.matcher.rollback(mark)
      throw err
    }
  }

  private async annotate(article: Article, source: { text: string; bom: boolean }, annotations: AnnotationFile[], fileName: string): Promise<{ article: Article; warnings: string[] }> {
    const text = splitVerbatim(source.text)
    const stem = fileName.replace(/\.[^.]+$/, '')
    const chosen = this.options.annotators === 'all' ? annotations : annotations.slice(0, 1)
    for (const extra of annotations.slice(chosen.length)) this.skip(extra.name, `a second annotation of ${fileName}; only the first annotator's file (${chosen[0].name}) was imported.`)
    const warnings: string[] = []
    let previous: { body: Article['body']; claims: Article['claims'] } | undefined
    for (const ann of chosen) {
      const bytes = await ann.read()
      const tooBig = sizeProblem(ann.name, '.ann', bytes.length)
      if (tooBig) throw new BadFileError(tooBig)
      const result = claimsFromBrat(text, parseAnn(decodeTextDetailed(bytes).text), this.matcher, { bom: source.bom, annotator: annotatorOf(ann.name, stem), previous })
      previous = { body: result.body, claims: result.claims }
      const n = result.problems.length
      if (n) warnings.push(`${ann.name}: ${n} annotation${n === 1 ? '' : 's'} could not be placed — ${result.problems.slice(0, 5).join(' ')}${n > 5 ? ' …' : ''}`)
    }
    const next = previous ? { ...article, body: previous.body, claims: previous.claims, provenance: { ...article.provenance, format: 'brat' as const } } : article
    return { article: validArticle(next, `“${fileName}”`), warnings }
  }

  /** Writes the staged articles: the new actors they name first. */
  private async commit(): Promise<void> {
    const group = this.staged.splice(0)
    this.stagedTexts.clear()
    this.lastCommit = performance.now()
    if (!group.length) return
    const actors = this.matcher.takeCreated()
    let actorsSaved = true
    if (actors.length) {
      try {
        await this.store.updateActors((list) => [...list, ...actors])
        this.summary.actorsCreated += actors.length
      } catch (err) {
        actorsSaved = false
        this.actorsProblem = (err as Error).message
      }
    }
    // The group's articles written together (each file atomic and synced,
    // the folder synced once); each counts as imported once it is on disk.
    const articles = group.flatMap((s) => ('article' in s ? [s.article] : []))
    let saved: (Error | null)[]
    try {
      saved = actorsSaved ? await this.store.putArticles(articles) : articles.map(() => new Error(`the new speakers it names could not be written (${this.actorsProblem})`))
    } catch (err) {
      saved = articles.map(() => err as Error)
    }
    const problems = new Map(articles.map((a, i) => [a, saved[i]]))
    for (const s of group) {
      if ('duplicateOf' in s) {
        this.duplicate(s.file, s.duplicateOf)
        continue
      }
      const problem = problems.get(s.article)
      if (problem) this.fail(s.file, `it could not be saved: ${problem.message}`)
      else this.record(s)
    }
  }

  private duplicate(file: string, same: Known): void {
    this.summary.duplicates++
    this.summary.duplicateFiles.push({ file, existingId: same.id, existingTitle: same.title, kept: false, articleId: null })
    this.report({ file, outcome: 'duplicate', existingId: same.id, existingTitle: same.title })
  }

  private record({ file, article, parsed, same, warnings }: Extract<Staged, { article: Article }>): void {
    const s = this.summary
    this.index.note(article, parsed.stats)
    s.imported++
    s.claims += article.claims.length
    s.recent.push({ file, articleId: article.id, title: article.title })
    if (s.recent.length > RECENT) s.recent.shift()
    if (same) {
      s.duplicates++
      s.duplicateFiles.push({ file, existingId: same.id, existingTitle: same.title, kept: true, articleId: article.id })
    }
    this.report({ file, outcome: 'imported', articleId: article.id, title: article.title, claims: article.claims.length, duplicateOf: same?.id ?? null })
    for (const message of warnings) {
      s.warnings.push({ file, message })
      this.report({ file, outcome: 'warning', reason: message })
    }
  }

  private fail(file: string, reason: string): void {
    this.summary.failed++
    this.summary.failures.push({ file, reason })
    this.report({ file, outcome: 'failed', reason })
  }

  private skip(file: string, reason: string): void {
    this.summary.skipped++
    this.summary.skips.push({ file, reason })
    this.report({ file, outcome: 'skipped', reason })
  }
}
