// Every format a researcher brings, read by parseFile: text encodings,
// Markdown, pasted rich text, Word and PDF (layout rebuilt into paragraphs).
import { Document, Packer, Paragraph, HeadingLevel, TextRun } from 'docx'
import { describe, expect, it } from 'vitest'
import { decodeTextDetailed } from '../../../src/main/services/import/decode'
import { importRichText, parseFile } from '../../../src/main/services/import'
import { importMarkdown } from '../../../src/main/services/import/markdown'
import { mendHyphen } from '../../../src/main/services/import/pdf-layout'
import { makePdf, type PdfLineSpec } from './pdf-fixture'

const utf8 = (s: string) => new TextEncoder().encode(s)
const NBSP_TEXT = 'Putin\u00a0said “nothing” about O’Malley’s plan.'

describe('text encodings', () => {
  it.each([
    ['UTF-8', utf8(NBSP_TEXT), 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(NBSP_TEXT)]), 'utf-8-bom'],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(NBSP_TEXT, 'utf16le')]), 'utf-16le'],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(NBSP_TEXT, 'utf16le').swap16()]), 'utf-16be'],
    ['UTF-16 LE without BOM', Buffer.from(NBSP_TEXT, 'utf16le'), 'utf-16le'],
    ['UTF-16 BE without BOM', Buffer.from(NBSP_TEXT, 'utf16le').swap16(), 'utf-16be'],
  ])('%s keeps non-breaking spaces and curly quotes', (_, bytes, encoding) => {
    const decoded = decodeTextDetailed(new Uint8Array(bytes))
    expect(decoded.encoding).toBe(encoding)
    expect(decoded.text).toBe(NBSP_TEXT)
  })

  it('reads Windows-1252, curly quotes and NBSP included', () => {
    // “Hi”, NBSP, ’ and — in code page 1252.
    const bytes = new Uint8Array([0x93, 0x48, 0x69, 0x94, 0xa0, 0x92, 0x97, 0x20, 0x63, 0x61, 0x66, 0xe9])
    expect(decodeTextDetailed(bytes)).toMatchObject({ encoding: 'windows-1252', text: '“Hi”\u00a0’— café', warnings: [] })
  })

  it('keeps UTF-8 with a few broken bytes as UTF-8, and says so', () => {
    const bytes = Buffer.concat([utf8('Café “news” '), Buffer.from([0xc3]), utf8(' today')])
    const decoded = decodeTextDetailed(new Uint8Array(bytes))
    expect(decoded.text).toBe('Café “news” \uFFFD today')
    expect(decoded.warnings[0]).toMatch(/1 place in the file held bytes that are not valid UTF-8.*save the file again as UTF-8/)
  })

  it('tells a renamed binary file from text', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
    await expect(parseFile('photo.txt', png)).rejects.toThrow(/binary file \(a PNG image\)/)
  })

  it('reads a PDF renamed .txt as a PDF, with a warning', async () => {
    const pdf = makePdf([[{ text: 'A renamed document with enough words to read.', y: 700 }]])
    const parsed = await parseFile('oops.txt', pdf)
    expect(parsed.format).toBe('pdf')
    expect(parsed.paragraphs).toEqual(['A renamed document with enough words to read.'])
    expect(parsed.warnings[0]).toMatch(/really a PDF document/)
  })
})

