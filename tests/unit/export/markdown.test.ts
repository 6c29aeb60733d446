// The Markdown report read by pandoc: every quote in the text (between its
// ⟦label … ⟧ brackets) and in a claims table, and nothing from an article
// turned into markup (no raw HTML, no links, no images).
import { writeFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildMarkdownReport, type ExportInput } from '../../../src/main/services/export'
import { CLOSE, OPEN } from '../../../src/main/services/export/markdown'
import { reportModel } from '../../../src/main/services/export/report-model'
import { buildFixture, HOSTILE } from './fixture'
import { readWithPandoc } from './pandoc'
import { polnearInput } from './polnear'
import { normalise, run, scratch } from './tools'

const out = scratch()
afterAll(() => out.done())

/** Node types of pandoc's AST, with how often each occurs. */
function nodeTypes(file: string): Map<string, number> {
  const counts = new Map<string, number>()
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk)
    else if (v && typeof v === 'object') {
      const t = (v as { t?: string }).t
      if (t) counts.set(t, (counts.get(t) ?? 0) + 1)
      Object.values(v).forEach(walk)
    }
  }
  walk(JSON.parse(run('pandoc', ['-f', 'markdown-smart', '-t', 'json', file])).blocks)
  return counts
}

describe.each([
  ['the seed article with its gold claims', buildFixture],
  ['100 PolNeAR articles with their gold attributions', () => polnearInput()],
])('the Markdown report of %s, read by pandoc', (name, make) => {
  const input: ExportInput = make()
  const file = out.file(`${input.articles.length}.md`)
  let text: string
  beforeAll(async () => {
    writeFileSync(file, await buildMarkdownReport(input))
    text = readWithPandoc(file, 'markdown').text
  }, 300_000)
  const model = reportModel(input)
  const numbered = model.views.flatMap((v) => v.claims)

  test('has every quote twice: in the bracketed text and in its table', () => {
    const plain = normalise(text.replace(new RegExp(`${OPEN}[ADT]\\d+ | ${CLOSE}`, 'g'), ''))
    const missing = numbered.filter(({ claim }) => plain.split(normalise(claim.quote)).length - 1 < 2)
    expect(missing.map((n) => n.claim.quote).slice(0, 3)).toEqual([])
  })

  test('brackets each claim with its label', () => {
    for (const n of numbered.slice(0, 200)) expect(text).toContain(`${OPEN}${n.label} `)
    expect(text.split(OPEN).length).toBe(text.split(CLOSE).length)
  })

  test('makes tables of claims and no markup from article text', () => {
    const types = nodeTypes(file)
    expect(types.get('Table')).toBe(model.views.filter((v) => v.claims.length).length)
    for (const t of ['Link', 'Image', 'RawBlock', 'CodeBlock', 'BlockQuote']) expect(types.get(t) ?? 0, `${name}: ${t}`).toBe(0)
    // The one HTML written on purpose: <br> for line breaks inside table cells.
    const raw = run('pandoc', ['-f', 'markdown-smart', '-t', 'json', file]).match(/"t":"RawInline","c":\["html","[^"]*"\]/g) ?? []
    expect(raw.every((r) => r.includes('<br>'))).toBe(true)
  })
})

test('hostile titles, quotes and formulas stay text', async () => {
  const file = out.file('seed.md')
  writeFileSync(file, await buildMarkdownReport(buildFixture()))
  // A mark without a claim record (a damaged file) is bracketed with its letter only.
  const text = readWithPandoc(file, 'markdown').text.replace(new RegExp(`${OPEN}[ADT]\\d* | ${CLOSE}`, 'g'), '')
  expect(text).toContain(HOSTILE.title)
  for (const paragraph of HOSTILE.paragraphs) expect(text).toContain(paragraph)
  expect(text).toContain(HOSTILE.actorName)
})
