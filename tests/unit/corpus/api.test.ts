// The API around a corpus: previewing a metadata table, editing the
// metadata of many articles at once, pasting rich text.
import { describe, expect, it } from 'vitest'
import type { TablePreview } from '../../../src/shared/contract-import'
import type { Article } from '../../../src/shared/domain'
import { openTemp, tempDir } from '../helpers'
import { snapshot } from '../import/fixtures'

const b64 = (s: string) => Buffer.from(s).toString('base64')

describe('corpus.previewTable', () => {
  it('shows the columns, the first rows and a proposed mapping', async () => {
    const { call } = await openTemp()
    const preview = await call<TablePreview>('corpus.previewTable', { fileName: 'meta.tsv', dataBase64: b64('filename\theadline\tpublisher\tdate\nb.txt\tB\tAP\t2020-01-02\na.txt\tA\tAP\t2020-01-01\n'), rows: 1 })
    expect(preview).toEqual({
      fileName: 'meta.tsv',
      delimiter: '\t',
      columns: ['filename', 'headline', 'publisher', 'date'],
      rows: [['b.txt', 'B', 'AP', '2020-01-02']],
      rowCount: 2,
      proposedMapping: { file: 'filename', title: 'headline', outlet: 'publisher', publishedAt: 'date' },
      problems: [],
    })
    await expect(call('corpus.previewTable', { fileName: 'x.csv', dataBase64: b64('one\n1\n') })).rejects.toMatchObject({ code: 'bad-file', message: expect.stringMatching(/no header row/) })
  })
})

describe('articles.updateMetaMany', () => {
  async function three() {
    const ws = await openTemp(tempDir())
    const make = (title: string, tags: string[]) => ws.call<Article>('articles.create', { meta: { title, tags, outlet: 'Old' }, text: `${title} text.` })
    return { ...ws, articles: [await make('One', ['a', 'b']), await make('Two', ['b']), await make('Three', [])] }
  }

  it('sets fields and adds and removes tags, keeping each article’s other tags', async () => {
    const { call, articles } = await three()
    const ids = articles.slice(0, 2).map((a) => a.id)
    expect(await call('articles.updateMetaMany', { ids, patch: { outlet: 'AP', publishedAt: '2020-12-24', language: 'en', addTags: ['sanctions', 'b'], removeTags: ['a'] } })).toEqual({ updated: 2 })
    const [one, two, untouched] = await Promise.all(articles.map((a) => call<Article>('articles.get', { id: a.id })))
    expect(one).toMatchObject({ title: 'One', outlet: 'AP', publishedAt: '2020-12-24', language: 'en', tags: ['b', 'sanctions'] })
    expect(two).toMatchObject({ title: 'Two', outlet: 'AP', tags: ['b', 'sanctions'] })
    expect(untouched).toMatchObject({ outlet: 'Old', tags: [] })
  })

  it('changes nothing when an id is missing or a value is bad', async () => {
    const { call, articles, dir } = await three()
    const before = snapshot(dir)
    await expect(call('articles.updateMetaMany', { ids: [articles[0].id, 'gone123'], patch: { outlet: 'X' } })).rejects.toMatchObject({ code: 'not-found', message: expect.stringMatching(/1 of the chosen articles is no longer in this workspace \(gone123\); nothing was changed/) })
    await expect(call('articles.updateMetaMany', { ids: [articles[0].id], patch: { publishedAt: 'yesterday' } })).rejects.toMatchObject({ code: 'invalid-input' })
    await expect(call('articles.updateMetaMany', { ids: [articles[0].id], patch: {} })).rejects.toThrow(/the patch changes nothing/)
    await expect(call('articles.updateMetaMany', { ids: [articles[0].id], patch: { title: '  ' } })).rejects.toMatchObject({ code: 'invalid-input' })
    expect(snapshot(dir)).toEqual(before)
  })
})

describe('articles.createFromHtml', () => {
  it('stores pasted rich text as paragraphs', async () => {
    const { call } = await openTemp()
    const article = await call<Article>('articles.createFromHtml', { meta: { outlet: 'Clipboard' }, html: '<h1>Pasted</h1><p>First&nbsp;line<br>second line</p><script>x()</script>' })
    expect(article).toMatchObject({ title: 'Pasted', outlet: 'Clipboard', provenance: { format: 'paste-html' } })
    expect(article.body.content.map((b) => b.content?.[0].text)).toEqual(['Pasted', 'First\u00a0line', 'second line'])
    await expect(call('articles.createFromHtml', { meta: {}, html: '<p> </p><script>x()</script>' })).rejects.toThrow(/The pasted text is empty/)
  })
})
