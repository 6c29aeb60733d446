// A workspace on disk holding an export input, for tests that go through the
// store, the API or the command line. Made in beforeAll and removed in
// afterAll (the shared helpers clear their folders after every test).
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createHandlers, dispatch, type Handlers, type Platform } from '../../../src/main/services/api'
import type { ExportInput } from '../../../src/main/services/export'
import { WorkspaceStore } from '../../../src/main/services/store/workspace-store'
import type { MethodName } from '../../../src/shared/contract'

export type TestWorkspace = {
  dir: string
  store: WorkspaceStore
  handlers: Handlers
  call: <T = unknown>(method: MethodName, input?: unknown) => Promise<T>
  /** Closes the store and removes the folder. */
  remove: () => Promise<void>
}

export async function emptyWorkspace(platform: Platform = {}): Promise<TestWorkspace> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'claimbook-export-ws-'))
  const store = await WorkspaceStore.open(dir)
  const handlers = createHandlers(store, platform)
  const call = async <T,>(method: MethodName, input: unknown = {}) => {
    const envelope = await dispatch(handlers, method, input)
    if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), { code: envelope.error.code })
    return envelope.value as T
  }
  return {
    dir,
    store,
    handlers,
    call,
    remove: async () => {
      await store.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

export async function workspaceWith(input: ExportInput, platform: Platform = {}): Promise<TestWorkspace> {
  const ws = await emptyWorkspace(platform)
  await ws.store.updateActors(() => input.actors)
  await ws.store.updateEvents(() => input.events)
  for (const article of input.articles) await ws.store.putArticle(article)
  return ws
}
