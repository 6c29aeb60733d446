// Handlers of the codebook.* methods (see shared/contract-codebook.ts).
import { createTag, deleteTag, listCodebook, updateTag } from '../codebook'
import type { WorkspaceStore } from '../store/workspace-store'

export function codebookHandlers(store: WorkspaceStore) {
  return {
    'codebook.list': async () => listCodebook(store),
    'codebook.create': async (input: { name: string; colour?: string; description?: string }) => createTag(store, input),
    'codebook.update': async ({ id, patch }: { id: string; patch: { name?: string; colour?: string; description?: string } }) => updateTag(store, id, patch),
    'codebook.delete': async ({ id }: { id: string }) => deleteTag(store, id),
  }
}
