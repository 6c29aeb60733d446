// Hostile articles: every fixture in tests/fixtures/hostile/ goes through
// every importer that can read it — a saved page (.html, .xhtml), the same
// bytes as Markdown (raw HTML inside Markdown), pasted rich text, the batch
// import (worker or not), a text file and pasted text — and what is stored
// must keep the text a reader sees and carry no markup anywhere: no tag, no
// script, no event handler, no javascript:/data: address, no CSS that loads
// anything. expected.json names, per fixture, the prose that must be kept
// (and the title, for the bidi and homoglyph ones).
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { Document, ExternalHyperlink, Packer, Paragraph, TextRun } from 'docx'
import { afterEach, describe, expect, it } from 'vitest'
import { plainText } from '../../../src/shared/body'
import { ArticleFile, type Article } from '../../../src/shared/domain'
import { REPO, openTemp } from '../helpers'
import { makePdf } from '../import/pdf-fixture'

const DIR = path.join(REPO, 'tests/fixtures/hostile')
type Expected = { prose: string[]; expectTitle?: string; textMarkup?: boolean }
const EXPECTED = JSON.parse(readFileSync(path.join(DIR, 'expected.json'), 'utf8')) as Record<string, Expected>
const FIXTURES = readdirSync(DIR).filter((n) => /\.(html|txt)$/.test(n)).sort()

