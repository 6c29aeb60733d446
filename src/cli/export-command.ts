// `claimbook export` and `claimbook import-json`: every export format and
// scope from the command line, checked by the same schema as the API, with
// progress on stderr for long exports, Ctrl+C to cancel, and the file written
// whole or not at all.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { EXPORT_FORMATS, ExportRequest, NETWORK_KINDS, type ExportScope } from '../shared/contract-export'
import { KINDS } from '../shared/domain'
import { ApiError } from '../shared/contract'
import { importWorkspaceJson } from '../main/services/export/json-import'
import { prepareExport, renderExport } from '../main/services/export/run-export'
import { writeArtifact } from '../main/services/export/write-output'
import type { WorkspaceStore } from '../main/services/store/workspace-store'
import { UsageError } from './usage-error'

export const EXPORT_USAGE = `  claimbook export --workspace DIR --format FORMAT --out FILE|DIR [options]
      FORMAT: ${EXPORT_FORMATS.join(' | ')}
      --scope workspace | article:ID | articles:ID,ID | event:ID | actor:ID   (default: workspace)
      --kinds ${KINDS.join(',')}   only these kinds of claim
      --no-notes  --no-tags  --no-text (reports: claims without the article text)
      --network ${NETWORK_KINDS.join(' | ')}   (graphml; default two-mode-event)
      --quiet     no progress
      brat writes a folder (or a .zip when FILE ends in .zip); an existing
      folder as --out gets the file under its usual name
  claimbook import-json FILE --workspace DIR   load a JSON export into an empty workspace`

type OpenWorkspace = (dir: string | undefined, required: boolean) => Promise<{ store: WorkspaceStore }>

const OPTIONS = {
  workspace: { type: 'string', short: 'w' },
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  scope: { type: 'string', short: 's' },
  kinds: { type: 'string', short: 'k' },
  'no-notes': { type: 'boolean' },
  'no-tags': { type: 'boolean' },
  'no-text': { type: 'boolean' },
  network: { type: 'string', short: 'n' },
  quiet: { type: 'boolean', short: 'q' },
} as const

/** Turns the flags into an export request, or says which flag is wrong. */
export function requestFromFlags(values: { format?: string; scope?: string; kinds?: string; network?: string; 'no-notes'?: boolean; 'no-tags'?: boolean; 'no-text'?: boolean }): ExportRequest {
  if (!values.format || !(EXPORT_FORMATS as readonly string[]).includes(values.format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}.`)
  if (values.network !== undefined && values.format !== 'graphml') throw new UsageError('--network applies only to --format graphml.')
  if (values.network !== undefined && !(NETWORK_KINDS as readonly string[]).includes(values.network)) throw new UsageError(`--network must be one of ${NETWORK_KINDS.join(', ')}.`)
  const kinds = values.kinds?.split(',').map((k) => k.trim()).filter(Boolean)
  if (kinds) {
    const unknown = kinds.find((k) => !(KINDS as readonly string[]).includes(k))
    if (unknown !== undefined || kinds.length === 0) throw new UsageError(`--kinds takes kinds of claim separated by commas, from ${KINDS.join(', ')}${unknown ? ` (not “${unknown}”)` : ''}.`)
  }
  const parsed = ExportRequest.safeParse({
    format: values.format,
    scope: scopeFromFlag(values.scope ?? 'workspace'),
    options: {
      ...(kinds ? { kinds: [...new Set(kinds)] } : {}),
      notes: !values['no-notes'],
      tags: !values['no-tags'],
      fullText: !values['no-text'],
      ...(values.network ? { network: values.network } : {}),
    },
  })
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new UsageError(`${issue.path[0] === 'scope' ? '--scope' : issue.path.join('.')}: ${issue.message}.`)
  }
  return parsed.data
}

function scopeFromFlag(flag: string): ExportScope {
  const [type, rest = ''] = flag.split(/:(.*)/s)
  const ids = rest.split(',').map((id) => id.trim()).filter(Boolean)
  const one = () => {
    if (ids.length !== 1) throw new UsageError(`--scope ${type}:ID names exactly one ${type}, such as --scope ${type}:abc123.`)
    return ids[0]
  }
  switch (type) {
    case 'workspace':
      if (rest) break
      return { type: 'workspace' }
    case 'article':
    case 'event':
    case 'actor':
      return { type, id: one() }
    case 'articles':
      if (ids.length === 0) throw new UsageError('--scope articles:ID,ID names the articles, separated by commas.')
      return { type: 'articles', ids }
  }
  throw new UsageError(`--scope must be workspace, article:ID, articles:ID,ID, event:ID or actor:ID (not “${flag}”).`)
}

export async function exportCommand(args: string[], openWorkspace: OpenWorkspace): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: OPTIONS })
  if (positionals.length) throw new UsageError(`Unexpected argument “${positionals[0]}”.`)
  const request = requestFromFlags(values)
  if (!values.out) throw new UsageError(`--out ${request.format === 'brat' ? 'DIR' : 'FILE'} is required.`)
  const { store } = await openWorkspace(values.workspace, true)
  let input
  try {
    input = prepareExport(store, request)
  } catch (err) {
    // An unknown article, event or actor in --scope.
    if (err instanceof ApiError) throw new UsageError(`--scope: ${err.message}`)
    throw err
  }
  const controller = new AbortController()
  const cancel = () => controller.abort()
  process.once('SIGINT', cancel)
  try {
    const progress = values.quiet ? undefined : progressPrinter(request.format)
    const artifact = await renderExport(request, input, { signal: controller.signal, onProgress: progress })
    const stat = await fs.stat(values.out).catch(() => null)
    const target = stat?.isDirectory() && !artifact.files ? path.join(values.out, artifact.fileName) : values.out
    const written = await writeArtifact(artifact, target)
    console.log(`wrote ${written.path}${written.files > 1 ? ` (${written.files} files)` : ''}`)
    return 0
  } catch (err) {
    if (controller.signal.aborted) {
      console.error('cancelled: nothing was written.')
      return 130
    }
    throw err
  } finally {
    process.off('SIGINT', cancel)
  }
}

/** Prints a line when the phase changes and at every tenth of the way. */
function progressPrinter(format: string): (p: { phase: string; done: number; total: number }) => void {
  let last = ''
  return ({ phase, done, total }) => {
    const tenth = total > 0 ? Math.floor((10 * done) / total) : 0
    const key = `${phase}:${tenth}`
    if (key === last) return
    last = key
    console.error(`${format}: ${phase} ${done}/${total}`)
  }
}

export async function importJsonCommand(args: string[], openWorkspace: OpenWorkspace): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { workspace: { type: 'string', short: 'w' } } })
  if (positionals.length !== 1) throw new UsageError('Name one JSON export file to import.')
  const text = await fs.readFile(positionals[0], 'utf8').catch((err: NodeJS.ErrnoException) => {
    throw new Error(err.code === 'ENOENT' ? `${positionals[0]}: no such file.` : `${positionals[0]}: ${err.message}`)
  })
  const { store } = await openWorkspace(values.workspace, true)
  const summary = await importWorkspaceJson(store, text)
  console.log(`imported ${positionals[0]}: ${summary.articles} articles, ${summary.claims} claims, ${summary.actors} actors, ${summary.events} events`)
  return 0
}
