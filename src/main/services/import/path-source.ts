// Files and folders the user picked in the desktop app or named on the
// command line. Folders are walked lazily, one folder listing at a time (a
// first pass only counts, for the progress bar); hidden files are passed
// over; .ann files go with their .txt, found beside it or in a sibling
// annotations folder.
import { promises as fs, type Dirent } from 'node:fs'
import path from 'node:path'
import { BadFileError } from './decode'
import { annotates, isAnnotation, stemOf, type AnnotationFile, type ImportSource, type SourceFile } from './sources'

const hidden = (name: string) => name.startsWith('.')
/** Where annotation files sit next to a corpus's text folder (PolNeAR keeps
 * train/text and train/attributions side by side). */
const ANNOTATION_FOLDERS = ['attributions', 'annotations', 'ann', 'brat']

type Entry = { abs: string; rel: string; size: number } | { abs: string; rel: string; missing: string }

export class PathSource implements ImportSource {
  total: number | null = null
  private readonly listings = new Map<string, string[]>()
  private readonly annotationsSeen = new Set<string>()
  private readonly annotationsUsed = new Set<string>()

  /** `skip`: absolute paths to pass over (the metadata table). */
  constructor(
    private readonly paths: string[],
    private readonly skip: ReadonlySet<string> = new Set(),
  ) {}

  /** Walks files and folders in name order, hidden ones aside. */
  private async *walk(signal: AbortSignal, withSizes: boolean): AsyncGenerator<Entry> {
    for (const given of this.paths) {
      const abs = path.resolve(given)
      let stat
      try {
        stat = await fs.stat(abs)
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code
        yield { abs, rel: given, missing: code === 'ENOENT' ? 'no such file' : `it cannot be opened (${code ?? (err as Error).message})` }
        continue
      }
      if (stat.isFile()) yield { abs, rel: path.basename(abs), size: stat.size }
      else if (stat.isDirectory()) yield* this.walkFolder(abs, abs, signal, withSizes)
    }
  }

  private async *walkFolder(root: string, dir: string, signal: AbortSignal, withSizes: boolean): AsyncGenerator<Entry> {
    let entries: Dirent[]
    try {
      // One folder at a time; a folder of 10,000 files is 10,000 names.
      entries = (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    } catch (err) {
      yield { abs: dir, rel: path.relative(root, dir) || path.basename(dir), missing: `the folder cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})` }
      return
    }
    for (const entry of entries) {
      if (signal.aborted) return
      if (hidden(entry.name)) continue
      const abs = path.join(dir, entry.name)
      if (entry.isDirectory()) yield* this.walkFolder(root, abs, signal, withSizes)
      else if (entry.isFile()) {
        const rel = path.relative(path.dirname(root), abs).split(path.sep).join('/')
        yield { abs, rel, size: withSizes ? (await fs.stat(abs).catch(() => ({ size: 0 }))).size : 0 }
      }
    }
  }

  async *files(signal: AbortSignal): AsyncIterable<SourceFile> {
    let count = 0
    for await (const entry of this.walk(signal, false)) if (this.counts(entry.abs)) count++
    this.total = count
    for await (const entry of this.walk(signal, true)) {
      if (isAnnotation(entry.abs)) this.annotationsSeen.add(entry.abs)
      if (!this.counts(entry.abs)) continue
      if ('missing' in entry) {
        const reason = entry.missing
        yield { name: entry.rel, size: 0, read: async () => Promise.reject(new BadFileError(reason)) }
      } else {
        const abs = entry.abs
        yield { name: entry.rel, size: entry.size, location: abs, read: async () => new Uint8Array(await fs.readFile(abs)) }
      }
    }
  }

  /** Files the job takes one by one: not the table, not .ann files (each
   * goes with its text). */
  private counts(abs: string): boolean {
    return !this.skip.has(abs) && !isAnnotation(abs)
  }

  private async listing(dir: string): Promise<string[]> {
    let names = this.listings.get(dir)
    if (!names) {
      names = await fs.readdir(dir).catch(() => [] as string[])
      this.listings.set(dir, names)
    }
    return names
  }

  async annotationsFor(file: SourceFile): Promise<AnnotationFile[]> {
    const abs = file.location
    if (!abs) return []
    const stem = stemOf(abs)
    const dir = path.dirname(abs)
    const folders = [dir, ...ANNOTATION_FOLDERS.map((f) => path.join(path.dirname(dir), f))]
    const found: string[] = []
    for (const folder of folders) {
      for (const name of await this.listing(folder)) if (isAnnotation(name) && annotates(stemOf(name), stem)) found.push(path.join(folder, name))
    }
    return found.sort().map((p) => {
      this.annotationsUsed.add(p)
      return { name: path.basename(p), read: async () => new Uint8Array(await fs.readFile(p)) }
    })
  }

  unusedAnnotations(): string[] {
    return [...this.annotationsSeen].filter((p) => !this.annotationsUsed.has(p))
  }
}
