// Export and JSON import methods: what to export (scope), how (format and
// options), and the job that runs a long export with progress and cancel.
// Spread into `contract` in contract.ts.
import { z } from 'zod'
import type { ExportedFile } from './contract'
import type { JobStatus } from './contract-import'
import { def } from './contract-def'
import { Id, KINDS, Kind } from './domain'

/** html, csv and json first: the formats of the first release, in the order
 * its messages listed them. */
export const EXPORT_FORMATS = ['html', 'csv', 'json', 'pdf', 'docx', 'md', 'actors-csv', 'graphml', 'webanno', 'qdpx', 'brat'] as const
export const ExportFormat = z.enum(EXPORT_FORMATS)
export type ExportFormat = z.infer<typeof ExportFormat>

/** Formats whose content is text, so `export.build` can return them as a
 * string; the others are binary (pdf, docx, qdpx) or a folder (brat) and go
 * through an export job. */
export const TEXT_EXPORT_FORMATS = ['html', 'csv', 'json', 'md', 'actors-csv', 'graphml', 'webanno'] as const satisfies readonly ExportFormat[]

/** The networks discourse-network analysts load into Gephi or visone. */
export const NETWORK_KINDS = ['two-mode-event', 'two-mode-target', 'congruence', 'conflict'] as const
export const NetworkKind = z.enum(NETWORK_KINDS)
export type NetworkKind = z.infer<typeof NetworkKind>

/** What an export covers: the workspace, one or several articles, an event
 * (its comparison: the claims about it) or an actor (its profile: the
 * claims it speaks or is the target of). */
export const ExportScope = z.discriminatedUnion('type', [
  z.object({ type: z.literal('workspace') }).strict(),
  z.object({ type: z.literal('article'), id: Id }).strict(),
  z.object({ type: z.literal('articles'), ids: z.array(Id).min(1, 'choose at least one article').max(100_000) }).strict(),
  z.object({ type: z.literal('event'), id: Id }).strict(),
  z.object({ type: z.literal('actor'), id: Id }).strict(),
])
export type ExportScope = z.infer<typeof ExportScope>

export const ExportOptions = z
  .object({
    /** Kinds of claim to include; claims of other kinds are left out. */
    kinds: z.array(Kind).min(1, 'choose at least one kind of claim').max(KINDS.length).default([...KINDS]),
    /** Claim notes and article notes. */
    notes: z.boolean().default(true),
    tags: z.boolean().default(true),
    /** Reports: the article text with its highlights, or only the claims. */
    fullText: z.boolean().default(true),
    /** GraphML: which network. */
    network: NetworkKind.default('two-mode-event'),
  })
  .strict()
export type ExportOptions = z.infer<typeof ExportOptions>

export const ExportRequest = z
  .object({
    format: ExportFormat,
    scope: ExportScope.prefault({ type: 'workspace' }),
    options: ExportOptions.prefault({}),
  })
  .strict()
export type ExportRequest = z.infer<typeof ExportRequest>

/** An export job's summary: filled in when its file is ready. Its progress
 * is the job's own: `current` names the phase, `done` of `total` steps. */
export type ExportSummary = { format: ExportFormat; fileName: string; size: number }
export type ExportJobStatus = JobStatus<ExportSummary>
/** A finished export for the browser to download: binary formats in base64. */
export type ExportDownload = { fileName: string; mimeType: string; dataBase64: string }
export type JsonImportSummary = { articles: number; claims: number; actors: number; events: number }

const byJob = z.object({ jobId: Id }).strict()
/** 500 MB of JSON, the same bound as a saved file. */
const MAX_JSON_CHARS = 500_000_000

export const exportMethods = {
  /** A text export returned whole (html, csv, json, md, actors-csv, graphml,
   * webanno). Binary and folder formats are refused with a pointer to
   * `export.start`. */
  'export.build': def<ExportedFile>()(ExportRequest),
  /** Starts an export job of any format and returns its first status:
   * follow it with jobs.get, stop it with jobs.cancel (the shared job
   * methods), then export.save or export.download its file. */
  'export.start': def<ExportJobStatus>()(ExportRequest),
  /** Desktop: asks where to save a finished job's file and writes it whole. */
  'export.save': def<{ saved: boolean }>()(byJob),
  /** Browser: a finished job's file, to download. */
  'export.download': def<ExportDownload>()(byJob),
  /** Loads a Claimbook JSON export into this workspace, which must be empty. */
  'workspace.importJson': def<JsonImportSummary>()(z.object({ content: z.string().min(1, 'the file is empty').max(MAX_JSON_CHARS, 'the file is larger than 500 MB') }).strict()),
} as const
