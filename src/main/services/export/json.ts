// The whole workspace in one file: an archive, a hand-over to another tool,
// or a way to move coding between machines. `json-import.ts` reads it back
// into an empty workspace, and export → import → export gives the same bytes:
// records go through their schemas (one key order, defaults filled in
// whatever code or file they came from) and articles are ordered by id.
import { z } from 'zod'
import { Actor, Article, Event, SCHEMA_VERSION } from '../../../shared/domain'
import type { ExportInput } from './export-input'

export const EXPORT_FORMAT_NAME = 'claimbook-export'

export const WorkspaceExport = z.object({
  format: z.literal(EXPORT_FORMAT_NAME),
  schemaVersion: z.number().int().min(1),
  generatedAt: z.string().max(100),
  actors: z.array(Actor),
  events: z.array(Event),
  articles: z.array(Article),
})

export function buildWorkspaceJson(input: ExportInput): string {
  const { generatedAt } = input
  const actors = input.actors.map((a) => Actor.parse(a))
  const events = input.events.map((e) => Event.parse(e))
  const articles = [...input.articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((a) => Article.parse(a))
  return `${JSON.stringify({ format: EXPORT_FORMAT_NAME, schemaVersion: SCHEMA_VERSION, generatedAt, actors, events, articles }, null, 2)}\n`
}
