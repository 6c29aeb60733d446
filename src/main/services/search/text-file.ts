// The plain text of every indexed article in one file, `.index/texts.bin`,
// so that a search result's snippet costs one small read instead of reading,
// parsing and validating the whole article file (a page of 100 results would
// otherwise read 100 article files on every keystroke).
//
// Texts are appended as articles are indexed; where each lies is kept with
// the index rows (search.json). It is derived data like the rest of the
// index: a text whose bytes are not all in the file (a crash before the
// index was saved, a truncated file) is simply read from its article again.
// When more than half of the file is texts of replaced or deleted articles,
// saving the index writes a compact copy under a new name.
import { closeSync, fsyncSync, openSync, readSync, renameSync, statSync, writeSync } from 'node:fs'
import { promises as fs } from 'node:fs'
import { randomBytes } from 'node:crypto'
import path from 'node:path'

/** Where a text lies in the file: byte offset, byte length, and a checksum
 * of the bytes, so that a file holding other bytes is never believed. */
export type TextAt = [number, number, number]

/** FNV-1a over the bytes: a few microseconds for an article. */
function checksum(bytes: Uint8Array): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < bytes.length; i++) hash = Math.imul(hash ^ bytes[i], 0x01000193)
  return hash >>> 0
}

const COMPACT_ABOVE_BYTES = 8 * 1024 * 1024

/** Runs `fn` on the file opened for `flags`, closed afterwards. (No file
 * stays open: nothing to close when the workspace closes, and a read costs
 * an open more, a few microseconds.) */
function withFile<T>(file: string, flags: string, fn: (fd: number) => T): T {
  const fd = openSync(file, flags)
  try {
    return fn(fd)
  } finally {
    closeSync(fd)
  }
}

export class TextFile {
  private size: number
  /** Bytes of texts nobody points at any more. */
  private dead = 0

  private constructor(
    private readonly folder: string,
    public name: string,
  ) {
    this.size = withFile(this.file, 'a+', () => statSync(this.file).size)
  }

  private get file(): string {
    return path.join(this.folder, this.name)
  }

  /** The texts file named in the saved index, or a new one. */
  static async open(indexFolder: string, name: string | null): Promise<TextFile> {
    await fs.mkdir(indexFolder, { recursive: true })
    return new TextFile(indexFolder, name ?? TextFile.newName())
  }

  private static newName(): string {
    return `texts-${randomBytes(6).toString('hex')}.bin`
  }

  /** Whether every byte of `at` is in the file. */
  holds(at: TextAt): boolean {
    return at[0] + at[1] <= this.size
  }

  append(text: string): TextAt {
    const bytes = Buffer.from(text, 'utf8')
    const at: TextAt = [this.size, bytes.length, checksum(bytes)]
    withFile(this.file, 'r+', (fd) => writeSync(fd, bytes, 0, bytes.length, this.size))
    this.size += bytes.length
    return at
  }

  /** The text at `at`; null when the bytes there are not the ones written. */
  read(at: TextAt): string | null {
    const bytes = Buffer.allocUnsafe(at[1])
    let done = 0
    withFile(this.file, 'r', (fd) => {
      while (done < at[1]) {
        const n = readSync(fd, bytes, done, at[1] - done, at[0] + done)
        if (n === 0) break
        done += n
      }
    })
    return done === at[1] && checksum(bytes) === at[2] ? bytes.toString('utf8') : null
  }

  /** Makes the appended texts durable: before an index that points at them
   * is saved. */
  sync(): void {
    withFile(this.file, 'r+', (fd) => fsyncSync(fd))
  }

  forget(at: TextAt): void {
    this.dead += at[1]
  }

  /** After loading: everything but the `live` bytes is dead (texts replaced
   * in earlier sessions, or never saved in an index), so that compaction
   * also reclaims what earlier sessions left. */
  countLive(live: number): void {
    this.dead = Math.max(0, this.size - live)
  }

  /** Writes the live texts to a new file when most of this one is dead, and
   * returns where each now lies (same order); null when nothing was done.
   * The old file is removed by `removeOthers` once the index naming the new
   * one is saved. Synchronous on purpose: no text may be appended to the old
   * file while the positions move to the new one. */
  compact(live: TextAt[]): TextAt[] | null {
    if (this.dead < COMPACT_ABOVE_BYTES || this.dead < this.size / 2) return null
    const moved: TextAt[] = []
    const chunks: Buffer[] = []
    let at = 0
    for (const old of live) {
      // A text no longer readable is left out (its article is read again).
      const text = this.read(old)
      const bytes = Buffer.from(text ?? '', 'utf8')
      chunks.push(bytes)
      moved.push(text === null ? [0, 0, -1] : [at, bytes.length, old[2]])
      at += bytes.length
    }
    const name = TextFile.newName()
    const tmp = path.join(this.folder, `.${name}.tmp`)
    withFile(tmp, 'w', (fd) => {
      const bytes = Buffer.concat(chunks)
      for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done)
      fsyncSync(fd)
    })
    renameSync(tmp, path.join(this.folder, name))
    this.name = name
    this.size = at
    this.dead = 0
    return moved
  }

  /** Removes texts files other than this one (left by a compaction). */
  async removeOthers(): Promise<void> {
    for (const name of await fs.readdir(this.folder).catch(() => [] as string[])) {
      if (/^texts-[0-9a-f]+\.bin$/.test(name) && name !== this.name) await fs.rm(path.join(this.folder, name), { force: true })
    }
  }
}
