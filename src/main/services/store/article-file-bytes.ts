// The bytes of an article's file, written whole (atomically) on every save.
// A tag in a long article changes one paragraph of hundreds and one claim
// of hundreds, yet turning the whole article into JSON and then into UTF-8
// was most of the store's work for it (7 of 10 ms for a 20,000-word
// article). Paragraphs and claims are therefore turned into bytes one by
// one and those bytes kept, keyed by the object itself: the store never
// changes a paragraph or a claim in place (a change is a new object, see
// saveBlocks and reconcileClaims), so an object seen before has the same
// bytes. The result is byte for byte jsonFileText's (tests check it).
import { randomUUID } from 'node:crypto'
import type { z } from 'zod'
import type { ArticleFile } from '../../../shared/domain'
import { jsonFileText } from './atomic-json-file'

type ArticleData = z.infer<typeof ArticleFile>

/** Bytes of one item of an array, with the indent of its place in the file. */
type Cached = { indent: number; bytes: Buffer }

const blockBytes = new WeakMap<object, Cached>()
const claimBytes = new WeakMap<object, Cached>()

// Stand-ins for the two arrays in the text of the rest of the file; a
// per-process random name no title or note can hold by chance.
const BLOCKS = `claimbook-blocks-${randomUUID()}`
const CLAIMS = `claimbook-claims-${randomUUID()}`

export function articleFileBytes(data: ArticleData): Buffer {
  const { article } = data
  const skeleton = jsonFileText({ ...data, article: { ...article, body: { ...article.body, content: BLOCKS }, claims: CLAIMS } })
  const parts: Buffer[] = []
  let at = 0
  // The two stand-ins in the order they appear in the text.
  const places = [
    { mark: JSON.stringify(BLOCKS), items: article.body.content as object[], cache: blockBytes },
    { mark: JSON.stringify(CLAIMS), items: article.claims as object[], cache: claimBytes },
  ]
    .map((p) => ({ ...p, index: skeleton.indexOf(p.mark) }))
    .sort((a, b) => a.index - b.index)
  for (const place of places) {
    if (place.index < 0) throw new Error('articleFileBytes: the file has no place for its paragraphs or claims.')
    parts.push(Buffer.from(skeleton.slice(at, place.index), 'utf8'))
    parts.push(...arrayBytes(place.items, indentOfLine(skeleton, place.index), place.cache))
    at = place.index + place.mark.length
  }
  parts.push(Buffer.from(skeleton.slice(at), 'utf8'))
  return Buffer.concat(parts)
}

/** The indent (spaces) of the line that holds position `index`. */
function indentOfLine(text: string, index: number): number {
  const start = text.lastIndexOf('\n', index) + 1
  let end = start
  while (text[end] === ' ') end++
  return end - start
}

/** An array as JSON.stringify(…, null, 1) writes it at a property whose line
 * has `indent` spaces: `[`, one item a line one space deeper, `]`. */
function arrayBytes(items: object[], indent: number, cache: WeakMap<object, Cached>): Buffer[] {
  if (items.length === 0) return [Buffer.from('[]')]
  const inner = indent + 1
  const out: Buffer[] = [Buffer.from('[\n')]
  const between = Buffer.from(',\n')
  items.forEach((item, i) => {
    if (i > 0) out.push(between)
    let cached = cache.get(item)
    if (!cached || cached.indent !== inner) {
      const pad = ' '.repeat(inner)
      cached = { indent: inner, bytes: Buffer.from(pad + JSON.stringify(item, null, 1).replaceAll('\n', '\n' + pad), 'utf8') }
      cache.set(item, cached)
    }
    out.push(cached.bytes)
  })
  out.push(Buffer.from('\n' + ' '.repeat(indent) + ']'))
  return out
}
