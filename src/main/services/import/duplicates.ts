// The same article twice is recognised by its text, not its file: a page
// saved twice, or the .txt and the .docx of one article, differ in bytes but
// not in words. The key is a hash of the text's words in order, folded as
// the search index folds them (case, accents), so that what changes between
// copies of the same text does not count: white space and line breaks,
// non-breaking spaces, straight or curly quotes and other punctuation.
import { textStats } from '../search/text-stats'

/** The duplicate key of an article's text (its paragraphs, in any joining). */
export function textFingerprint(text: string): string {
  return textStats(text).hash
}
