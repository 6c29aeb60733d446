// Handlers of contract-import.ts: batch imports as jobs, corpus tables,
// pasted rich text, metadata of many articles, and the library query.
import type { z } from 'zod'
import { ApiError } from '../../../shared/contract'
import type { ImportJobStatus, importMethods } from '../../../shared/contract-import'
import type { Article } from '../../../shared/domain'
import { updateMetaMany } from '../corpus/edit-meta'
import { proposeMapping, readTable } from '../corpus/table'
import { BadFileError, importRichText } from '../import'
import { buildArticle } from '../import/article-builder'
import { jobsFor, startImport, type StartImportOptions } from '../import/import-jobs'
import { PathSource } from '../import/path-source'
import { UploadSource } from '../import/upload-source'
import { libraryIndexFor } from '../search/library-index'
import type { WorkspaceStore } from '../store/workspace-store'

type Methods = typeof importMethods
type Input<K extends keyof Methods> = z.output<Methods[K]['input']>
type Result<K extends keyof Methods> = Methods[K]['result']
export type ImportHandlers = { [K in keyof Methods]: (input: Input<K>) => Promise<Result<K>> }

/** What only the desktop app can do. */
export type ImportPlatform = {
  /** Asks the user for files or a folder; [] when they cancel. */
  pickImportPaths?: (what: 'files' | 'folder') => Promise<string[]>
}

/** Uploads still being sent, by job id. */
const uploadsOf = new WeakMap<WorkspaceStore, Map<string, UploadSource>>()

/** A bad file named in the input (a table) is the user's to fix: 'bad-file',
 * with the importer's message. */
async function asApiErrors<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn()
  } catch (err) {
    if (err instanceof BadFileError) throw new ApiError('bad-file', err.message)
    throw err
  }
}

function importOptions(input: Input<'import.start'> | Input<'import.pickAndStart'>): StartImportOptions {
  const { onDuplicate, annotators, metadata } = input
  return {
    onDuplicate,
    annotators,
    ...(metadata ? { metadata: { fileName: metadata.fileName, bytes: Buffer.from(metadata.dataBase64, 'base64'), mapping: metadata.mapping } } : {}),
  }
}

const stripEmpty = <T extends object>(o: T): Partial<T> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as Partial<T>

export function importHandlers(store: WorkspaceStore, platform: ImportPlatform = {}): ImportHandlers {
  let uploads = uploadsOf.get(store)
  if (!uploads) uploadsOf.set(store, (uploads = new Map()))
  const sending = uploads
  const jobs = jobsFor(store)
  const statusOf = (id: string) => {
    const status = jobs.get(id)
    if (!status) throw new ApiError('not-found', `No job with id “${id}”: it finished long ago, or the workspace was reopened.`)
    return status
  }

  return {
    'import.start': (input) =>
      asApiErrors(async () => {
        const source = new UploadSource(input.expectedFiles ?? (input.more ? null : input.files.length))
        const status = await startImport(store, source, importOptions(input))
        sending.set(status.id, source)
        void jobs.wait(status.id).then(() => {
          source.close()
          sending.delete(status.id)
        })
        await source.push(input.files, input.more)
        return statusOf(status.id) as ImportJobStatus
      }),
    'import.add': async ({ jobId, files, more }) => {
      const source = sending.get(jobId)
      if (!source || source.isClosed) {
        throw new ApiError('conflict', `The import ${jobId} does not take more files: it has finished, was cancelled, or was started with more: false.`)
      }
      await source.push(files, more)
      return statusOf(jobId) as ImportJobStatus
    },
    'import.pickAndStart': (input) =>
      asApiErrors(async () => {
        if (!platform.pickImportPaths) throw new ApiError('unknown-method', 'Choosing files on disk is only possible in the desktop app; here, send the files with import.start.')
        const paths = await platform.pickImportPaths(input.what)
        if (!paths.length) return null
        return startImport(store, new PathSource(paths), importOptions(input))
      }),
    'jobs.get': async ({ id }) => statusOf(id),
    'jobs.list': async () => jobs.list(),
    'jobs.cancel': async ({ id }) => {
      sending.get(id)?.close()
      return jobs.cancel(id) ?? statusOf(id)
    },
    'corpus.previewTable': ({ fileName, dataBase64, rows }) =>
      asApiErrors(async () => {
        const table = readTable(fileName, Buffer.from(dataBase64, 'base64'))
        return { fileName, delimiter: table.delimiter, columns: table.columns, rows: table.rows.slice(0, rows), rowCount: table.rows.length, proposedMapping: proposeMapping(table.columns), problems: table.problems }
      }),
    'articles.createFromHtml': ({ meta, html }) =>
      asApiErrors(async () => {
        const imported = importRichText(html)
        if (!imported.paragraphs.length) throw new ApiError('invalid-input', 'The pasted text is empty (it holds no words once its formatting is removed).')
        const article: Article = buildArticle({ paragraphs: imported.paragraphs, meta: { ...imported.meta, ...stripEmpty(meta) }, format: 'paste-html', fileName: '' })
        await store.putArticle(article)
        return article
      }),
    'articles.updateMetaMany': ({ ids, patch }) => updateMetaMany(store, ids, patch),
    'library.query': async (input) => (await libraryIndexFor(store)).query(input),
  }
}
