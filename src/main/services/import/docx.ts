// Word documents (.docx) to paragraphs. The file is checked before mammoth
// sees it (a zip at all, not encrypted, not a bomb, with a document part),
// mammoth turns it into simple HTML (paragraphs and headings), and the HTML
// is reduced to paragraphs like pasted rich text.
import mammoth from 'mammoth'
import { strFromU8, unzipSync } from 'fflate'
import { BadFileError } from './decode'
import { htmlToBlocks } from './html-blocks'
import { guessTitle, tidySpaces } from './plain-text'
import type { ImportedText } from './types'
import { hasEncryptedEntries, listZip, verifyZipInflation } from './zip-guard'

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && (b[2] === 0x03 || b[2] === 0x05) && (b[3] === 0x04 || b[3] === 0x06)
const isOleContainer = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0

/** Checks that the bytes are a .docx Claimbook may open; throws a
 * BadFileError saying what is wrong and what to do otherwise. */
export function checkDocx(bytes: Uint8Array, fileName: string): void {
  if (isOleContainer(bytes)) {
    // Word stores a password-protected .docx inside an OLE container (the
    // format of old .doc files), so both arrive here.
    throw new BadFileError(
      `“${fileName}” is password-protected, or is an old Word (.doc) file renamed .docx. Open it in Word, remove the password (File › Info › Protect Document) or save it as .docx, then import the new file.`,
    )
  }
  if (!isZip(bytes)) {
    throw new BadFileError(`“${fileName}” is not a Word document: a .docx file is a zip archive and this one is not (it may be damaged, or another kind of file renamed .docx). Open it in Word and save it as .docx, then import it again.`)
  }
  const entries = listZip(bytes, fileName)
  if (hasEncryptedEntries(bytes)) throw new BadFileError(`“${fileName}” is encrypted. Remove its password in Word, save it, then import it again.`)
  if (!entries.some((e) => e.name === 'word/document.xml')) {
    throw new BadFileError(`“${fileName}” is a zip archive but not a Word document (it has no word/document.xml); it may be damaged, or another kind of file renamed .docx.`)
  }
  verifyZipInflation(bytes, fileName, entries)
}

/** The title the document's own properties give, when it reads like one. */
function coreTitle(bytes: Uint8Array): string {
  try {
    const files = unzipSync(bytes, { filter: (f) => f.name === 'docProps/core.xml' && f.originalSize < 1_000_000 })
    const xml = files['docProps/core.xml'] ? strFromU8(files['docProps/core.xml']) : ''
    const title = /<dc:title>([^<]*)<\/dc:title>/.exec(xml)?.[1] ?? ''
    return tidySpaces(title.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'"))
  } catch {
    return ''
  }
}

export async function importDocx(bytes: Uint8Array, fileName: string): Promise<ImportedText> {
  checkDocx(bytes, fileName)
  let html: string
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value
  } catch (err) {
    throw new BadFileError(`“${fileName}” is damaged: Word's document part cannot be read (${(err as Error).message}). Open it in Word and save it again, then import the new file.`)
  }
  // A soft line break (Shift+Enter) inside a Word paragraph stays in it.
  const { paragraphs, headings } = htmlToBlocks(html, 'space')
  const title = coreTitle(bytes) || headings[0] || guessTitle(paragraphs) || ''
  return { format: 'docx', paragraphs, meta: { title } }
}
