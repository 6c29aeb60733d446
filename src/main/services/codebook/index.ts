// The workspace codebook (see shared/contract-codebook.ts): free tags with
// colours, kept in workspace.json under `settings.codebook`. Claims carry tag
// names, so a rename or a removal rewrites the claims that carry the tag.
import { nanoid } from 'nanoid'
import { ApiError } from '../../../shared/contract'
import { CodebookSettings, TAG_COLOURS, type CodebookTag } from '../../../shared/contract-codebook'
import { rewriteClaims } from '../api/common'
import type { WorkspaceStore } from '../store/workspace-store'

/** The tags as stored. A hand-edited codebook that no longer reads is
 * reported, never overwritten: the user decides what to keep. */
export function codebookTags(store: WorkspaceStore): CodebookTag[] {
  const raw = store.settings.codebook
  if (raw === undefined) return []
  const parsed = CodebookSettings.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new ApiError(
      'bad-file',
      `The codebook in workspace.json cannot be read (${issue.path.join('.') || 'codebook'}: ${issue.message}). Fix or remove the "codebook" entry under "settings" in workspace.json, or restore a backup; it was left as it is.`,
    )
  }
  return parsed.data.tags
}

export function listCodebook(store: WorkspaceStore): CodebookTag[] {
  return [...codebookTags(store)].sort((a, b) => a.name.localeCompare(b.name))
}

const sameName = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase()

function checkFreeName(tags: CodebookTag[], name: string, exceptId?: string): void {
  const clash = tags.find((t) => t.id !== exceptId && sameName(t.name, name))
  if (clash) throw new ApiError('conflict', `The codebook already has a tag “${clash.name}”. Use it, or choose another name.`)
}

async function saveTags(store: WorkspaceStore, tags: CodebookTag[]): Promise<void> {
  await store.updateSettings((settings) => ({ ...settings, codebook: { tags } }))
}

/** The first palette colour no tag uses yet (round again when all are taken). */
function nextColour(tags: CodebookTag[]): string {
  const used = new Set(tags.map((t) => t.colour.toUpperCase()))
  return TAG_COLOURS.find((c) => !used.has(c)) ?? TAG_COLOURS[tags.length % TAG_COLOURS.length]
}

export async function createTag(store: WorkspaceStore, input: { name: string; colour?: string; description?: string }): Promise<CodebookTag> {
  const tags = codebookTags(store)
  checkFreeName(tags, input.name)
  const tag: CodebookTag = { id: nanoid(12), name: input.name, colour: input.colour ?? nextColour(tags), description: input.description ?? '' }
  await saveTags(store, [...tags, tag])
  return tag
}

function tagOrThrow(tags: CodebookTag[], id: string): CodebookTag {
  const tag = tags.find((t) => t.id === id)
  if (!tag) throw new ApiError('not-found', `No tag with id “${id}” in the codebook. It may have been deleted.`)
  return tag
}

export async function updateTag(
  store: WorkspaceStore,
  id: string,
  patch: { name?: string; colour?: string; description?: string },
): Promise<{ tag: CodebookTag; renamedOnClaims: number }> {
  const tags = codebookTags(store)
  const old = tagOrThrow(tags, id)
  if (patch.name !== undefined) checkFreeName(tags, patch.name, id)
  const tag = { ...old, ...patch }
  await saveTags(store, tags.map((t) => (t.id === id ? tag : t)))
  const renamed = tag.name === old.name ? 0 : await rewriteClaims(store, (claim) => (claim.tags.includes(old.name) ? { ...claim, tags: [...new Set(claim.tags.map((n) => (n === old.name ? tag.name : n)))] } : null))
  return { tag, renamedOnClaims: renamed }
}

export async function deleteTag(store: WorkspaceStore, id: string): Promise<{ removedFromClaims: number }> {
  const tags = codebookTags(store)
  const tag = tagOrThrow(tags, id)
  await saveTags(store, tags.filter((t) => t.id !== id))
  const removed = await rewriteClaims(store, (claim) => (claim.tags.includes(tag.name) ? { ...claim, tags: claim.tags.filter((n) => n !== tag.name) } : null))
  return { removedFromClaims: removed }
}
