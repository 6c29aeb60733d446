// A lowdb adapter for one JSON file: validated with zod on read, written
// atomically (temp file, fsync, rename, fsync of the folder) so that a crash
// at any moment leaves either the old or the new file, never a torn one.
// Writes to one file are queued so that they land in call order.
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync, promises as fs } from 'node:fs'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import type { Adapter } from 'lowdb'
import type { z } from 'zod'

/** A file that exists but cannot be read as what it should hold. */
export class DamagedFileError extends Error {
  constructor(
    readonly filePath: string,
    readonly reason: string,
  ) {
    super(`${path.basename(filePath)} is damaged: ${reason}`)
  }
}

/** A file written by a newer Claimbook (a schema version this one does not
 * know): never validated against the older schema, never overwritten. */
export class NewerFileError extends Error {
  constructor(
    readonly filePath: string,
    readonly version: number,
  ) {
    super(`${path.basename(filePath)} was written by a newer Claimbook (schema ${version})`)
  }
}

/** Up to this size a file is written in one go, without giving way to the
 * event loop: the eight steps of an atomic write each cost a trip through
 * the thread pool and back, and on a busy machine each trip waits for the
 * process to get a core again (a reader's save of a long article went from
 * 15 ms to 60 ms that way). A bigger file (a search index, a backup) is
 * written asynchronously, so the host keeps answering while the disk works. */
const WRITE_AT_ONCE_BYTES = 2 * 1024 * 1024

export async function writeFileAtomic(filePath: string, text: string | Uint8Array): Promise<void> {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text
  if (bytes.byteLength <= WRITE_AT_ONCE_BYTES) return writeFileAtomicNow(filePath, bytes)
  await replaceFile(filePath, bytes)
  await syncDir(path.dirname(filePath))
}

/** writeFileAtomic's steps, synchronously. */
function writeFileAtomicNow(filePath: string, bytes: Uint8Array): void {
  const dir = path.dirname(filePath)
  const tmp = tempNameFor(filePath)
  const fd = openSync(tmp, 'w')
  try {
    for (let at = 0; at < bytes.byteLength; ) at += writeSync(fd, bytes, at)
    fsyncSync(fd)
  } catch (err) {
    closeSync(fd)
    rmSync(tmp, { force: true })
    throw err
  }
  closeSync(fd)
  try {
    renameSync(tmp, filePath)
  } catch (err) {
    rmSync(tmp, { force: true })
    throw err
  }
  // The rename made durable, where the platform can open a folder (see syncDir).
  let dirFd: number | undefined
  try {
    dirFd = openSync(dir, 'r')
    fsyncSync(dirFd)
  } catch {
    /* best effort */
  } finally {
    if (dirFd !== undefined) closeSync(dirFd)
  }
}

/** `.name.pid.random.tmp` next to the file: the store removes such leftovers
 * of a writer killed mid-save when it opens the workspace. */
const tempNameFor = (filePath: string) => path.join(path.dirname(filePath), `.${path.basename(filePath)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)

/** Writes several files of one folder atomically, as writeFileAtomic does
 * each, with their writes and syncs under way together and the folder synced
 * once at the end (a batch import writes its articles in groups this way).
 * Returns, for each file, null once it is on disk, or why it could not be
 * written. */
export async function writeFilesAtomic(dir: string, files: { name: string; text: string | Uint8Array }[]): Promise<(Error | null)[]> {
  const results = await Promise.allSettled(files.map((f) => replaceFile(path.join(dir, f.name), f.text)))
  await syncDir(dir)
  return results.map((r) => (r.status === 'rejected' ? (r.reason as Error) : null))
}

/** How every JSON file of a workspace is written: readable, one field a line. */
export const jsonFileText = (data: unknown) => JSON.stringify(data, null, 1) + '\n'

/** A temp file written and synced, then renamed over the file. */
async function replaceFile(filePath: string, text: string | Uint8Array): Promise<void> {
  const tmp = tempNameFor(filePath)
  const handle = await fs.open(tmp, 'w')
  try {
    await handle.writeFile(text)
    await handle.sync()
  } catch (err) {
    await handle.close()
    await fs.rm(tmp, { force: true })
    throw err
  }
  await handle.close()
  try {
    await fs.rename(tmp, filePath)
  } catch (err) {
    await fs.rm(tmp, { force: true })
    throw err
  }
}

async function syncDir(dir: string): Promise<void> {
  // Makes the rename itself durable. Not supported on every platform
  // (Windows cannot open a folder), where the rename is already durable enough.
  let handle: fs.FileHandle | undefined
  try {
    handle = await fs.open(dir, 'r')
    await handle.sync()
  } catch {
    /* best effort */
  } finally {
    await handle?.close()
  }
}

export class AtomicJsonFile<T> implements Adapter<T> {
  private queue: Promise<void> = Promise.resolve()

  constructor(
    readonly filePath: string,
    private readonly schema: z.ZodType<T>,
    /** The newest schemaVersion this reader knows; a file that says it is
     * newer fails with NewerFileError before it is validated. */
    private readonly maxVersion = Infinity,
    /** The file's text or bytes (an article's are composed from kept parts). */
    private readonly serialize: (data: T) => string | Uint8Array = jsonFileText,
  ) {}

  async read(): Promise<T | null> {
    let text: string
    try {
      text = await fs.readFile(this.filePath, 'utf8')
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw err
    }
    return this.parse(text)
  }

  /** The file's text checked as read() does: DamagedFileError when it is
   * not valid, NewerFileError when it is from a newer Claimbook. For callers
   * that read the bytes themselves (the store reads an article's body on
   * demand, synchronously). */
  parse(text: string): T {
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch (err) {
      throw new DamagedFileError(this.filePath, `not valid JSON (${(err as Error).message})`)
    }
    const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion
    if (typeof version === 'number' && version > this.maxVersion) throw new NewerFileError(this.filePath, version)
    const parsed = this.schema.safeParse(json)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      throw new DamagedFileError(this.filePath, `${issue.path.join('.') || 'file'}: ${issue.message}`)
    }
    return parsed.data
  }

  write(data: T): Promise<void> {
    const text = this.serialize(data)
    const next = this.queue.then(() => writeFileAtomic(this.filePath, text))
    this.queue = next.catch(() => undefined)
    return next
  }
}