describe('Markdown', () => {
  const md = [
    '---',
    'title: "Sanctions: the view from Moscow"',
    'author: Jane Doe',
    'date: 2020-12-24',
    'url: https://example.org/a',
    'tags: [russia, sanctions]',
    '---',
    '# Heading **one**',
    '',
    'A paragraph with *emphasis*, __strong__ text, `code`, a [link](https://x.org "t") and',
    'a second line of the\u00a0same paragraph with “curly quotes” and snake_case_name.',
    '',
    '![a photo](photo.jpg)',
    '',
    '- first item',
    '- second item with ~~strike~~',
    '',
    '> A quoted line.',
    '',
    '| Name | Role |',
    '|------|------|',
    '| Ryabkov | minister |',
    '',
    '***',
    '[ref]: https://example.org',
    'Setext heading',
    '==============',
    '',
    '```',
    'literal *code* block',
    '```',
  ].join('\n')

  it('keeps the words and drops the markup', () => {
    const { paragraphs, meta, format } = importMarkdown(md)
    expect(format).toBe('md')
    expect(paragraphs).toEqual([
      'Heading one',
      'A paragraph with emphasis, strong text, code, a link and a second line of the\u00a0same paragraph with “curly quotes” and snake_case_name.',
      'first item',
      'second item with strike',
      'A quoted line.',
      'Name | Role',
      'Ryabkov | minister',
      'Setext heading',
      'literal *code* block',
    ])
    expect(paragraphs).not.toContainEqual(expect.stringMatching(/photo|\*\*|\[|\]\(|https:\/\/example\.org|^=+$|^-+$|^\*+$/))
    expect(meta).toEqual({ title: 'Sanctions: the view from Moscow', author: 'Jane Doe', publishedAt: '2020-12-24', url: 'https://example.org/a', tags: ['russia', 'sanctions'] })
  })

  it('takes the first heading as the title without front matter', async () => {
    const parsed = await parseFile('note.md', utf8('Intro line\n\n## The real title\n\nBody text here.'))
    expect(parsed.meta.title).toBe('The real title')
    expect(parsed.paragraphs).toEqual(['Intro line', 'The real title', 'Body text here.'])
  })
})

describe('pasted rich text', () => {
  it('keeps paragraphs, line breaks, non-breaking spaces and curly quotes; drops markup and scripts', () => {
    const html =
      '<meta charset="utf-8"><h2>Breach of <b>US</b> agencies</h2><p>First&nbsp;paragraph with “quotes” and <a href="javascript:alert(1)">a link</a>.</p>' +
      '<script>alert(1)</script><div>Line one<br>Line two</div><span>loose text</span><ul><li>item</li></ul><img src=x onerror=alert(1)>'
    const { paragraphs, meta, format } = importRichText(html)
    expect(format).toBe('paste-html')
    expect(paragraphs).toEqual(['Breach of US agencies', 'First\u00a0paragraph with “quotes” and a link.', 'Line one', 'Line two', 'loose text', 'item'])
    expect(meta.title).toBe('Breach of US agencies')
  })
})

async function makeDocx(paragraphs: { text: string; heading?: boolean }[]): Promise<Uint8Array> {
  const doc = new Document({
    sections: [{ children: paragraphs.map((p) => new Paragraph({ heading: p.heading ? HeadingLevel.HEADING_1 : undefined, children: [new TextRun(p.text)] })) }],
  })
  return new Uint8Array(await Packer.toBuffer(doc))
}

describe('Word documents', () => {
  it('reads paragraphs and takes the first heading as the title', async () => {
    const bytes = await makeDocx([{ text: 'Kremlin denies the hack', heading: true }, { text: 'Peskov\u00a0said “nothing” happened.' }, { text: 'Second paragraph.' }])
    const parsed = await parseFile('story.docx', bytes)
    expect(parsed).toMatchObject({ format: 'docx', paragraphs: ['Kremlin denies the hack', 'Peskov\u00a0said “nothing” happened.', 'Second paragraph.'], meta: { title: 'Kremlin denies the hack' } })
  })
})

describe('PDF documents', () => {
  const body = (lines: string[], top = 700, spacing = 14): PdfLineSpec[] => lines.map((text, i) => ({ text, y: top - i * spacing }))

  it('rejoins lines into paragraphs, mends words broken across lines, and drops running headers and page numbers', async () => {
    const header = { text: 'THE DAILY PLANET  Monday, 3 May 2021', y: 800, size: 9 }
    const pages = [
      [
        header,
        { text: 'Kremlin denies the breach', y: 750, size: 20 },
        ...body(['The first paragraph of the article runs over', 'three lines and mends a word that the govern-', 'ment of the PDF broke in two.']),
        ...body(['A second paragraph starts after a wider gap', 'and keeps the compound President-', 'elect whole.'], 650),
        { text: '1', y: 40, size: 9 },
      ],
      [
        { ...header, text: 'THE DAILY PLANET  Monday, 3 May 2021' },
        ...body(['A paragraph that runs on from the first page to the', 'second keeps going until it ends on a full stop.']),
        ...body(['The last paragraph.'], 660),
        { text: '2', y: 40, size: 9 },
      ],
    ]
    const parsed = await parseFile('story.pdf', makePdf(pages))
    expect(parsed.paragraphs).toEqual([
      'Kremlin denies the breach',
      'The first paragraph of the article runs over three lines and mends a word that the government of the PDF broke in two.',
      'A second paragraph starts after a wider gap and keeps the compound President-elect whole.',
      'A paragraph that runs on from the first page to the second keeps going until it ends on a full stop.',
      'The last paragraph.',
    ])
    expect(parsed.meta.title).toBe('Kremlin denies the breach')
  })

  it('continues a paragraph across a page break when the page ends mid-sentence', async () => {
    const pages = [body(['This sentence starts on one page and', 'continues at the bottom of it with a large-']), body(['scale breach that ends on the next page.', '']).filter((l) => l.text)]
    expect((await parseFile('flow.pdf', makePdf(pages))).paragraphs).toEqual(['This sentence starts on one page and continues at the bottom of it with a large-scale breach that ends on the next page.'])
  })

  it('decides about hyphens at line ends without corrupting compounds', () => {
    const words = new Set(['international'])
    expect(mendHyphen('the inter-', 'national order', words)).toBe('the international order')
    expect(mendHyphen('a large-', 'scale breach', new Set())).toBe('a large-scale breach')
    expect(mendHyphen('the President-', 'elect said', new Set())).toBe('the President-elect said')
    expect(mendHyphen('the informa-', 'tion age', new Set())).toBe('the information age')
    expect(mendHyphen('soft\u00ad', 'ware', new Set())).toBe('software')
    expect(mendHyphen('Russia-', 'U.S. ties', new Set())).toBe('Russia-U.S. ties')
  })

  it('takes the title from the document properties unless a tool wrote it', async () => {
    const one = [[{ text: 'Some text of the article.', y: 700 }]]
    expect((await parseFile('a.pdf', makePdf(one, { title: 'The real headline' }))).meta.title).toBe('The real headline')
    expect((await parseFile('a.pdf', makePdf(one, { title: 'Microsoft Word - draft3.docx' }))).meta.title).toBe('a')
  })
})
