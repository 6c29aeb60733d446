// The reference article in its four formats imports to the same article
// paragraphs, from “This article was originally…” to “The Kremlin has denied
// any role in the hacking.”
import { describe, expect, it } from 'vitest'
import { parseFile } from '../../../src/main/services/import'
import { seed } from '../helpers'

const FIRST = 'This article was originally'
const LAST = 'The Kremlin has denied any role in the hacking.'

async function articleParagraphs(format: string): Promise<string[]> {
  const { paragraphs } = await parseFile(`bad-to-worse.${format}`, seed(`bad-to-worse.${format}`))
  const from = paragraphs.findIndex((p) => p.startsWith(FIRST))
  const to = paragraphs.indexOf(LAST)
  expect(from, `${format}: the first article paragraph`).toBeGreaterThanOrEqual(0)
  expect(to, `${format}: the last article paragraph`).toBeGreaterThan(from)
  return paragraphs.slice(from, to + 1)
}

describe('the seed article in four formats', () => {
  it('gives the same paragraphs from .txt, .html and .docx, character for character (NBSP and curly quotes kept)', async () => {
    const txt = await articleParagraphs('txt')
    expect(txt).toHaveLength(20)
    expect(txt.join('\n')).toContain('Putin\u00a0congratulated')
    expect(txt.join('\n')).toContain('Biden’s inauguration')
    expect(await articleParagraphs('html')).toEqual(txt)
    expect(await articleParagraphs('docx')).toEqual(txt)
  })

  it('gives the same paragraphs from .pdf, where only the non-breaking spaces became spaces', async () => {
    // The PDF does hold U+00A0 (its font's ToUnicode map has it), but pdf.js
    // gives every white-space glyph out as a plain space, with or without
    // its Unicode normalisation; a PDF cannot say more. So the only
    // normalisation is NBSP → space, and only for the PDF. Curly quotes,
    // apostrophes, hyphens across lines ("President-elect", "large-scale")
    // and paragraph breaks all come out as in the .txt.
    const txt = await articleParagraphs('txt')
    const pdf = await articleParagraphs('pdf')
    expect(pdf.join('\n')).not.toContain('\u00a0')
    expect(pdf).toEqual(txt.map((p) => p.replace(/\u00a0/g, ' ')))
  })
})
