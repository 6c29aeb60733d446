// One entry point for every file a researcher brings. Picks the importer by
// file extension (falling back on content), and turns every failure into a
// BadFileError whose message says what is wrong and what to do.
import path from 'node:path'
import { BadFileError, decodeText } from './decode'
import { importHtml } from './html'
import { guessTitle, paragraphsFromText } from './plain-text'
import type { ImportedText } from './types'

export { BadFileError } from './decode'
export type { ImportedText } from './types'

export const SUPPORTED_EXTENSIONS = ['.txt', '.text', '.html', '.htm']

export function importPlainText(text: string, format: 'txt' | 'paste' = 'txt'): ImportedText {
  const paragraphs = paragraphsFromText(text)
  return { format, paragraphs, meta: { title: guessTitle(paragraphs) ?? '' } }
}

export function importBytes(fileName: string, bytes: Uint8Array): ImportedText {
  const ext = path.extname(fileName).toLowerCase()
  if (!SUPPORTED_EXTENSIONS.includes(ext)) {
    throw new BadFileError(`“${fileName}” is not a file Claimbook can import yet: use .txt or .html (a saved web page), or paste the text.`)
  }
  if (bytes.length === 0) throw new BadFileError(`“${fileName}” is empty.`)
  let text: string
  try {
    text = decodeText(bytes)
  } catch (err) {
    throw new BadFileError(`“${fileName}” cannot be read as text: ${(err as Error).message}.`)
  }
  const imported = ext === '.html' || ext === '.htm' ? importHtml(text) : importPlainText(text)
  if (imported.paragraphs.length === 0) throw new BadFileError(`“${fileName}” holds no readable text.`)
  if (!imported.meta.title) imported.meta.title = path.basename(fileName, ext)
  return imported
}
