// The whole workspace in one file: an archive, a hand-over to another tool,
// or a way to move coding between machines. Records are written as stored.
import { SCHEMA_VERSION } from '../../../shared/domain'
import type { ExportInput } from './export-input'

export const EXPORT_FORMAT_NAME = 'claimbook-export'

export function buildWorkspaceJson(input: ExportInput): string {
  const { generatedAt, actors, events, articles } = input
  return `${JSON.stringify({ format: EXPORT_FORMAT_NAME, schemaVersion: SCHEMA_VERSION, generatedAt, actors, events, articles }, null, 2)}\n`
}
