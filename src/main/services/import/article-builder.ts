// Imported text to an article record, checked against the schema before it
// is written: an article file that the workspace could not read back (a
// paragraph over the schema's limit) must never reach the disk.
import { createHash } from 'node:crypto'
import { nanoid } from 'nanoid'
import { bodyFromParagraphs } from '../../../shared/body'
import { Article, type ArticleMeta } from '../../../shared/domain'
import { BadFileError } from './decode'
import { IMPORT_LIMITS } from './limits'

export type ArticleSource = {
  paragraphs: string[]
  meta: Partial<ArticleMeta>
  format: Article['provenance']['format']
  fileName: string
  /** The bytes of the file, hashed for the provenance record. */
  bytes?: Uint8Array
}

export const sha256Hex = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex')

export function buildArticle(source: ArticleSource): Article {
  const { paragraphs, meta } = source
  const label = source.fileName ? `“${source.fileName}”` : 'The text'
  if (paragraphs.length > IMPORT_LIMITS.paragraphs) {
    throw new BadFileError(`${label} has ${paragraphs.length.toLocaleString('en')} paragraphs; an article may have up to ${IMPORT_LIMITS.paragraphs.toLocaleString('en')}. Split it into several files.`)
  }
  const long = paragraphs.findIndex((p) => p.length > IMPORT_LIMITS.paragraphChars)
  if (long >= 0) {
    throw new BadFileError(`${label} has a paragraph of ${paragraphs[long].length.toLocaleString('en')} characters (paragraph ${long + 1}); a paragraph may have up to ${IMPORT_LIMITS.paragraphChars.toLocaleString('en')}. It may not be an article (a data dump?); split it into paragraphs with blank lines.`)
  }
  const stamp = new Date().toISOString()
  const candidate = {
    ...meta,
    id: nanoid(12),
    title: (meta.title ?? '').trim() || 'Untitled article',
    provenance: { format: source.format, fileName: source.fileName.split(/[\\/]/).pop() ?? source.fileName, sha256: source.bytes ? sha256Hex(source.bytes) : '', importedAt: stamp },
    body: bodyFromParagraphs(paragraphs),
    claims: [],
    updatedAt: stamp,
  }
  return validArticle(candidate, label)
}

/** The article as the schema reads it back, or a BadFileError naming what
 * does not fit. */
export function validArticle(candidate: unknown, label: string): Article {
  const parsed = Article.safeParse(candidate)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  throw new BadFileError(`${label} cannot be stored as an article: ${issue.path.join('.') || 'article'}: ${issue.message}.`)
}
