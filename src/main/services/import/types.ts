import type { ArticleMeta } from '../../../shared/domain'

/** What every importer produces: the text as paragraphs and whatever
 * metadata the source carried. */
export type ImportedText = {
  format: 'txt' | 'html' | 'paste'
  paragraphs: string[]
  meta: Partial<ArticleMeta>
}
