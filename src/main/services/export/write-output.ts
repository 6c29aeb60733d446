// Writes a finished export where the user asked for it, never half: each
// file goes to a temporary file in the same folder, is flushed, then renamed
// over the target (writeFileAtomic). A folder export (brat) writes each of
// its files that way; a target ending in .zip gets the zip instead.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { writeFileAtomic } from '../store/atomic-json-file'
import type { ExportArtifact } from './index'

/** Where the export went: one file, or a folder and the files in it. */
export type Written = { path: string; files: number; bytes: number }

export async function writeArtifact(artifact: ExportArtifact, target: string): Promise<Written> {
  const out = path.resolve(target)
  if (artifact.files && !/\.zip$/i.test(out)) {
    await ensureFolder(out, true)
    let bytes = 0
    for (const file of artifact.files) {
      const data = typeof file.data === 'string' ? Buffer.from(file.data, 'utf8') : file.data
      const filePath = path.join(out, file.name)
      await ensureFolder(path.dirname(filePath), true)
      await writeFileAtomic(filePath, data)
      bytes += data.byteLength
    }
    return { path: out, files: artifact.files.length, bytes }
  }
  await ensureFolder(path.dirname(out), false)
  const stat = await fs.stat(out).catch(() => null)
  if (stat?.isDirectory()) throw new Error(`${out} is a folder: name a file to write, such as ${path.join(out, artifact.fileName)}.`)
  const data = typeof artifact.data === 'string' ? Buffer.from(artifact.data, 'utf8') : artifact.data
  await writeFileAtomic(out, data)
  return { path: out, files: 1, bytes: data.byteLength }
}

async function ensureFolder(dir: string, create: boolean): Promise<void> {
  const stat = await fs.stat(dir).catch(() => null)
  if (stat?.isDirectory()) return
  if (stat) throw new Error(`${dir} is a file, not a folder: name a folder to write the export into.`)
  if (!create) throw new Error(`The folder ${dir} does not exist: create it first or write the export somewhere else.`)
  await fs.mkdir(dir, { recursive: true })
}
