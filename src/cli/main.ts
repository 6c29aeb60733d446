// The command line, for scripted work over the same services as the app:
//   claimbook import FILE|FOLDER... --workspace DIR [--metadata TABLE --map …] (see import-command.ts)
//   claimbook export --workspace DIR --format FORMAT --out FILE|DIR [--scope …] (see export-command.ts)
//   claimbook import-json FILE --workspace DIR
//   claimbook serve [--workspace DIR] [--port N]
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { createHandlers, type Handlers } from '../main/services/api'
import { defaultWorkspaceDir } from '../main/services/paths'
import { WorkspaceStore } from '../main/services/store/workspace-store'
import { startBackupSchedule } from '../main/services/backups'
import { startWebHost } from '../main/web-host/server'
import { EXPORT_USAGE, exportCommand, importJsonCommand } from './export-command'
import { IMPORT_USAGE, importCommand } from './import-command'
import { UsageError } from './usage-error'

const USAGE = `Claimbook — a research notebook for coding claims in news articles.

Usage:
${IMPORT_USAGE}
${EXPORT_USAGE}
  claimbook serve [--workspace DIR] [--port N] open the app in a browser (127.0.0.1 only)

Without --workspace, serve uses the desktop app's default workspace.`

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

async function openWorkspace(dir: string | undefined, required: boolean): Promise<{ store: WorkspaceStore; handlers: Handlers }> {
  if (!dir && required) throw new UsageError('--workspace DIR is required.')
  const store = await WorkspaceStore.open(dir ?? defaultWorkspaceDir())
  for (const problem of store.problems) console.error(`warning: ${problem}`)
  return { store, handlers: createHandlers(store) }
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
  // A long-running process: rolling backups on the workspace's schedule.
  const backups = startBackupSchedule(store, (err) => console.error(`warning: backup failed: ${err.message}`))
  // Listening for the stop signals before the address is printed: whoever
  // reads it may stop the host at once.
  const stopped = new Promise<void>((resolve) => {
    // Stop serving, then let go of the workspace (its lock) once every
    // pending save is on disk.
    const stop = () => {
      backups.stop()
      void host.close().then(() => store.close()).then(resolve)
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
  console.log(`Claimbook is running at ${host.url}`)
  console.log(`Workspace: ${store.dir}`)
  console.log('Open that address in a browser on this computer. Press Ctrl+C to stop.')
  await stopped
  return 0
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  try {
    if (command === 'export' && !rest.some((a) => a === '--help' || a === '-h')) return await exportCommand(rest, openWorkspace)
    if (command === 'import-json') return await importJsonCommand(rest, openWorkspace)
    if (command === 'import' && !rest.some((a) => a === '--help' || a === '-h')) return await importCommand(rest, openWorkspace)
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { workspace: { type: 'string', short: 'w' }, format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' }, port: { type: 'string', short: 'p' }, help: { type: 'boolean', short: 'h' } },
    })
    if (values.help || command === 'help' || command === '--help' || command === '-h') {
      console.log(USAGE)
      return 0
    }
    if (positionals.length) throw new UsageError(`Unexpected argument “${positionals[0]}”.`)
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
