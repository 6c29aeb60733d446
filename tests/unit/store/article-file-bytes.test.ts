import { readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { articleFileBytes } from '../../../src/main/services/store/article-file-bytes'
import { jsonFileText } from '../../../src/main/services/store/atomic-json-file'
import { addClaimMark, bodyFromParagraphs } from '../../../src/shared/body'
import { SCHEMA_VERSION, type Article } from '../../../src/shared/domain'
import { reconcileClaims } from '../../../src/main/services/api/articles'
import { openTemp } from '../helpers'

function articleOf(paragraphs: string[], title = 'Talks'): Article {
  const meta = { outlet: 'Daily', author: '', publishedAt: '', url: '', language: 'en', tags: [], notes: '', provenance: { format: 'paste' as const, fileName: '', sha256: '', importedAt: '' }, updatedAt: '' }
  return { id: 'a1', title, body: bodyFromParagraphs(paragraphs), claims: [], ...meta }
}

const claim = (id: string, quote: string) => ({ id, kind: 'denial' as const, speakers: ['x'], targets: [], eventId: null, cue: 'denied', note: 'a “note”\nover two lines', tags: [], quote, start: 0, end: quote.length, createdAt: '', updatedAt: '' })

describe('an article file composed from kept parts', () => {
  it('is byte for byte the JSON text the store writes for any article', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, unit: 'grapheme' }), { maxLength: 6 }), fc.string({ unit: 'grapheme' }), fc.array(fc.string(), { maxLength: 3 }), (paragraphs, title, quotes) => {
        const article = { ...articleOf(paragraphs.filter((p) => p.trim()), title), claims: quotes.map((q, i) => claim(`c${i}`, q)) }
        const data = { schemaVersion: SCHEMA_VERSION, article }
        expect(articleFileBytes(data).toString('utf8')).toBe(jsonFileText(data))
      }),
      { numRuns: 200 },
    )
  })

  it('follows a changed paragraph or claim, reusing the bytes of the rest', () => {
    const article = { ...articleOf(['The ministry denied it.', 'A spokesman said so.', 'Nothing else.']), claims: [claim('c1', 'denied')] }
    const first = { schemaVersion: SCHEMA_VERSION, article }
    expect(articleFileBytes(first).toString('utf8')).toBe(jsonFileText(first))
    // A new paragraph object and a new claim object, as saveBlocks makes them.
    const marked = addClaimMark({ type: 'doc', content: [article.body.content[1]] }, 0, 11, 'c2', 'assertion').content[0]
    const content = [...article.body.content]
    content[1] = marked
    const next = { schemaVersion: SCHEMA_VERSION, article: { ...article, title: 'Talks (2)', body: { ...article.body, content }, claims: [article.claims[0], claim('c2', 'A spokesman')] } }
    const text = articleFileBytes(next).toString('utf8')
    expect(text).toBe(jsonFileText(next))
    expect(JSON.parse(text).article.body.content[1]).toEqual(marked)
  })

  it('gets the same claim objects back from the store for claims a save did not change, so their bytes are reused', () => {
    let body = bodyFromParagraphs(['The ministry denied it.', 'A spokesman said so.'])
    body = addClaimMark(body, 4, 12, 'c1', 'assertion')
    const before = reconcileClaims([], body)
    const after = reconcileClaims(before, addClaimMark(body, 25, 36, 'c2', 'denial'))
    expect(after.map((c) => c.id)).toEqual(['c1', 'c2'])
    expect(after[0]).toBe(before[0])
    const widened = reconcileClaims(after, addClaimMark(bodyFromParagraphs(['The ministry denied it.', 'A spokesman said so.']), 4, 19, 'c1', 'assertion'))
    expect(widened[0]).not.toBe(after[0])
    expect(widened[0]).toMatchObject({ quote: 'ministry denied' })
  })

  it('is what a save through the store leaves on disk', async () => {
    const { dir, call } = await openTemp()
    const article = await call<{ id: string }>('articles.create', { meta: { title: 'Talks', outlet: 'Daily' }, text: 'The ministry said the talks would resume.\n\nA spokesman denied any role.' })
    const stored = await call<Article>('articles.get', { id: article.id })
    const block = addClaimMark({ type: 'doc', content: [stored.body.content[1]] }, 2, 11, 'k1', 'denial').content[0]
    await call('articles.saveBlocks', { id: article.id, blockCount: 2, blocks: [{ index: 1, block }] })
    const again = addClaimMark({ type: 'doc', content: [stored.body.content[0]] }, 0, 12, 'k2', 'assertion').content[0]
    await call('articles.saveBlocks', { id: article.id, blockCount: 2, blocks: [{ index: 0, block: again }] })
    const onDisk = readFileSync(path.join(dir, 'articles', `${article.id}.json`), 'utf8')
    const data = JSON.parse(onDisk)
    expect(onDisk).toBe(jsonFileText(data))
    expect(data.article.claims.map((c: { id: string; quote: string }) => [c.id, c.quote])).toEqual([
      ['k2', 'The ministry'],
      ['k1', 'spokesman'],
    ])
  })
})
