// The command line, for scripted work over the same services as the app:
//   claimbook import FILE... --workspace DIR
//   claimbook export --workspace DIR --format html|csv|json --out FILE
//   claimbook serve [--workspace DIR] [--port N]
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { EXPORT_FORMATS, type MethodName } from '../shared/contract'
import { createHandlers, dispatch, type Handlers } from '../main/services/api'
import { defaultWorkspaceDir } from '../main/services/paths'
import { WorkspaceStore } from '../main/services/store/workspace-store'
import { startWebHost } from '../main/web-host/server'

const USAGE = `Claimbook — a research notebook for coding claims in news articles.

Usage:
  claimbook import FILE... --workspace DIR     import .txt and .html articles
  claimbook export --workspace DIR --format html|csv|json --out FILE
  claimbook serve [--workspace DIR] [--port N] open the app in a browser (127.0.0.1 only)

Without --workspace, serve uses the desktop app's default workspace.`

class UsageError extends Error {}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

async function openWorkspace(dir: string | undefined, required: boolean): Promise<{ store: WorkspaceStore; handlers: Handlers }> {
  if (!dir && required) throw new UsageError('--workspace DIR is required.')
  const store = await WorkspaceStore.open(dir ?? defaultWorkspaceDir())
  for (const problem of store.problems) console.error(`warning: ${problem}`)
  return { store, handlers: createHandlers(store) }
}

async function call<T>(handlers: Handlers, method: MethodName, input: unknown): Promise<T> {
  const envelope = await dispatch(handlers, method, input)
  if (!envelope.ok) throw new Error(envelope.error.message)
  return envelope.value as T
}

async function importCommand(files: string[], workspace: string | undefined): Promise<number> {
  if (files.length === 0) throw new UsageError('Name at least one file to import.')
  const { handlers } = await openWorkspace(workspace, true)
  let failed = 0
  for (const file of files) {
    try {
      const bytes = await fs.readFile(file)
      const article = await call<{ id: string; title: string }>(handlers, 'articles.importFile', { fileName: path.basename(file), dataBase64: bytes.toString('base64') })
      console.log(`imported ${file}: “${article.title}” (${article.id})`)
    } catch (err) {
      failed++
      console.error(`failed ${file}: ${(err as Error).message.replace(/^.*?ENOENT.*$/, 'no such file')}`)
    }
  }
  return failed ? 1 : 0
}

async function exportCommand(values: { workspace?: string; format?: string; out?: string }): Promise<number> {
  if (!values.format || !(EXPORT_FORMATS as readonly string[]).includes(values.format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}.`)
  if (!values.out) throw new UsageError('--out FILE is required.')
  const { handlers } = await openWorkspace(values.workspace, true)
  const file = await call<{ content: string }>(handlers, 'export.build', { format: values.format })
  await fs.writeFile(values.out, file.content, 'utf8')
  console.log(`wrote ${values.out}`)
  return 0
}

async function serveCommand(values: { workspace?: string; port?: string }): Promise<number> {
  const port = values.port === undefined ? 0 : Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port must be a number from 0 to 65535.')
  const rendererDir = path.join(ROOT, 'out', 'renderer')
  try {
    await fs.access(path.join(rendererDir, 'index.html'))
  } catch {
    throw new Error('The app is not built yet. Run `npm run web` (it builds, then serves) or `npm run build` first.')
  }
  const { store, handlers } = await openWorkspace(values.workspace, false)
  const host = await startWebHost({ handlers, rendererDir, port })
  console.log(`Claimbook is running at ${host.url}`)
  console.log(`Workspace: ${store.dir}`)
  console.log('Open that address in a browser on this computer. Press Ctrl+C to stop.')
  await new Promise<void>((resolve) => {
    const stop = () => void host.close().then(resolve)
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
  return 0
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { workspace: { type: 'string', short: 'w' }, format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' }, port: { type: 'string', short: 'p' }, help: { type: 'boolean', short: 'h' } },
    })
    if (values.help || command === 'help' || command === '--help' || command === '-h') {
      console.log(USAGE)
      return 0
    }
    if (command === 'import') return await importCommand(positionals, values.workspace)
    if (positionals.length) throw new UsageError(`Unexpected argument “${positionals[0]}”.`)
    if (command === 'export') return await exportCommand(values)
    if (command === 'serve') return await serveCommand(values)
    throw new UsageError(command ? `Unknown command “${command}”.` : 'Name a command.')
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`error: ${(err as Error).message}\n\n${USAGE}`)
      return 2
    }
    console.error(`error: ${(err as Error).message}`)
    return 1
  }
}
