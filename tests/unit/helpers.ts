// Shared test helpers: temporary workspaces and the seed corpus.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach } from 'vitest'
import { createHandlers, dispatch, type Handlers } from '../../src/main/services/api'
import { WorkspaceStore } from '../../src/main/services/store/workspace-store'
import type { MethodName } from '../../src/shared/contract'

export const REPO = path.resolve(__dirname, '../..')
export const CORPUS = path.resolve(REPO, '../shared/corpus')
export const seed = (name: string) => readFileSync(path.join(CORPUS, 'seed', name))

const made: string[] = []
const opened: WorkspaceStore[] = []
afterEach(async () => {
  // Stores let go of their workspace (its lock) before the folder goes.
  while (opened.length) await opened.pop()!.close()
  while (made.length) rmSync(made.pop()!, { recursive: true, force: true })
})

export function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'claimbook-test-'))
  made.push(dir)
  return dir
}

export async function openTemp(dir = tempDir()): Promise<{ dir: string; store: WorkspaceStore; handlers: Handlers; call: <T = unknown>(m: MethodName, input?: unknown) => Promise<T> }> {
  const store = await WorkspaceStore.open(dir)
  opened.push(store)
  const handlers = createHandlers(store)
  const call = async <T,>(method: MethodName, input: unknown = {}) => {
    const envelope = await dispatch(handlers, method, input)
    if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), { code: envelope.error.code })
    return envelope.value as T
  }
  return { dir, store, handlers, call }
}
