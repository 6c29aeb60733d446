// Bad files for import tests, made on the fly (nothing large is committed),
// and a byte snapshot of a workspace folder.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { strToU8, Zip, ZipDeflate, zipSync } from 'fflate'
import { makePdf } from './pdf-fixture'

/** A zip whose one part inflates to `megabytes` of zeros: a bomb. Built as
 * a stream, so the test never holds the zeros. With `lie`, its directories
 * declare the part as 1 KB. */
export function zipBomb(megabytes: number, lie = false): Uint8Array {
  const chunks: Uint8Array[] = []
  const zip = new Zip((err, data) => {
    if (err) throw err
    chunks.push(data)
  })
  const types = new ZipDeflate('[Content_Types].xml', { level: 1 })
  zip.add(types)
  types.push(strToU8('<Types/>'), true)
  const doc = new ZipDeflate('word/document.xml', { level: 1 })
  zip.add(doc)
  const zeros = new Uint8Array(1024 * 1024)
  for (let i = 0; i < megabytes; i++) doc.push(zeros, i === megabytes - 1)
  zip.end()
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0))
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.length
  }
  if (lie) {
    const view = new DataView(out.buffer)
    for (let i = 0; i + 46 <= out.length; i++) {
      // Streamed zips keep sizes in a data descriptor (after the data) and
      // in the central directory entry (+24): both are made small.
      const sig = view.getUint32(i, true)
      if (sig === 0x08074b50 && view.getUint32(i + 12, true) > 1_000_000) view.setUint32(i + 12, 1024, true)
      if (sig === 0x02014b50 && view.getUint32(i + 24, true) > 1_000_000) view.setUint32(i + 24, 1024, true)
    }
  }
  return out
}

export const BAD_FILES: Record<string, { bytes: () => Uint8Array; message: RegExp }> = {
  'empty.txt': { bytes: () => new Uint8Array(), message: /“empty\.txt” is empty/ },
  'photo.txt': { bytes: () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]), message: /cannot be read as text: it is a binary file \(a PNG image\)/ },
  'blank.md': { bytes: () => strToU8('  \n\n\t\n'), message: /holds no readable text/ },
  'notazip.docx': { bytes: () => strToU8('Just some text saved with the wrong name.'), message: /is not a Word document: a \.docx file is a zip archive and this one is not/ },
  'bomb.docx': { bytes: () => zipBomb(20), message: /grows more than 200 times when unpacked: it looks like a “zip bomb”/ },
  'liar.docx': { bytes: () => zipBomb(20, true), message: /unpacks to more than its directory declares: it may be a “zip bomb”/ },
  'locked.docx': { bytes: () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]), message: /password-protected, or is an old Word \(\.doc\) file/ },
  'noword.docx': { bytes: () => zipSync({ 'hello.txt': strToU8('hi') }), message: /zip archive but not a Word document \(it has no word\/document\.xml\)/ },
  'damaged.pdf': { bytes: () => makePdf([[{ text: 'Half a document', y: 700 }]]).slice(0, 200), message: /“damaged\.pdf” is damaged and cannot be read/ },
  'locked.pdf': { bytes: () => makePdf([[{ text: 'Secret', y: 700 }]], { encrypted: true }), message: /“locked\.pdf” is password-protected/ },
  'scan.pdf': { bytes: () => makePdf([[]]), message: /has no text layer.*OCR/ },
  'old.doc': { bytes: () => strToU8('x'), message: /old Word document: open it in Word and save it as \.docx/ },
}

/** Every file under `dir` (the lock aside) with a hash of its bytes. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name)
      if (statSync(p).isDirectory()) walk(p)
      else if (name !== '.lock') out[path.relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex')
    }
  }
  walk(dir)
  return out
}
