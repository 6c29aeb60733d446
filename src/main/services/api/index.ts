// The handlers behind every method of the contract, over one open workspace.
// Both transports (Electron IPC and the web host) and the command line call
// these through `dispatch`, which validates input first.
import type { z } from 'zod'
import { ApiError, contract, type Contract, type Envelope, type MethodName, type MethodResult } from '../../../shared/contract'
import type { WorkspaceStore } from '../store/workspace-store'
import { createFromText, importFile, listArticles, saveBody } from './articles'
import { analysisHandlers } from './analysis'
import { backupHandlers } from './backups'
import { exportHandlers, type ExportPlatform } from './export'
import { importHandlers, type ImportPlatform } from './import'
import { codebookHandlers } from './codebook'
import { readerHandlers } from './reader'
import { suggestHandlers } from './suggest'
import { claimsByActor, compareEvent, updateClaim } from './claims'
import { articleOrThrow, now } from './common'
import { createActor, createEvent, deleteActor, deleteEvent, listActors, listEvents, updateActor, updateEvent } from './registry'
import { ArticleMeta } from '../../../shared/domain'
import path from 'node:path'

export type Handlers = { [K in MethodName]: (input: z.output<Contract[K]['input']>) => Promise<MethodResult<K>> }

/** What differs between the desktop app, the web host and the command line. */
export type Platform = ExportPlatform & ImportPlatform & {
  /** Asks the user where to save a file and writes it (desktop only). */
  saveFile?: (fileName: string, content: string, encoding?: 'utf8' | 'base64') => Promise<{ saved: boolean }>
}

export function createHandlers(store: WorkspaceStore, platform: Platform = {}): Handlers {
  return {
    'workspace.info': async () => {
      const articles = store.articleRecords()
      return {
        path: store.dir,
        name: path.basename(store.dir),
        schemaVersion: 1,
        articles: articles.length,
        actors: store.actors.length,
        events: store.events.length,
        claims: articles.reduce((n, a) => n + a.claims.length, 0),
        problems: [...store.problems],
      }
    },
    'articles.list': async ({ query }) => listArticles(store, query),
    'articles.get': async ({ id }) => articleOrThrow(store, id),
    'articles.create': async ({ meta, text }) => createFromText(store, text, meta),
    'articles.importFile': async ({ fileName, dataBase64 }) => importFile(store, fileName, Buffer.from(dataBase64, 'base64')),
    'articles.updateMeta': async ({ id, patch }) => {
      const article = articleOrThrow(store, id)
      const next = { ...article, ...ArticleMeta.parse({ ...article, ...patch }), updatedAt: now() }
      await store.putArticle(next)
      return next
    },
    'articles.saveBody': async ({ id, body }) => saveBody(store, id, body),
    'articles.delete': async ({ id }) => {
      if (!(await store.deleteArticle(id))) throw new ApiError('not-found', `No article with id “${id}”.`)
      return { deleted: true as const }
    },
    'claims.update': async ({ articleId, claimId, patch }) => updateClaim(store, articleId, claimId, patch),
    'claims.byActor': async ({ id }) => claimsByActor(store, id),
    'actors.list': async () => listActors(store),
    'actors.create': async (input) => createActor(store, input),
    'actors.update': async ({ id, patch }) => updateActor(store, id, patch),
    'actors.delete': async ({ id }) => deleteActor(store, id),
    'events.list': async () => listEvents(store),
    'events.create': async (input) => createEvent(store, input),
    'events.update': async ({ id, patch }) => updateEvent(store, id, patch),
    'events.delete': async ({ id }) => deleteEvent(store, id),
    'compare.event': async ({ eventId, ...options }) => compareEvent(store, eventId, options),
    'file.save': async ({ fileName, content, encoding }) => {
      if (!platform.saveFile) throw new ApiError('unknown-method', 'Saving files is not available here.')
      return platform.saveFile(fileName, content, encoding)
    },
    ...backupHandlers(store),
    ...analysisHandlers(store),
    ...exportHandlers(store, platform),
    ...importHandlers(store, platform),
    ...codebookHandlers(store),
    ...readerHandlers(store),
    ...suggestHandlers(store),
  }
}

/** Validates the input of a call against the contract and runs it. Every
 * failure comes back as an error envelope with a message a user can act on;
 * a bad call never reaches the store. */
export async function dispatch(handlers: Handlers, method: unknown, input: unknown): Promise<Envelope> {
  if (typeof method !== 'string' || !Object.hasOwn(contract, method)) {
    return { ok: false, error: { code: 'unknown-method', message: `Unknown method “${String(method).slice(0, 100)}”.` } }
  }
  const name = method as MethodName
  const parsed = contract[name].input.safeParse(input ?? {})
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue.path.length ? `${issue.path.join('.')}: ` : ''
    return { ok: false, error: { code: 'invalid-input', message: `Invalid input for ${name}: ${where}${issue.message}` } }
  }
  try {
    const handler = handlers[name] as (input: unknown) => Promise<unknown>
    return { ok: true, value: await handler(parsed.data) }
  } catch (err) {
    if (err instanceof ApiError) return { ok: false, error: { code: err.code, message: err.message } }
    const message = err instanceof Error ? err.message : String(err)
    return { ok: false, error: { code: 'internal', message: `Something went wrong in ${name}: ${message}` } }
  }
}
