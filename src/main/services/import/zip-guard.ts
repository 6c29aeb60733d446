// A .docx is a zip archive, and a zip archive can be a bomb: a few kilobytes
// that inflate to gigabytes. mammoth (through JSZip) inflates every part it
// reads in memory, so the archive is checked first: the sizes its directory
// declares, then the real sizes while inflating (a bomb may lie in its
// directory), each against a cap. Only then is it handed to mammoth.
import { Unzip, UnzipInflate, UnzipPassThrough, unzipSync } from 'fflate'
import { BadFileError } from './decode'

export const ZIP_LIMITS = {
  /** All parts together, inflated. A long Word article with images is a few
   * tens of megabytes. */
  totalBytes: 200 * 1024 * 1024,
  /** How much a large part may grow when inflated. XML compresses about
   * 5–20 times; bombs reach a thousand times and more. */
  ratio: 200,
  /** Parts smaller than this are never suspect, whatever their ratio. */
  ratioFloor: 1024 * 1024,
  entries: 10_000,
}

export type ZipEntry = { name: string; size: number; originalSize: number }

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`

function checkSizes(name: string, compressed: number, inflated: number, total: number, fileName: string): void {
  if (total > ZIP_LIMITS.totalBytes) {
    throw new BadFileError(`“${fileName}” would take more than ${mb(ZIP_LIMITS.totalBytes)} once unpacked, which no article needs: it may be a “zip bomb”. It was not opened. If it is a real document, save a copy without images and import that.`)
  }
  if (inflated > ZIP_LIMITS.ratioFloor && inflated > Math.max(compressed, 1) * ZIP_LIMITS.ratio) {
    throw new BadFileError(`“${fileName}” holds a part (${name}) that grows more than ${ZIP_LIMITS.ratio} times when unpacked: it looks like a “zip bomb” and was not opened.`)
  }
}

/** The archive's directory, as declared; throws when it is not a zip or
 * declares too much. */
export function listZip(bytes: Uint8Array, fileName: string): ZipEntry[] {
  const entries: ZipEntry[] = []
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries.push({ name: file.name, size: file.size, originalSize: file.originalSize })
        return false
      },
    })
  } catch (err) {
    throw new BadFileError(`“${fileName}” is damaged: its zip structure cannot be read (${(err as Error).message}). Open it in Word and save it again, then import the new file.`)
  }
  if (entries.length > ZIP_LIMITS.entries) throw new BadFileError(`“${fileName}” holds ${entries.length} parts, far more than a document has; it was not opened.`)
  let total = 0
  for (const e of entries) checkSizes(e.name, e.size, e.originalSize, (total += e.originalSize), fileName)
  return entries
}

/** Inflates every part while counting the bytes that come out, and stops at
 * the first cap that is passed: the declared sizes may be lies. */
export function verifyZipInflation(bytes: Uint8Array, fileName: string, directory: ZipEntry[]): void {
  const declared = new Map(directory.map((e) => [e.name, e]))
  let total = 0
  let failure: Error | null = null
  const unzip = new Unzip((file) => {
    let inflated = 0
    // A streamed zip gives sizes only in its central directory.
    const entry = declared.get(file.name)
    const compressed = file.size ?? entry?.size ?? Number.POSITIVE_INFINITY
    file.ondata = (err, chunk) => {
      if (failure) return
      if (err) {
        failure = new BadFileError(`“${fileName}” is damaged: part ${file.name} cannot be unpacked (${err.message}). Open it in Word and save it again.`)
        return
      }
      inflated += chunk.length
      total += chunk.length
      try {
        if (entry && inflated > entry.originalSize) {
          throw new BadFileError(`“${fileName}” holds a part (${file.name}) that unpacks to more than its directory declares: it may be a “zip bomb”, or damaged. It was not opened.`)
        }
        checkSizes(file.name, compressed, inflated, total, fileName)
      } catch (e) {
        failure = e as Error
        file.terminate()
      }
    }
    if (file.compression !== 0 && file.compression !== 8) {
      failure ??= new BadFileError(`“${fileName}” uses a kind of zip compression Word does not write (method ${file.compression}); it may be damaged or encrypted.`)
      return
    }
    file.start()
  })
  unzip.register(UnzipInflate)
  unzip.register(UnzipPassThrough)
  try {
    // Fed in slices so that a bomb is stopped after a slice, not after all
    // of it has been inflated.
    const slice = 64 * 1024
    for (let at = 0; at < bytes.length && !failure; at += slice) unzip.push(bytes.subarray(at, at + slice), at + slice >= bytes.length)
  } catch (err) {
    failure ??= new BadFileError(`“${fileName}” is damaged: it cannot be unpacked (${(err as Error).message}). Open it in Word and save it again.`)
  }
  if (failure) throw failure
}

/** Whether any part of the archive is encrypted: bit 0 of its flags in the
 * central directory, found through the end-of-directory record. */
export function hasEncryptedEntries(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let end = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i
      break
    }
  }
  if (end < 0) return false
  const count = view.getUint16(end + 10, true)
  let at = view.getUint32(end + 16, true)
  for (let n = 0; n < count && at + 46 <= bytes.length; n++) {
    if (view.getUint32(at, true) !== 0x02014b50) return false
    if (view.getUint16(at + 8, true) & 1) return true
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
  }
  return false
}
