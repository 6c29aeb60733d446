// Reading local files and sending them to the importer. Files travel as
// base64 because the contract is JSON over IPC or HTTP.
import type { Article } from '../../../../shared/domain'
import { messageOf } from '../../app/errors'
import { api } from '../../app/useApi'

/** What the importer understands today; kept in one place for the drop zone,
 * the file input and the messages. */
export const ACCEPTED_EXTENSIONS = ['.txt', '.html', '.htm'] as const
export const FILE_INPUT_ACCEPT = '.txt,.html,.htm,text/plain,text/html'

export type ImportResult = { fileName: string; ok: true; article: Article } | { fileName: string; ok: false; error: string }

export function isAcceptedFile(name: string): boolean {
  const lower = name.toLowerCase()
  return ACCEPTED_EXTENSIONS.some((ext) => lower.endsWith(ext))
}

export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  // String.fromCharCode takes a bounded number of arguments: convert in chunks.
  let binary = ''
  const chunk = 0x8000
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk))
  return btoa(binary)
}

/** Imports one file after another (the store writes one article at a time)
 * and reports each outcome as it arrives. */
export async function importFiles(files: File[], onResult: (result: ImportResult) => void): Promise<ImportResult[]> {
  const results: ImportResult[] = []
  for (const file of files) {
    let result: ImportResult
    if (!isAcceptedFile(file.name)) {
      result = { fileName: file.name, ok: false, error: `only ${ACCEPTED_EXTENSIONS.join(', ')} files can be imported` }
    } else {
      try {
        const article = await api().articles.importFile({ fileName: file.name, dataBase64: await fileToBase64(file) })
        result = { fileName: file.name, ok: true, article }
      } catch (err) {
        result = { fileName: file.name, ok: false, error: messageOf(err) }
      }
    }
    results.push(result)
    onResult(result)
  }
  return results
}
