// The one API contract. Every method names its input schema (checked by the
// main process on every call, whatever the transport) and its result type.
// The preload (IPC) and the web client (HTTP) both build `window.claimbook`
// from this table, so the renderer never knows which transport it runs on.
import { z } from 'zod'
import {
  Actor,
  ActorType,
  ArticleMeta,
  BodyInput,
  DateText,
  Event,
  Id,
  Kind,
  patchOf,
  type Article,
  type ArticleSummary,
  type Claim,
  ClaimCoding,
  type ClaimInContext,
} from './domain'

import { def } from './contract-def'
import { backupMethods } from './contract-backups'
import { exportMethods } from './contract-export'
import { importMethods } from './contract-import'
import { codebookMethods } from './contract-codebook'
import { readerMethods } from './contract-reader'
import { suggestMethods } from './contract-suggest'
import { analysisMethods, CompareEventInput, type EventComparison } from './contract-analysis'

const none = z.object({}).strict()
const byId = z.object({ id: Id }).strict()
/** 64 MiB of file content, base64-encoded. */
const MAX_FILE_BASE64 = Math.ceil((64 * 1024 * 1024 * 4) / 3)

export const ActorInput = Actor.omit({ id: true }).partial().extend({ name: z.string().trim().min(1, 'a name is required').max(300) }).strict()
export const EventInput = Event.omit({ id: true }).partial().extend({ name: z.string().trim().min(1, 'a name is required').max(300) }).strict()
export const ClaimPatch = ClaimCoding.partial().strict()

// Export formats, scopes and options live with the export methods.
export { EXPORT_FORMATS, ExportFormat } from './contract-export'

export type WorkspaceInfo = { path: string; name: string; schemaVersion: number; articles: number; actors: number; events: number; claims: number; problems: string[] }
export type ActorWithCount = Actor & { claimCount: number }
export type EventWithCount = Event & { claimCount: number }
export type ComparisonRow = { actor: Actor | null; cells: Record<Kind, ClaimInContext[]>; total: number }
export type Comparison = { event: Event; rows: ComparisonRow[] }
export type ExportedFile = { fileName: string; mimeType: string; content: string }

export const contract = {
  'workspace.info': def<WorkspaceInfo>()(none),

  'articles.list': def<ArticleSummary[]>()(z.object({ query: z.string().max(500).optional() }).strict()),
  'articles.get': def<Article>()(byId),
  'articles.create': def<Article>()(
    z.object({ meta: ArticleMeta.partial().extend({ title: z.string().max(1_000).optional() }).strict(), text: z.string().min(1, 'the text is empty').max(50_000_000) }).strict(),
  ),
  'articles.importFile': def<Article>()(
    z.object({ fileName: z.string().min(1).max(500), dataBase64: z.string().max(MAX_FILE_BASE64, 'the file is larger than 64 MB') }).strict(),
  ),
  'articles.updateMeta': def<Article>()(z.object({ id: Id, patch: patchOf(ArticleMeta) }).strict()),
  'articles.saveBody': def<Article>()(z.object({ id: Id, body: BodyInput }).strict()),
  'articles.delete': def<{ deleted: true }>()(byId),

  'claims.update': def<Claim>()(z.object({ articleId: Id, claimId: Id, patch: ClaimPatch }).strict()),
  'claims.byActor': def<{ asSpeaker: ClaimInContext[]; asTarget: ClaimInContext[] }>()(byId),

  'actors.list': def<ActorWithCount[]>()(none),
  'actors.create': def<Actor>()(ActorInput),
  'actors.update': def<Actor>()(z.object({ id: Id, patch: patchOf(Actor.omit({ id: true })) }).strict()),
  'actors.delete': def<{ unlinkedClaims: number }>()(byId),

  'events.list': def<EventWithCount[]>()(none),
  'events.create': def<Event>()(EventInput),
  'events.update': def<Event>()(z.object({ id: Id, patch: patchOf(Event.omit({ id: true })) }).strict()),
  'events.delete': def<{ unlinkedClaims: number }>()(byId),

  /** Options beyond eventId (sub-events, roll-up, sort, filters) and the
   * extra row fields are in contract-analysis.ts; the result is still a Comparison. */
  'compare.event': def<EventComparison>()(CompareEventInput),

  /** Saves a file the user asked for: a save dialog in the desktop app, a
   * download in the browser (handled by the web client itself). */
  'file.save': def<{ saved: boolean }>()(
    z
      .object({
        fileName: z.string().min(1).max(255),
        mimeType: z.string().max(100),
        content: z.string().max(500_000_000),
        /** base64: `content` is binary (a PNG), base64-encoded; decoded before writing. */
        encoding: z.enum(['utf8', 'base64']).optional(),
      })
      .strict(),
  ),
  ...backupMethods,
  ...analysisMethods,
  ...exportMethods,
  ...importMethods,
  ...codebookMethods,
  ...readerMethods,
  ...suggestMethods,
} as const

export type Contract = typeof contract
export type MethodName = keyof Contract
export type MethodInput<K extends MethodName> = z.input<Contract[K]['input']>
export type MethodResult<K extends MethodName> = Contract[K]['result']
export const METHOD_NAMES = Object.keys(contract) as MethodName[]

type Namespace<K> = K extends `${infer N}.${string}` ? N : never
/** `window.claimbook`: `claimbook.articles.list({ query })` and so on. */
export type ClaimbookApi = {
  [N in Namespace<MethodName>]: {
    [K in MethodName as K extends `${N}.${infer M}` ? M : never]: (input: MethodInput<K>) => Promise<MethodResult<K>>
  }
}

/** What every transport sends back: a value, or an error the UI can show. */
export type Envelope = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } }

export class ApiError extends Error {
  constructor(
    readonly code: 'invalid-input' | 'not-found' | 'conflict' | 'bad-file' | 'internal' | 'unknown-method',
    message: string,
  ) {
    super(message)
  }
}

/** Builds the nested client object from one `call` function. */
export function buildClient(call: (method: MethodName, input: unknown) => Promise<unknown>): ClaimbookApi {
  const api: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {}
  for (const name of METHOD_NAMES) {
    const [ns, fn] = name.split('.')
    api[ns] ??= {}
    api[ns][fn] = (input: unknown) => call(name, input ?? {})
  }
  return api as unknown as ClaimbookApi
}

export async function unwrap(envelope: Envelope): Promise<unknown> {
  if (envelope.ok) return envelope.value
  const err = new Error(envelope.error.message)
  ;(err as Error & { code?: string }).code = envelope.error.code
  throw err
}

/** Re-exported so callers can build inputs without a second import. */
export { ActorType, DateText, Kind }

/** The one IPC channel the preload and the main process talk over. */
export const IPC_CHANNEL = 'claimbook:call'
