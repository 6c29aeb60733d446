// Turns the bytes of a text file into a string. Researchers bring files from
// every kind of source: UTF-8 (with or without a byte-order mark), UTF-16 from
// Windows tools, and old Windows-1252 exports. Non-breaking spaces and curly
// quotes are kept exactly as they are.
export class BadFileError extends Error {}

export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192)
  let control = 0
  for (const b of sample) {
    if (b === 0) return true
    if (b < 9 || (b > 13 && b < 32)) control++
  }
  return sample.length > 0 && control / sample.length > 0.1
}

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3))
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  if (looksBinary(bytes)) throw new BadFileError('it looks like a binary file, not text')
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    // Not valid UTF-8: the most common other encoding of Western news text.
    return decodeWindows1252(bytes)
  }
}

// Node's TextDecoder treats "windows-1252" as ISO-8859-1, which turns curly
// quotes and dashes (0x80–0x9F) into control characters; this table is the
// real code page for that range.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = ''
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b)
  return out
}
