// Zip archives for exports made of several files (.qdpx, a brat folder as one
// download). Entries carry the export's own timestamp, not the clock, so the
// same export gives the same bytes.
import { strToU8, zipSync } from 'fflate'

export type OutputFile = { name: string; data: string | Uint8Array }

export function zipFiles(files: OutputFile[], generatedAt: string): Uint8Array {
  const parsed = new Date(generatedAt)
  // Zip dates start in 1980; a missing or odd timestamp takes the first one.
  const mtime = Number.isNaN(parsed.getTime()) || parsed.getUTCFullYear() < 1980 ? new Date('1980-01-01T00:00:00Z') : parsed
  const entries = Object.fromEntries(files.map((f) => [f.name, typeof f.data === 'string' ? strToU8(f.data) : f.data]))
  return zipSync(entries, { level: 6, mtime })
}
