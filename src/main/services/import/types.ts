import type { ArticleMeta } from '../../../shared/domain'

export type ImportFormat = 'txt' | 'md' | 'html' | 'docx' | 'pdf' | 'paste' | 'paste-html'

/** What every importer produces: the text as paragraphs and whatever
 * metadata the source carried. */
export type ImportedText = {
  format: ImportFormat
  paragraphs: string[]
  meta: Partial<ArticleMeta>
  /** What the user should know about this file although it was imported
   * (bytes replaced, pages without text). */
  warnings?: string[]
}
