// An article without its body: what the library list, the search index's
// check, the claim index and the analyses read for every article. The store
// keeps one for each article in memory and reads a body from its file only
// when something asks for the whole article (see workspace-store.ts), so a
// workspace of 10,000 articles opens without parsing 10,000 bodies.
import { z } from 'zod'
import { Article, type Body } from '../../../shared/domain'
import { BLOCK_SEPARATOR } from '../../../shared/body'

export const ArticleRecord = Article.omit({ body: true }).extend({
  /** The length of the body's plain text (blocks joined by a blank line). */
  textLength: z.number().int().min(0),
})
export type ArticleRecord = z.infer<typeof ArticleRecord>

/** plainText(body).length, without building the string. */
export function textLengthOf(body: Body): number {
  let length = 0
  body.content.forEach((block, i) => {
    if (i > 0) length += BLOCK_SEPARATOR.length
    for (const node of block.content ?? []) length += node.text.length
  })
  return length
}

export function recordOf(article: Article): ArticleRecord {
  const { body, ...rest } = article
  return { ...rest, textLength: textLengthOf(body) }
}
