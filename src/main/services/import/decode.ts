// Turns the bytes of a text file into a string. Researchers bring files from
// every kind of source: UTF-8 (with or without a byte-order mark), UTF-16 from
// Windows tools (with a byte-order mark, or without one: recognised by where
// its NUL bytes fall), and old Windows-1252 exports. Non-breaking spaces and
// curly quotes are kept exactly as they are.
export class BadFileError extends Error {}

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252'

export type DecodedText = {
  text: string
  encoding: Encoding
  /** Whether a byte-order mark was dropped (offsets from tools that count it,
   * like brat, are then one character further on). */
  bom: boolean
  /** Things the user should know about the text (bytes that were replaced). */
  warnings: string[]
}

/** What a binary file really is, when its first bytes say so: used to tell
 * the user what they picked rather than "this is not text". */
export function sniffBinary(bytes: Uint8Array): string | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b)
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'a PDF document'
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'a zip archive (a .docx, .xlsx or .zip file)'
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return 'an old Microsoft Office document (.doc) or a password-protected one'
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'a PNG image'
  if (starts(0xff, 0xd8, 0xff)) return 'a JPEG image'
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'a GIF image'
  if (starts(0x7b, 0x5c, 0x72, 0x74, 0x66)) return 'an RTF document'
  return null
}

export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192)
  let control = 0
  for (const b of sample) {
    if (b === 0) return true
    if (b < 9 || (b > 13 && b < 32)) control++
  }
  return sample.length > 0 && control / sample.length > 0.1
}

/** UTF-16 without a byte-order mark: text in Latin script has a NUL in every
 * other byte (the high byte of each character), on the odd positions for
 * little-endian and the even ones for big-endian. Binary files have NULs
 * scattered over both. */
export function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1
  if (n < 4) return null
  let evenZeros = 0
  let oddZeros = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++
    if (bytes[i + 1] === 0) oddZeros++
  }
  const pairs = n / 2
  if (oddZeros / pairs > 0.3 && evenZeros / pairs < 0.02) return 'utf-16le'
  if (evenZeros / pairs > 0.3 && oddZeros / pairs < 0.02) return 'utf-16be'
  return null
}

/** Counts multi-byte UTF-8 sequences that are well formed: a file with some
 * of them and a few broken bytes is damaged UTF-8, a file with none is in a
 * legacy single-byte encoding. */
function validMultiByteSequences(bytes: Uint8Array, limit = 1_000_000): number {
  let count = 0
  const end = Math.min(bytes.length, limit)
  for (let i = 0; i < end; i++) {
    const b = bytes[i]
    if (b < 0xc2 || b > 0xf4) continue
    const len = b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4
    let ok = i + len <= bytes.length
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k] & 0xc0) === 0x80
    if (ok) {
      count++
      i += len - 1
    }
  }
  return count
}

function countReplacements(text: string): number {
  let n = 0
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) n++
  return n
}

/** U+FFFD characters the file itself holds (bytes EF BF BD), as opposed to
 * those the decoder put in place of broken bytes. */
function encodedReplacements(bytes: Uint8Array): number {
  let n = 0
  for (let i = 0; i + 2 < bytes.length; i++) if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++
  return n
}

export function decodeTextDetailed(bytes: Uint8Array): DecodedText {
  const result = (text: string, encoding: Encoding, bom = false, warnings: string[] = []): DecodedText => ({ text, encoding, bom, warnings })
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return result(new TextDecoder('utf-8').decode(bytes.subarray(3)), 'utf-8-bom', true)
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return result(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le', true)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return result(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be', true)
  const utf16 = guessUtf16(bytes)
  if (utf16) return result(new TextDecoder(utf16).decode(bytes), utf16)
  if (looksBinary(bytes)) {
    const what = sniffBinary(bytes)
    throw new BadFileError(what ? `it is a binary file (${what}), not text` : 'it looks like a binary file, not text')
  }
  try {
    return result(new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'utf-8')
  } catch {
    // Not valid UTF-8. Either the whole file is in the most common other
    // encoding of Western news text, or it is UTF-8 with some broken bytes.
  }
  if (validMultiByteSequences(bytes) === 0) return result(decodeWindows1252(bytes), 'windows-1252')
  const text = new TextDecoder('utf-8').decode(bytes)
  const replaced = countReplacements(text) - encodedReplacements(bytes)
  return result(text, 'utf-8', false, [
    `${replaced} place${replaced === 1 ? '' : 's'} in the file held bytes that are not valid UTF-8; they were replaced by “\uFFFD”. If words look wrong, save the file again as UTF-8 and import it again.`,
  ])
}

export function decodeText(bytes: Uint8Array): string {
  return decodeTextDetailed(bytes).text
}

// Node's TextDecoder treats "windows-1252" as ISO-8859-1, which turns curly
// quotes and dashes (0x80–0x9F) into control characters; this table is the
// real code page for that range.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'

export function decodeWindows1252(bytes: Uint8Array): string {
  // Chunked: String.fromCharCode over a whole 10 MB file would overflow the
  // call stack, and a string built byte by byte is slow.
  const parts: string[] = []
  const codes = new Uint16Array(Math.min(bytes.length, 32_768))
  for (let start = 0; start < bytes.length; start += codes.length) {
    const chunk = bytes.subarray(start, start + codes.length)
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i]
      codes[i] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b
    }
    parts.push(String.fromCharCode(...codes.subarray(0, chunk.length)))
  }
  return parts.join('')
}
