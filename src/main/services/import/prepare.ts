// What the batch import needs of a file before the main thread touches it:
// the file parsed (parseFile) and its text counted for the search index and
// the duplicate check (text-stats.ts). Both are the heavy part of importing
// a file, so both run in the parser worker (parse-worker.ts).
import { BLOCK_SEPARATOR } from '../../../shared/body'
import { textStats, type TextStats } from '../search/text-stats'
import { parseFile, type ParsedFile, type ParseOptions } from './index'

export type PreparedFile = ParsedFile & { stats: TextStats }

export async function prepareFile(fileName: string, bytes: Uint8Array, options: ParseOptions = {}): Promise<PreparedFile> {
  const parsed = await parseFile(fileName, bytes, options)
  return { ...parsed, stats: textStats(parsed.paragraphs.join(BLOCK_SEPARATOR)) }
}
