// API methods for bringing articles in at scale and finding them again:
// batch imports run as jobs (import.*, jobs.*), corpora with a metadata
// table (corpus.*), pasted rich text, metadata edits over many articles, and
// the library query (search, sort, filters, paging). Spread into `contract`.
import { z } from 'zod'
import { def } from './contract-def'
import { ArticleMeta, DateText, Id, type Article } from './domain'

// ---- files sent by the renderer ---------------------------------------------

/** What one call may carry: the web host takes request bodies up to 100 MB. */
export const MAX_UPLOAD_BASE64 = 96_000_000
const fileName = z.string().min(1).max(500)
/** A file the renderer read (a browser cannot give paths). `fileName` may
 * hold a relative path ("polnear/train/text/a.txt", from a folder upload):
 * it is only ever used to match names, never as a path on disk. */
export const UploadedFile = z.object({ fileName, dataBase64: z.string().max(MAX_UPLOAD_BASE64, 'the file is larger than 72 MB: import it from the desktop app or the command line') }).strict()
export type UploadedFile = z.infer<typeof UploadedFile>
const Uploads = z
  .array(UploadedFile)
  .max(1_000)
  .refine((files) => files.reduce((n, f) => n + f.dataBase64.length, 0) <= MAX_UPLOAD_BASE64, 'send at most 72 MB of files per call (split them over several import.add calls)')

// ---- corpus metadata tables ---------------------------------------------------

const columnName = z.string().min(1).max(200)
/** Which column of the table gives which article field. `file` (the column
 * naming each article's file) is required; tags may come from several
 * columns, each split at “;”, “,” or “|”. */
export const ColumnMapping = z
  .object({
    file: columnName,
    title: columnName.optional(),
    outlet: columnName.optional(),
    author: columnName.optional(),
    publishedAt: columnName.optional(),
    url: columnName.optional(),
    language: columnName.optional(),
    tags: z.array(columnName).max(20).optional(),
  })
  .strict()
export type ColumnMapping = z.infer<typeof ColumnMapping>

const TableFile = z.object({ fileName, dataBase64: z.string().max(70_000_000, 'the table is larger than 50 MB') }).strict()
export const MetadataInput = TableFile.extend({ mapping: ColumnMapping }).strict()

export type TablePreview = {
  fileName: string
  delimiter: string
  columns: string[]
  /** The first rows, each with one value per column. */
  rows: string[][]
  rowCount: number
  proposedMapping: Partial<ColumnMapping>
  problems: string[]
}

// ---- jobs -----------------------------------------------------------------------

export type JobState = 'running' | 'done' | 'cancelled' | 'failed'
export type JobStatus<S = unknown> = {
  id: string
  kind: string
  state: JobState
  /** Units done and in all (files); total is null while still unknown. */
  done: number
  total: number | null
  /** What is being worked on now (a file name). */
  current: string
  startedAt: string
  finishedAt: string | null
  /** Why the job failed or stopped, for the user. */
  message: string
  summary: S
}

export type FileOutcome = { file: string; reason: string }
export type ImportSummary = {
  imported: number
  duplicates: number
  failed: number
  skipped: number
  claims: number
  actorsCreated: number
  /** Every file that could not be imported, and why. */
  failures: FileOutcome[]
  /** Files and table rows left out on purpose (a table row with no file,
   * an .ann with no .txt, a second annotator's file), and why. */
  skips: FileOutcome[]
  /** Files whose text is already in the workspace; `kept` when imported all
   * the same (onDuplicate: 'keep'). */
  duplicateFiles: { file: string; existingId: string; existingTitle: string; kept: boolean; articleId: string | null }[]
  /** Imported files the user should look at (bytes replaced, annotations
   * that could not be placed). */
  warnings: { file: string; message: string }[]
  /** The last articles imported (up to 20), to open from the summary. */
  recent: { file: string; articleId: string; title: string }[]
  /** Where files were parsed: a worker thread, or the main thread. */
  parsing: 'worker' | 'inline'
}
export type ImportJobStatus = JobStatus<ImportSummary>

export const ImportOptions = z
  .object({
    /** The same text as an article already in the workspace (or earlier in
     * the batch): skip the file, or import it as a second article. */
    onDuplicate: z.enum(['skip', 'keep']).default('skip'),
    /** When a text has several .ann files (two annotators): the first only
     * (by file name), or all of them (each claim tagged with its annotator). */
    annotators: z.enum(['first', 'all']).default('first'),
    metadata: MetadataInput.optional(),
  })
  .strict()

// ---- library ----------------------------------------------------------------------

