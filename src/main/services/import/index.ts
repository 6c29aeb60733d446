// One entry point for every file a researcher brings. Picks the importer by
// file extension, and turns every failure into a BadFileError whose message
// says what is wrong and what to do.
//   importBytes  — synchronous, the text formats (.txt, .md, .html);
//   parseFile    — asynchronous, every format (.docx and .pdf too); what the
//                  batch import runs, in a worker thread when it can.
import path from 'node:path'
import { splitVerbatim } from '../corpus/verbatim'
import { BadFileError, decodeTextDetailed, sniffBinary, type DecodedText } from './decode'
import { importDocx } from './docx'
import { importHtml } from './html'
import { htmlToBlocks } from './html-blocks'
import { sizeProblem } from './limits'
import { importMarkdown } from './markdown'
import { importPdf } from './pdf'
import { guessTitle, paragraphsFromText } from './plain-text'
import type { ImportedText } from './types'

export { BadFileError } from './decode'
export type { ImportedText, ImportFormat } from './types'

const TEXT_EXTENSIONS: Record<string, 'txt' | 'md' | 'html'> = { '.txt': 'txt', '.text': 'txt', '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html', '.xhtml': 'html' }
const DOCUMENT_EXTENSIONS: Record<string, 'docx' | 'pdf'> = { '.docx': 'docx', '.pdf': 'pdf' }
export const SUPPORTED_EXTENSIONS = [...Object.keys(TEXT_EXTENSIONS), ...Object.keys(DOCUMENT_EXTENSIONS)]

/** What to tell the user about an extension Claimbook does not read. */
const ADVICE: Record<string, string> = {
  '.doc': 'it is an old Word document: open it in Word and save it as .docx, then import that',
  '.odt': 'it is an OpenDocument text: save it as .docx from your word processor, then import that',
  '.rtf': 'it is an RTF document: save it as .docx or .txt, then import that',
  '.pages': 'it is an Apple Pages document: export it as .docx or PDF, then import that',
  '.csv': 'it is a table: use it as the metadata table of a corpus import rather than as an article',
  '.tsv': 'it is a table: use it as the metadata table of a corpus import rather than as an article',
  '.ann': 'it is a brat annotation file: import it together with the .txt file it annotates',
}

function unsupported(fileName: string, ext: string): BadFileError {
  const advice = ADVICE[ext] ?? `use .txt, .md, .html (a saved web page), .docx or .pdf, or paste the text`
  return new BadFileError(`“${fileName}” is not a file Claimbook can import yet: ${advice}.`)
}

export function importPlainText(text: string, format: 'txt' | 'paste' = 'txt'): ImportedText {
  const paragraphs = paragraphsFromText(text)
  return { format, paragraphs, meta: { title: guessTitle(paragraphs) ?? '' } }
}

/** Pasted rich text (the text/html flavour of the clipboard): every block of
 * it is a paragraph, line breaks included. */
export function importRichText(html: string): ImportedText {
  const { paragraphs, headings } = htmlToBlocks(html, 'split')
  return { format: 'paste-html', paragraphs, meta: { title: headings[0] ?? guessTitle(paragraphs) ?? '' } }
}

function decodeOrThrow(fileName: string, bytes: Uint8Array): DecodedText {
  try {
    return decodeTextDetailed(bytes)
  } catch (err) {
    throw new BadFileError(`“${fileName}” cannot be read as text: ${(err as Error).message}.`)
  }
}

function fromText(ext: string, decoded: DecodedText): ImportedText {
  const kind = TEXT_EXTENSIONS[ext]
  const imported = kind === 'html' ? importHtml(decoded.text) : kind === 'md' ? importMarkdown(decoded.text) : importPlainText(decoded.text)
  return { ...imported, warnings: [...(imported.warnings ?? []), ...decoded.warnings] }
}

function finish(fileName: string, ext: string, imported: ImportedText): ImportedText {
  if (imported.paragraphs.length === 0) throw new BadFileError(`“${fileName}” holds no readable text.`)
  if (!imported.meta.title) imported.meta.title = path.basename(fileName, ext)
  return imported
}

function checkBasics(fileName: string, ext: string, bytes: Uint8Array): void {
  if (!SUPPORTED_EXTENSIONS.includes(ext)) throw unsupported(fileName, ext)
  if (bytes.length === 0) throw new BadFileError(`“${fileName}” is empty.`)
  const tooBig = sizeProblem(fileName, ext, bytes.length)
  if (tooBig) throw new BadFileError(tooBig)
}

/** The text formats, synchronously. */
export function importBytes(fileName: string, bytes: Uint8Array): ImportedText {
  const ext = path.extname(fileName).toLowerCase()
  if (DOCUMENT_EXTENSIONS[ext]) {
    throw new BadFileError(`“${fileName}” is not a file Claimbook can import yet through importBytes, which reads text formats only: .docx and .pdf go through parseFile.`)
  }
  checkBasics(fileName, ext, bytes)
  return finish(fileName, ext, fromText(ext, decodeOrThrow(fileName, bytes)))
}

export type ParseOptions = {
  /** A .txt file kept exactly as it is (one paragraph per line, nothing
   * joined or dropped) and its decoded text returned, for importers that map
   * offsets into it (brat annotations, corpus files; see
   * corpus/verbatim.ts). */
  keepSource?: boolean
}

export type ParsedFile = ImportedText & { warnings: string[]; source?: { text: string; bom: boolean } }

/** Every format. A .txt or .md that is really a PDF or a Word document
 * (renamed by mistake) is read as what it is, with a warning. */
export async function parseFile(fileName: string, bytes: Uint8Array, options: ParseOptions = {}): Promise<ParsedFile> {
  const ext = path.extname(fileName).toLowerCase()
  checkBasics(fileName, ext, bytes)
  const document = DOCUMENT_EXTENSIONS[ext] ?? renamedDocument(bytes)
  if (document) {
    const imported = document === 'docx' ? await importDocx(bytes, fileName) : await importPdf(bytes, fileName)
    const renamed = DOCUMENT_EXTENSIONS[ext] ? [] : [`“${fileName}” is really a ${document === 'pdf' ? 'PDF' : 'Word'} document; it was read as one.`]
    return { ...finish(fileName, ext, imported), warnings: [...renamed, ...(imported.warnings ?? [])] }
  }
  const decoded = decodeOrThrow(fileName, bytes)
  if (options.keepSource && TEXT_EXTENSIONS[ext] === 'txt') {
    const { paragraphs } = splitVerbatim(decoded.text)
    const imported = finish(fileName, ext, { format: 'txt', paragraphs, meta: { title: guessTitle(paragraphs) ?? '' } })
    return { ...imported, warnings: decoded.warnings, source: { text: decoded.text, bom: decoded.bom } }
  }
  const imported = finish(fileName, ext, fromText(ext, decoded))
  return { ...imported, warnings: imported.warnings ?? [] }
}

function renamedDocument(bytes: Uint8Array): 'pdf' | 'docx' | null {
  const what = sniffBinary(bytes)
  if (what === 'a PDF document') return 'pdf'
  if (what?.startsWith('a zip archive') && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('word/document.xml')) return 'docx'
  return null
}
