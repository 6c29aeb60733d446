// Files the renderer read and sends, a few per call (a browser cannot give
// paths; see import.start and import.add): the job takes them as they arrive,
// and a sender that outruns the job waits (back-pressure). .ann files are
// held until their text comes; the renderer sends each .ann before or with
// its .txt.
import type { UploadedFile } from '../../../shared/contract-import'
import { annotates, isAnnotation, stemOf, type AnnotationFile, type ImportSource, type SourceFile } from './sources'

const MAX_QUEUED_CHARS = 64_000_000
const IDLE_LIMIT_MS = 10 * 60_000

export class UploadSource implements ImportSource {
  private readonly queue: SourceFile[] = []
  private readonly held = new Map<string, { name: string; data: string }>()
  private readonly used = new Set<string>()
  private queuedChars = 0
  private closed = false
  private wake: (() => void) | null = null
  private roomWaiters: (() => void)[] = []
  private idleTimer: NodeJS.Timeout | null = null
  /** Set when the renderer stopped sending without saying it was done. */
  stalled = false

  constructor(private readonly expected: number | null) {
    this.touch()
  }

  get total(): number | null {
    return this.expected
  }

  get isClosed(): boolean {
    return this.closed
  }

  /** Queues files; resolves when there is room for more (back-pressure). */
  async push(files: UploadedFile[], more: boolean): Promise<void> {
    if (this.closed) throw new Error('This import no longer takes files (it has finished or was cancelled).')
    this.touch()
    // .ann files first: their text may be in the same call.
    for (const f of [...files].sort((a, b) => Number(isAnnotation(b.fileName)) - Number(isAnnotation(a.fileName)))) {
      if (isAnnotation(f.fileName)) {
        this.held.set(f.fileName, { name: f.fileName, data: f.dataBase64 })
        continue
      }
      const data = f.dataBase64
      this.queuedChars += data.length
      this.queue.push({
        name: f.fileName,
        size: Math.floor((data.length * 3) / 4),
        read: async () => {
          this.queuedChars -= data.length
          this.releaseRoom()
          return Buffer.from(data, 'base64')
        },
      })
    }
    if (!more) this.close()
    this.wake?.()
    while (this.queuedChars > MAX_QUEUED_CHARS && !this.closed) await new Promise<void>((resolve) => this.roomWaiters.push(resolve))
  }

  close(): void {
    this.closed = true
    if (this.idleTimer) clearTimeout(this.idleTimer)
    this.wake?.()
    this.releaseRoom(true)
  }

  private touch(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer)
    this.idleTimer = setTimeout(() => {
      this.stalled = true
      this.close()
    }, IDLE_LIMIT_MS)
    this.idleTimer.unref()
  }

  private releaseRoom(all = false): void {
    if (!all && this.queuedChars > MAX_QUEUED_CHARS) return
    for (const resolve of this.roomWaiters.splice(0)) resolve()
  }

  async *files(signal: AbortSignal): AsyncIterable<SourceFile> {
    while (!signal.aborted) {
      const next = this.queue.shift()
      if (next) {
        yield next
        continue
      }
      if (this.closed) return
      await new Promise<void>((resolve) => {
        this.wake = resolve
        signal.addEventListener('abort', () => resolve(), { once: true })
      })
      this.wake = null
    }
  }

  async annotationsFor(file: SourceFile): Promise<AnnotationFile[]> {
    const stem = stemOf(file.name)
    return [...this.held.values()]
      .filter((a) => annotates(stemOf(a.name), stem))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((a) => {
        this.used.add(a.name)
        return { name: a.name, read: async () => Buffer.from(a.data, 'base64') }
      })
  }

  unusedAnnotations(): string[] {
    return [...this.held.keys()].filter((n) => !this.used.has(n))
  }

  problem(): string | null {
    return this.stalled ? `No file arrived for ${IDLE_LIMIT_MS / 60_000} minutes, so the import ended with the files it had received. Import the missing ones again (duplicates are recognised).` : null
  }
}
