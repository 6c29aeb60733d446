// How the files a user picked travel to the batch import: which are left
// out before sending (hidden system files, files too large for one call) and
// how the rest are grouped into calls. Pure, so it is tested without a
// browser. The contract takes at most MAX_UPLOAD_BASE64 characters and 1,000
// files per call; calls are kept far smaller so that progress moves and the
// page never holds much more than one call's worth of base64 at a time.
import { MAX_UPLOAD_BASE64, type FileOutcome } from '../../../../shared/contract-import'

/** A file as the renderer knows it before reading it. `name` is the path
 * inside a picked folder ("corpus/dev/text/a.txt") or the file's name. */
export type PickedFile = { name: string; size: number; read: () => Promise<ArrayBuffer> }

/** About 8 MB of file content per call. */
export const CALL_BASE64_BUDGET = 12_000_000
export const CALL_MAX_FILES = 100

export const base64Length = (bytes: number) => Math.ceil(bytes / 3) * 4

const baseName = (name: string) => name.replace(/\\/g, '/').split('/').pop() ?? name
export const isAnnotationFile = (name: string) => /\.ann$/i.test(name)
/** .DS_Store, Thumbs.db, ~$lock files of Word: never articles. */
const isSystemFile = (name: string) => {
  const base = baseName(name)
  return base.startsWith('.') || base.startsWith('~$') || /^(thumbs\.db|desktop\.ini)$/i.test(base)
}

export type UploadPlan = {
  /** Groups of files, one per call, in the order to send them. */
  calls: PickedFile[][]
  /** Files that count towards the job's progress (.ann files ride along
   * with their texts and are not counted by the job). */
  counted: number
  /** Files refused before sending, with the reason, for the summary. */
  refused: FileOutcome[]
  /** System files left out of a folder (not articles, not failures). */
  ignored: number
}

export function planUpload(files: PickedFile[]): UploadPlan {
  const refused: FileOutcome[] = []
  let ignored = 0
  const sendable: PickedFile[] = []
  for (const file of files) {
    if (isSystemFile(file.name)) ignored++
    else if (base64Length(file.size) > MAX_UPLOAD_BASE64)
      refused.push({ file: file.name, reason: `“${baseName(file.name)}” is larger than 72 MB, more than the browser can send: import it from the desktop app or with \`claimbook import\` on the command line.` })
    else sendable.push(file)
  }
  // A brat .ann must reach the job before or with its .txt: annotations go
  // first (they are small), then the texts in name order.
  const byName = (a: PickedFile, b: PickedFile) => a.name.localeCompare(b.name, undefined, { numeric: true })
  const ordered = [...sendable.filter((f) => isAnnotationFile(f.name)).sort(byName), ...sendable.filter((f) => !isAnnotationFile(f.name)).sort(byName)]
  const calls: PickedFile[][] = []
  let current: PickedFile[] = []
  let chars = 0
  for (const file of ordered) {
    const length = base64Length(file.size)
    if (current.length && (current.length >= CALL_MAX_FILES || chars + length > CALL_BASE64_BUDGET)) {
      calls.push(current)
      current = []
      chars = 0
    }
    current.push(file)
    chars += length
  }
  if (current.length) calls.push(current)
  return { calls, counted: ordered.filter((f) => !isAnnotationFile(f.name)).length, refused, ignored }
}

/** Files as the browser gives them: a folder's files carry their path. */
export function pickedFromBrowser(list: Iterable<File>): PickedFile[] {
  return [...list].map((file) => ({ name: (file.webkitRelativePath || file.name).slice(-500), size: file.size, read: () => file.arrayBuffer() }))
}

export function bytesToBase64(bytes: Uint8Array): string {
  // String.fromCharCode takes a bounded number of arguments: convert in chunks.
  let binary = ''
  const chunk = 0x8000
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk))
  return btoa(binary)
}
