// Reads a Claimbook JSON export back into a workspace. Only into an empty one:
// merging two workspaces would need decisions (same actor under two ids?)
// that an import must not make silently. A failed import takes back what it
// wrote, so the workspace is empty again and the file can be retried.
import { ApiError } from '../../../shared/contract'
import type { JsonImportSummary } from '../../../shared/contract-export'
import { SCHEMA_VERSION } from '../../../shared/domain'
import type { WorkspaceStore } from '../store/workspace-store'
import { step, type ExportControl } from './export-input'
import { EXPORT_FORMAT_NAME, WorkspaceExport } from './json'

type Parsed = ReturnType<typeof WorkspaceExport.parse>

export function parseWorkspaceJson(text: string): Parsed {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (err) {
    throw new ApiError('bad-file', `This file is not JSON (${(err as Error).message}). Choose a file made by Claimbook’s JSON export.`)
  }
  const head = json as { format?: unknown; schemaVersion?: unknown } | null
  if (!head || typeof head !== 'object' || head.format !== EXPORT_FORMAT_NAME) {
    throw new ApiError('bad-file', `This JSON file is not a Claimbook export (its "format" should be "${EXPORT_FORMAT_NAME}"). Choose a file made by Claimbook’s JSON export.`)
  }
  if (typeof head.schemaVersion === 'number' && head.schemaVersion > SCHEMA_VERSION) {
    throw new ApiError('bad-file', `This export was written by a newer Claimbook (schema ${head.schemaVersion}; this one reads ${SCHEMA_VERSION}). Update Claimbook to import it.`)
  }
  const parsed = WorkspaceExport.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new ApiError('bad-file', `This export is damaged at ${issue.path.join('.') || 'the top'}: ${issue.message}. Nothing was imported.`)
  }
  for (const [what, records] of [['actor', parsed.data.actors], ['event', parsed.data.events], ['article', parsed.data.articles]] as const) {
    const seen = new Set<string>()
    for (const { id } of records) {
      if (seen.has(id)) throw new ApiError('bad-file', `This export has two ${what}s with the id “${id}”. Nothing was imported.`)
      seen.add(id)
    }
  }
  return parsed.data
}

export async function importWorkspaceJson(store: WorkspaceStore, text: string, control?: ExportControl): Promise<JsonImportSummary> {
  const data = parseWorkspaceJson(text)
  const existing = store.articleCount + store.actors.length + store.events.length
  if (existing > 0) {
    throw new ApiError(
      'conflict',
      `A JSON export can only be imported into an empty workspace; this one already has ${store.articleCount} articles, ${store.actors.length} actors and ${store.events.length} events. Create a new workspace and import it there.`,
    )
  }
  const written: string[] = []
  try {
    await store.updateActors(() => data.actors)
    await store.updateEvents(() => data.events)
    for (const [i, article] of data.articles.entries()) {
      step(control, 'Importing articles', i, data.articles.length)
      await store.putArticle(article)
      written.push(article.id)
    }
  } catch (err) {
    for (const id of written) await store.deleteArticle(id)
    await store.updateActors(() => [])
    await store.updateEvents(() => [])
    throw err
  }
  return {
    articles: data.articles.length,
    claims: data.articles.reduce((n, a) => n + a.claims.length, 0),
    actors: data.actors.length,
    events: data.events.length,
  }
}
