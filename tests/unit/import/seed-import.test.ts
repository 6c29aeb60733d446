import { describe, expect, it } from 'vitest'
import { importBytes } from '../../../src/main/services/import'
import { seed } from '../helpers'

// The article's own paragraphs, which every importer must keep whole.
const FIRST = 'Russian Deputy Foreign Minister Sergei Ryabkov has accused the incoming administration of President-elect Joe Biden of “Russophobia” and says he expects relations with the United States to go “from bad to worse.”'
const LAST = 'The Kremlin has denied any role in the hacking.'
const TITLE = 'Russia sees relations with US going ‘from bad to worse’'

describe('importing the seed article', () => {
  it('reads bad-to-worse.html: metadata from the page, article paragraphs intact', () => {
    const { meta, paragraphs, format } = importBytes('bad-to-worse.html', seed('bad-to-worse.html'))
    expect(format).toBe('html')
    expect(meta).toMatchObject({
      title: TITLE,
      outlet: 'American Military News',
      author: 'Radio Free Europe/Radio Liberty',
      publishedAt: '2020-12-24',
      url: 'https://americanmilitarynews.com/2020/12/russia-sees-relations-with-us-going-from-bad-to-worse/',
      language: 'en',
    })
    expect(paragraphs).toContain(FIRST)
    expect(paragraphs).toContain(LAST)
    expect(paragraphs).toContain('Trump has downplayed the seriousness of the attack uncovered last week and floated the idea that China might be responsible for the hacking spree.')
    // Navigation, promo and the related-stories box are not article text.
    expect(paragraphs.join('\n')).not.toMatch(/Telegram channel|Another story|Opinion/)
  })

  it('keeps no active content from the page', () => {
    const { meta, paragraphs } = importBytes('bad-to-worse.html', seed('bad-to-worse.html'))
    const everything = JSON.stringify({ meta, paragraphs })
    for (const bad of ['<script', 'onerror', 'javascript:', '<iframe', 'alert(', 'tracker.example', 'document.write', '<']) {
      expect(everything).not.toContain(bad)
    }
  })

  it('reads bad-to-worse.txt with its title, paragraphs, non-breaking spaces and curly quotes as they are', () => {
    const { meta, paragraphs, format } = importBytes('bad-to-worse.txt', seed('bad-to-worse.txt'))
    expect(format).toBe('txt')
    expect(meta.title).toBe(TITLE)
    expect(paragraphs).toContain(FIRST)
    expect(paragraphs).toContain(LAST)
    expect(paragraphs).toContain('Russian President Vladimir Putin\u00a0congratulated Biden for his election victory\u00a0six weeks after the November 3 vote and said he was ready for “collaboration.”')
    // The stray bullet line from the web page is dropped, real lines are not.
    expect(paragraphs.some((p) => /^[\s•\u00a0]+$/.test(p))).toBe(false)
    expect(paragraphs).toHaveLength(24)
  })

  it('gives both seed files the same article paragraphs', () => {
    const fromHtml = importBytes('a.html', seed('bad-to-worse.html')).paragraphs
    const fromTxt = importBytes('a.txt', seed('bad-to-worse.txt')).paragraphs
    const norm = (p: string) => p.replace(/\u00a0/g, ' ').replace(/'/g, '’')
    const start = fromTxt.findIndex((p) => p.startsWith('This article was originally'))
    const body = fromTxt.slice(start).map(norm)
    expect(fromHtml.map(norm)).toEqual(expect.arrayContaining(body))
  })
})

describe('bad files', () => {
  it.each([
    ['empty.txt', new Uint8Array(), /is empty/],
    ['binary.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]), /binary/],
    ['notes.docx', new TextEncoder().encode('hello'), /not a file Claimbook can import yet/],
    ['blank.txt', new TextEncoder().encode('  \n\n \t \n'), /no readable text/],
    ['script-only.html', new TextEncoder().encode('<html><body><script>alert(1)</script></body></html>'), /no readable text/],
  ])('%s gets a clear message', (name, bytes, message) => {
    expect(() => importBytes(name, bytes)).toThrow(message)
  })

  it('reads Windows-1252 and UTF-16 text', () => {
    const cp1252 = new Uint8Array([0x93, 0x48, 0x69, 0x94, 0x20, 0x73, 0x61, 0x69, 0x64, 0x20, 0x74, 0x68, 0x65, 0x20, 0x6d, 0x61, 0x6e, 0x2e])
    expect(importBytes('old.txt', cp1252).paragraphs).toEqual(['“Hi” said the man.'])
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Café news today', 'utf16le')])
    expect(importBytes('u16.txt', utf16).paragraphs).toEqual(['Café news today'])
  })

  it('joins hard-wrapped lines but keeps one-paragraph-per-line text apart', () => {
    const text = 'The minister said the talks\nwould resume next week.\nA second paragraph starts here.\n\nThird.'
    expect(importBytes('w.txt', new TextEncoder().encode(text)).paragraphs).toEqual([
      'The minister said the talks would resume next week.',
      'A second paragraph starts here.',
      'Third.',
    ])
  })
})
