// Where the files of a batch import come from (upload-source.ts for files
// the renderer sends, path-source.ts for files and folders on disk), and what
// both give the job: files one at a time, each with the name to show and
// match against a metadata table, and the brat .ann files that belong to it.
import path from 'node:path'

export type SourceFile = {
  /** Shown to the user and matched against a metadata table: the path
   * relative to what was picked, or the name the renderer sent. */
  name: string
  /** Known before reading (the importer refuses large files unread). */
  size: number
  read(): Promise<Uint8Array>
  /** The file on disk, for path sources. */
  location?: string
}

export type AnnotationFile = { name: string; read(): Promise<Uint8Array> }

export interface ImportSource {
  /** Files in all, when known. */
  readonly total: number | null
  files(signal: AbortSignal): AsyncIterable<SourceFile>
  /** The .ann files of a text file, by name (first annotator first). */
  annotationsFor(file: SourceFile): Promise<AnnotationFile[]>
  /** .ann files that no text claimed, at the end of the import. */
  unusedAnnotations(): string[]
  /** Anything the user must know about how the files arrived. */
  problem?(): string | null
}

export const isAnnotation = (name: string) => /\.ann$/i.test(name)
export const stemOf = (name: string) => path.basename(name.replace(/\\/g, '/')).replace(/\.[^.]+$/, '')

/** Whether `annStem` names annotations of `textStem`: the same name, or the
 * name with an annotator suffix (PolNeAR's NAME_4e07.ann). */
export function annotates(annStem: string, textStem: string): boolean {
  return annStem === textStem || (annStem.startsWith(textStem + '_') && /^[A-Za-z0-9]{1,16}$/.test(annStem.slice(textStem.length + 1)))
}