export const SORT_KEYS = ['relevance', 'date', 'outlet', 'title', 'claims'] as const
export const LibraryQuery = z
  .object({
    /** Words to find in title, outlet, author, tags and text; each word must
     * match, as a prefix or with a typo or two (see prefix, fuzzy). */
    query: z.string().max(500).optional(),
    prefix: z.boolean().optional(),
    fuzzy: z.boolean().optional(),
    /** Default: relevance when searching, else date; newest first, titles
     * and outlets A–Z. */
    sort: z.object({ by: z.enum(SORT_KEYS), direction: z.enum(['asc', 'desc']).optional() }).strict().optional(),
    filters: z
      .object({
        /** Any of these outlets (exact values, as the outlet facet gives). */
        outlets: z.array(z.string().max(1_000)).max(500).optional(),
        /** Published on or after / on or before (YYYY-MM-DD); undated
         * articles are left out when either is set. */
        from: DateText.optional(),
        to: DateText.optional(),
        /** Any of these tags. */
        tags: z.array(z.string().max(100)).max(500).optional(),
        /** Articles with a claim whose speakers or targets include any of
         * these actors. */
        actorIds: z.array(Id).max(500).optional(),
        /** Articles with a claim in any of these events. */
        eventIds: z.array(Id).max(500).optional(),
        hasClaims: z.boolean().optional(),
      })
      .strict()
      .optional(),
    offset: z.number().int().min(0).max(10_000_000).default(0),
    limit: z.number().int().min(1).max(500).default(50),
    /** Whether to count facets; by default only for the first page (a
     * virtual list asking for later pages does not need them again). */
    facets: z.boolean().optional(),
  })
  .strict()
export type LibraryQuery = z.input<typeof LibraryQuery>

/** A piece of text with the ranges of the search hits in it: the UI wraps
 * those ranges (in text, never as HTML). */
export type Snippet = { text: string; hits: [number, number][] }
export type LibraryItem = {
  id: string
  title: string
  outlet: string
  author: string
  publishedAt: string
  language: string
  url: string
  tags: string[]
  claimCount: number
  /** When searching: the relevance, the hits in the title, and an excerpt
   * of the text around the first hit. */
  score?: number
  titleHits?: [number, number][]
  snippet?: Snippet
}
export type Facet = { value: string; count: number }
export type LibraryPage = {
  /** How many articles match in all (for the virtual list's height). */
  total: number
  offset: number
  limit: number
  items: LibraryItem[]
  /** Counts for the filter menus, over what the query and the other
   * filters leave, and the date range of the results; null when not asked
   * for (see LibraryQuery.facets). */
  facets: { outlets: Facet[]; tags: Facet[]; dates: { from: string; to: string } | null } | null
}

// ---- metadata of many articles ---------------------------------------------------------

const tagList = z.array(z.string().trim().min(1).max(100)).max(100)
export const MetaPatchMany = z
  .object({
    title: ArticleMeta.shape.title.optional(),
    outlet: z.string().max(1_000).optional(),
    author: z.string().max(1_000).optional(),
    publishedAt: DateText.optional(),
    url: z.string().max(4_000).optional(),
    language: z.string().max(20).optional(),
    /** Tags added to every article (kept once) and removed from every
     * article; the other tags of each article stay. */
    addTags: tagList.optional(),
    removeTags: tagList.optional(),
  })
  .strict()
  .refine((p) => Object.values(p).some((v) => v !== undefined), 'the patch changes nothing')
export type MetaPatchMany = z.infer<typeof MetaPatchMany>

const ArticleMetaInput = ArticleMeta.partial().extend({ title: z.string().max(1_000).optional() }).strict()

export const importMethods = {
  /** Starts a batch import of files the renderer sends (contents, base64).
   * With `more: true` the job waits for further files from import.add; the
   * last call says `more: false`. Returns at once; poll jobs.get. */
  'import.start': def<ImportJobStatus>()(
    ImportOptions.extend({ files: Uploads.default([]), more: z.boolean().default(false), expectedFiles: z.number().int().min(0).max(1_000_000).optional() })
      .strict()
      .refine((input) => input.files.length > 0 || input.more, 'send at least one file, or more: true and the files with import.add'),
  ),
  /** More files for a running import. Resolves once they are queued; waits
   * (without blocking anything) while much is still queued, so an upload
   * loop paces itself. Send each .ann before or with its .txt. */
  'import.add': def<ImportJobStatus>()(z.object({ jobId: Id, files: Uploads, more: z.boolean().default(false) }).strict()),
  /** Desktop only: asks for files or a folder in a dialog and imports them
   * (the main process reads the files; a folder is walked lazily). Null when
   * the user closes the dialog. */
  'import.pickAndStart': def<ImportJobStatus | null>()(ImportOptions.extend({ what: z.enum(['files', 'folder']) }).strict()),
  'jobs.get': def<JobStatus>()(z.object({ id: Id }).strict()),
  'jobs.list': def<JobStatus[]>()(z.object({}).strict()),
  /** Stops a job at once (a file still being read is dropped); what it
   * imported stays. */
  'jobs.cancel': def<JobStatus>()(z.object({ id: Id }).strict()),

  /** The columns, first rows and a proposed column mapping of a metadata
   * table, before importing a corpus with it. */
  'corpus.previewTable': def<TablePreview>()(TableFile.extend({ rows: z.number().int().min(1).max(200).default(20) }).strict()),

  /** Pasted rich text: the HTML flavour of the clipboard, paragraphs kept. */
  'articles.createFromHtml': def<Article>()(z.object({ meta: ArticleMetaInput, html: z.string().min(1, 'the pasted text is empty').max(20_000_000) }).strict()),
  /** The same metadata change on many articles (tags added and removed, not
   * overwritten). All ids must exist; nothing is written otherwise. */
  'articles.updateMetaMany': def<{ updated: number }>()(z.object({ ids: z.array(Id).min(1).max(10_000), patch: MetaPatchMany }).strict()),

  /** One page of the library: search, sort, filters, paging. */
  'library.query': def<LibraryPage>()(LibraryQuery),
}