/** What must never be stored where an importer parsed markup. */
const MARKUP = [
  /<\s*\/?\s*[a-z][a-z0-9:-]*[\s/>]/i, // any tag
  /<!--|<!\[CDATA\[|<\?xml/i,
  /javascript\s*:/i,
  /vbscript\s*:/i,
  /data\s*:\s*text\/html/i,
  /\bon[a-z]+\s*=/i,
  /@import|url\s*\(|expression\s*\(|-moz-binding/i,
  /srcdoc|http-equiv/i,
]

const squash = (s: string) => s.replace(/\s+/g, ' ')

/** Every string anywhere in a value, with where it is. */
function strings(value: unknown, at = ''): [string, string][] {
  if (typeof value === 'string') return [[at, value]]
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${at}.${k}`))
  return []
}

/** Problems found, reported all at once at the end of each test. */
const problems: string[] = []
const check = (ok: boolean, what: string) => {
  if (!ok) problems.push(what)
}

function checkStored(article: Article, dir: string, fixture: string, importer: string, parsesMarkup: boolean): void {
  const where = `${fixture} via ${importer}`
  const expected = EXPECTED[fixture]
  // What is on disk is what was returned, and it is a valid article file.
  const onDisk = ArticleFile.parse(JSON.parse(readFileSync(path.join(dir, 'articles', `${article.id}.json`), 'utf8'))).article
  expect(onDisk, where).toEqual(article)
  // The body is paragraphs and headings of plain text: no marks, no links,
  // no attributes but a heading's level.
  for (const block of article.body.content) {
    expect(['paragraph', 'heading'], where).toContain(block.type)
    expect(Object.keys(block.attrs ?? {}).filter((k) => k !== 'level'), where).toEqual([])
    for (const node of block.content ?? []) {
      expect(node.type, where).toBe('text')
      expect(node.marks ?? [], where).toEqual([])
    }
  }
  expect(article.url === '' || /^https?:\/\/[^\s<>"']+$/i.test(article.url), `${where}: url ${article.url.slice(0, 80)}`).toBe(true)
  // The text a reader sees is kept.
  const text = squash(plainText(article.body))
  // (Tags written in a text file are text; read as Markdown, they are raw
  // HTML a reader never sees, so only the other fixtures' prose is asked for.)
  if (!(expected.textMarkup && importer.startsWith('Markdown'))) for (const prose of expected.prose) check(text.includes(squash(prose)), `${where} lost “${prose}”`)
  // (Markdown has no <title>: raw HTML there is never read for metadata.)
  if (expected.expectTitle && importer !== 'pasted rich text' && !importer.startsWith('Markdown')) check(article.title === expected.expectTitle, `${where}: title ${JSON.stringify(article.title)}`)
  // And no markup survives anywhere, in the text or the metadata.
  if (parsesMarkup && !expected.textMarkup) {
    // The file name is the user's own (and the title when the page has none).
    const fileTitle = path.basename(article.provenance.fileName, path.extname(article.provenance.fileName))
    for (const [field, value] of strings({ ...article, title: article.title === fileTitle ? '' : article.title, provenance: { ...article.provenance, fileName: '' } })) {
      for (const pattern of MARKUP) check(!pattern.test(value), `${where}: ${field} holds ${pattern}: …${value.slice(Math.max(0, value.search(pattern) - 40), value.search(pattern) + 80)}…`)
    }
  }
}

const bytesOf = (name: string) => readFileSync(path.join(DIR, name))
const base64Of = (name: string) => bytesOf(name).toString('base64')

describe('hostile articles', () => {
  afterEach(() => {
    const found = problems.splice(0)
    expect(found).toEqual([])
  })

  it('has at least 30 fixtures, each with the prose a reader must keep', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(30)
    expect(Object.keys(EXPECTED).sort()).toEqual(FIXTURES)
    for (const name of FIXTURES) {
      expect(EXPECTED[name].prose.length, name).toBeGreaterThan(0)
      // The prose is really in the fixture (the test cannot pass by accident).
      for (const prose of EXPECTED[name].prose) expect(squash(bytesOf(name).toString('utf8').replace(/&lt;/g, '<').replace(/&gt;/g, '>')).includes(squash(prose)), name).toBe(true)
    }
  })

  it('stores only text from every fixture through every file importer, one file at a time', async () => {
    const { dir, call } = await openTemp()
    for (const fixture of FIXTURES) {
      const html = fixture.endsWith('.html')
      const routes: [string, string][] = html
        ? [
            ['a saved page (.html)', fixture],
            ['a saved page (.xhtml)', fixture.replace(/\.html$/, '.xhtml')],
            ['Markdown with raw HTML (.md)', fixture.replace(/\.html$/, '.md')],
          ]
        : [
            ['a text file (.txt)', fixture],
            ['Markdown (.md)', fixture.replace(/\.txt$/, '.md')],
          ]
      for (const [importer, fileName] of routes) {
        const article = await call<Article>('articles.importFile', { fileName, dataBase64: base64Of(fixture) })
        // A .txt keeps its characters as they are (shown as text, never
        // parsed); Markdown and HTML are parsed, so nothing may survive.
        checkStored(article, dir, fixture, importer, !fileName.endsWith('.txt'))
      }
    }
  }, 120_000)

  it('stores only text from pasted rich text and pasted plain text', async () => {
    const { dir, call } = await openTemp()
    for (const fixture of FIXTURES) {
      const source = bytesOf(fixture).toString('utf8')
      if (fixture.endsWith('.html')) {
        const article = await call<Article>('articles.createFromHtml', { meta: {}, html: source })
        checkStored(article, dir, fixture, 'pasted rich text', true)
      } else {
        const article = await call<Article>('articles.create', { meta: {}, text: source })
        checkStored(article, dir, fixture, 'pasted text', false)
      }
    }
  }, 120_000)

  it('stores only text from every fixture through the batch import', async () => {
    const { dir, call, store } = await openTemp()
    const files = FIXTURES.map((fileName) => ({ fileName, dataBase64: base64Of(fileName) }))
    let job = await call<{ id: string; state: string }>('import.start', { files, onDuplicate: 'keep' })
    while (job.state === 'running') {
      await new Promise((r) => setTimeout(r, 50))
      job = await call<{ id: string; state: string; summary: { imported: number; failures: unknown[] } }>('jobs.get', { id: job.id })
    }
    expect(job).toMatchObject({ state: 'done', summary: { imported: FIXTURES.length, failures: [] } })
    for (const article of store.allArticles()) checkStored(article, dir, article.provenance.fileName, 'the batch import', article.provenance.fileName.endsWith('.html'))
  }, 120_000)

  it('stores only text from a Word document carrying hostile links and markup as text', async () => {
    const { dir, call } = await openTemp()
    const prose = 'The ferry operator said ticket prices would stay the same this year.'
    const doc = new Document({
      title: 'Ferry \u202eeciton\u202c prices',
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun(prose)] }),
            new Paragraph({ children: [new ExternalHyperlink({ link: 'javascript:alert(1)', children: [new TextRun('Read the statement')] })] }),
            new Paragraph({ children: [new ExternalHyperlink({ link: 'https://evil.example/track', children: [new TextRun('the annex')] })] }),
          ],
        },
      ],
    })
    const bytes = await Packer.toBuffer(doc)
    const files = [{ fileName: 'hostile.docx', dataBase64: Buffer.from(bytes).toString('base64') }]
    let job = await call<{ id: string; state: string }>('import.start', { files })
    while (job.state === 'running') {
      await new Promise((r) => setTimeout(r, 50))
      job = await call<{ id: string; state: string }>('jobs.get', { id: job.id })
    }
    const [summary] = await call<{ id: string }[]>('articles.list')
    const article = await call<Article>('articles.get', { id: summary.id })
    expect(plainText(article.body)).toContain('Read the statement')
    EXPECTED['hostile.docx'] = { prose: [prose] }
    checkStored(article, dir, 'hostile.docx', 'a Word document', true)
  }, 60_000)

  it('stores only text from a PDF whose text carries markup and a bidi-reversed title', async () => {
    const { dir, call } = await openTemp()
    const prose = 'The harbour authority said the new pier would open in the spring.'
    // A PDF's words reach the store as text: markup written in it stays
    // literal characters (never parsed), and nothing in the file is run.
    const bytes = makePdf([[{ text: prose, y: 760 }, { text: '<script>alert(1)</script> <img src=x onerror=alert(2)>', y: 740 }, { text: 'javascript:alert(3)', y: 720 }]], { title: 'Pier \u202eeciton\u202c opening' })
    const article = await call<Article>('articles.importFile', { fileName: 'hostile.pdf', dataBase64: Buffer.from(bytes).toString('base64') })
    EXPECTED['hostile.pdf'] = { prose: [prose], textMarkup: true }
    checkStored(article, dir, 'hostile.pdf', 'a PDF', false)
    expect(plainText(article.body)).toContain('<script>alert(1)</script>')
  }, 60_000)
})
