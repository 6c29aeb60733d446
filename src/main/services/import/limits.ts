// How big a file Claimbook imports. A news article is rarely over 100 KB of
// text; these caps are far above that, and low enough that one file can
// never stall the app or write an article file the workspace cannot read
// back (see Body in shared/domain.ts: 2 million characters per paragraph).
export const IMPORT_LIMITS = {
  /** .txt, .md and .html files. */
  textFileBytes: 10 * 1024 * 1024,
  /** .docx and .pdf files (images make them large). */
  documentFileBytes: 100 * 1024 * 1024,
  /** A metadata table (CSV/TSV). */
  tableFileBytes: 50 * 1024 * 1024,
  /** A brat .ann file. */
  annotationFileBytes: 20 * 1024 * 1024,
  paragraphChars: 2_000_000,
  paragraphs: 100_000,
}

const BINARY_FORMATS = new Set(['.docx', '.pdf'])

export const formatSize = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : bytes >= 1024 ? `${(bytes / 1024).toFixed(0)} KB` : `${bytes} bytes`

/** The size cap for a file of this extension, and the message when it is
 * passed (null when the size is fine). */
export function sizeProblem(fileName: string, ext: string, size: number): string | null {
  const limit = BINARY_FORMATS.has(ext) ? IMPORT_LIMITS.documentFileBytes : ext === '.ann' ? IMPORT_LIMITS.annotationFileBytes : IMPORT_LIMITS.textFileBytes
  if (size <= limit) return null
  return `“${fileName}” is ${formatSize(size)}; Claimbook imports ${ext || 'text'} files up to ${formatSize(limit)} (a news article is rarely over 100 KB). If it holds many articles, split it into one file per article and import those.`
}
