// `claimbook import`: files and folders (walked lazily), an optional metadata
// table with a column mapping, brat .ann files beside their .txt, the choice
// for duplicates. Runs the same import job as the app (import/import-jobs.ts)
// and prints a line per file as it goes, then a summary.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { ColumnMapping, type ImportSummary } from '../shared/contract-import'
import { checkMapping, proposeMapping, readTable } from '../main/services/corpus/table'
import { BadFileError } from '../main/services/import'
import type { FileResult } from '../main/services/import/batch-import'
import { jobsFor, startImport } from '../main/services/import/import-jobs'
import { PathSource } from '../main/services/import/path-source'
import type { WorkspaceStore } from '../main/services/store/workspace-store'
import { UsageError } from './usage-error'

export const IMPORT_USAGE = `  claimbook import FILE... --workspace DIR     import articles: files or folders of .txt, .md, .html,
                                              .docx and .pdf (a .txt with its brat .ann beside it
                                              comes with its claims)
      [--metadata TABLE.csv|.tsv] [--map file=COL,title=COL,outlet=COL,author=COL,publishedAt=COL,url=COL,language=COL,tags=COL]
      [--on-duplicate skip|keep] [--annotators first|all]`

type OpenWorkspace = (dir: string | undefined, required: boolean) => Promise<{ store: WorkspaceStore }>

/** `file=filename,title=title,tags=a,tags=b` to a column mapping. */
export function parseMap(text: string): Record<string, string | string[]> {
  const mapping: Record<string, string | string[]> = {}
  for (const pair of text.split(',')) {
    const at = pair.indexOf('=')
    if (at <= 0) throw new UsageError(`--map: “${pair}” is not FIELD=COLUMN.`)
    const [field, column] = [pair.slice(0, at).trim(), pair.slice(at + 1).trim()]
    if (field === 'tags') mapping.tags = [...((mapping.tags as string[] | undefined) ?? []), column]
    else mapping[field] = column
  }
  return mapping
}

async function metadataOption(file: string | undefined, map: string | undefined) {
  if (!file) {
    if (map) throw new UsageError('--map needs --metadata TABLE.')
    return undefined
  }
  let bytes: Uint8Array
  try {
    bytes = await fs.readFile(file)
  } catch {
    throw new UsageError(`--metadata: cannot read “${file}”.`)
  }
  const table = readTable(path.basename(file), bytes)
  const proposed = { ...proposeMapping(table.columns), ...(map ? parseMap(map) : {}) }
  const mapping = ColumnMapping.safeParse(proposed)
  if (!mapping.success) {
    throw new UsageError(`--map: ${mapping.error.issues[0].path.join('.') || 'mapping'}: ${mapping.error.issues[0].message}. Name at least the column of file names (file=COLUMN); the table's columns are: ${table.columns.join(', ')}.`)
  }
  checkMapping(table, mapping.data)
  return { fileName: path.basename(file), bytes, mapping: mapping.data }
}

export async function importCommand(args: string[], openWorkspace: OpenWorkspace): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      workspace: { type: 'string', short: 'w' },
      metadata: { type: 'string', short: 'm' },
      map: { type: 'string' },
      'on-duplicate': { type: 'string' },
      annotators: { type: 'string' },
    },
  })
  const onDuplicate = values['on-duplicate'] ?? 'skip'
  if (onDuplicate !== 'skip' && onDuplicate !== 'keep') throw new UsageError('--on-duplicate must be skip or keep.')
  const annotators = values.annotators ?? 'first'
  if (annotators !== 'first' && annotators !== 'all') throw new UsageError('--annotators must be first or all.')
  if (positionals.length === 0) throw new UsageError('Name at least one file or folder to import.')
  const { store } = await openWorkspace(values.workspace, true)
  try {
    let metadata
    try {
      metadata = await metadataOption(values.metadata, values.map)
    } catch (err) {
      if (err instanceof BadFileError) throw new UsageError(err.message)
      throw err
    }
    let seen = 0
    let source: PathSource | null = null
    const print = (r: FileResult) => {
      const at = r.outcome === 'imported' || r.outcome === 'duplicate' || r.outcome === 'failed' ? `[${++seen}/${source?.total ?? '?'}] ` : ''
      if (r.outcome === 'imported') console.log(`${at}imported ${r.file}: “${r.title}” (${r.articleId})${r.claims ? `, ${r.claims} claims` : ''}${r.duplicateOf ? `, same text as ${r.duplicateOf} (kept both)` : ''}`)
      else if (r.outcome === 'duplicate') console.log(`${at}duplicate ${r.file}: same text as “${r.existingTitle}” (${r.existingId}); skipped`)
      else if (r.outcome === 'skipped') console.log(`skipped ${r.file}: ${r.reason}`)
      else if (r.outcome === 'warning') console.error(`warning ${r.file}: ${r.reason}`)
      else console.error(`${at}failed ${r.file}: ${r.reason}`)
    }
    source = new PathSource(positionals, new Set(values.metadata ? [path.resolve(values.metadata)] : []))
    const started = await startImport(store, source, { onDuplicate, annotators, metadata, onResult: print })
    const status = await jobsFor(store).wait(started.id)
    if (status?.state === 'failed') console.error(`error: the import stopped: ${status.message}`)
    const t = (status?.summary ?? started.summary) as ImportSummary
    console.log(
      `Done: ${t.imported} imported, ${t.duplicates} duplicate${t.duplicates === 1 ? '' : 's'}${onDuplicate === 'skip' ? ' skipped' : ' kept'}, ${t.failed} failed, ${t.skipped} skipped; ${t.claims} claims, ${t.actorsCreated} new actors.`,
    )
    return t.failed > 0 || status?.state === 'failed' ? 1 : 0
  } finally {
    await store.close()
  }
}
