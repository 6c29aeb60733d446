// PDF documents to paragraphs, through unpdf (pdf.js without a browser). The
// text of each page comes out as positioned items; pdf-layout rebuilds the
// paragraphs. A damaged, encrypted or image-only PDF gets a message that
// says what to do.
import { extractTextItems, getDocumentProxy, getMeta } from 'unpdf'
import { BadFileError } from './decode'
import { dropRunningLines, linesOfPage, paragraphsFromLines, type PdfItem } from './pdf-layout'
import { guessTitle, tidySpaces } from './plain-text'
import type { ImportedText } from './types'

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>

const isPdf = (b: Uint8Array) => {
  // The header may follow a little garbage (some tools prepend a BOM).
  const head = Buffer.from(b.buffer, b.byteOffset, Math.min(b.byteLength, 1024)).toString('latin1')
  return head.includes('%PDF-')
}

async function open(bytes: Uint8Array, fileName: string): Promise<PdfDocument> {
  if (!isPdf(bytes)) throw new BadFileError(`“${fileName}” is not a PDF document (it has no PDF header); it may be another kind of file renamed .pdf.`)
  try {
    // pdf.js takes ownership of (detaches) the buffer it is given: a copy.
    return await getDocumentProxy(new Uint8Array(bytes), { stopAtErrors: false })
  } catch (err) {
    const name = (err as { name?: string }).name ?? ''
    if (name === 'PasswordException') {
      throw new BadFileError(`“${fileName}” is password-protected. Open it with its password and save or print it as a PDF without one, or copy its text and paste it into Claimbook.`)
    }
    throw new BadFileError(`“${fileName}” is damaged and cannot be read (${(err as Error).message}). Open it in a PDF reader and save or print it as a new PDF, then import that.`)
  }
}

/** A title from the document properties, unless it is what a tool wrote on
 * its own ("Microsoft Word - draft.docx", "untitled"). */
function propertyTitle(info: Record<string, unknown>): string {
  const title = typeof info.Title === 'string' ? tidySpaces(info.Title) : ''
  return /\.(docx?|pdf|odt|rtf|txt|html?)$|^(untitled|microsoft word)|^\s*$/i.test(title) ? '' : title
}

export async function importPdf(bytes: Uint8Array, fileName: string): Promise<ImportedText> {
  const pdf = await open(bytes, fileName)
  try {
    let pages: PdfItem[][]
    try {
      pages = (await extractTextItems(pdf)).items
    } catch (err) {
      throw new BadFileError(`“${fileName}” is damaged: its text cannot be read (${(err as Error).message}). Open it in a PDF reader and save it as a new PDF, then import that.`)
    }
    const lines = dropRunningLines(pages.map(linesOfPage))
    const paragraphs = paragraphsFromLines(lines)
    if (paragraphs.length === 0) {
      throw new BadFileError(`“${fileName}” has no text layer (it is probably a scan, made of images). Run it through text recognition (OCR) first, then import the result.`)
    }
    const warnings: string[] = []
    const empty = lines.filter((l) => l.length === 0).length
    if (empty > 0 && empty < lines.length) warnings.push(`${empty} of ${lines.length} pages have no text (images only); their content is not imported.`)
    const info = await getMeta(pdf).then((m) => m.info as Record<string, unknown>, () => ({}) as Record<string, unknown>)
    const author = typeof info.Author === 'string' ? tidySpaces(info.Author).slice(0, 1_000) : ''
    return { format: 'pdf', paragraphs, meta: { title: propertyTitle(info) || guessTitle(paragraphs) || '', ...(author ? { author } : {}) }, warnings }
  } finally {
    await pdf.loadingTask.destroy().catch(() => undefined)
  }
}
