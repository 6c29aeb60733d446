// The Word report opened by LibreOffice (headless, converted once per input)
// and read by pandoc: every quote in the text, and every claim as a comment
// with its kind, speakers, targets, event and note.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildDocxReport, type ExportInput } from '../../../src/main/services/export'
import { tintOf } from '../../../src/main/services/export/docx'
import { reportModel } from '../../../src/main/services/export/report-model'
import { KINDS } from '../../../src/shared/domain'
import { KIND_STYLES } from '../../../src/shared/kinds'
import { buildFixture, HOSTILE } from './fixture'
import { readWithPandoc, type PandocRead } from './pandoc'
import { polnearInput } from './polnear'
import { normalise, run, scratch } from './tools'

const out = scratch()
afterAll(() => out.done())

const inputs: [string, ExportInput][] = [
  ['seed', buildFixture()],
  ['polnear', polnearInput()],
]
const docx = new Map<string, Uint8Array>()
const read = new Map<string, PandocRead>()

beforeAll(async () => {
  for (const [name, input] of inputs) {
    docx.set(name, await buildDocxReport(input))
    writeFileSync(out.file(`${name}.docx`), docx.get(name)!)
  }
  // One LibreOffice run for both files: it opens each and saves it again as
  // Word 2007+, which is what another word processor would hand back.
  const profile = `file://${out.file('lo-profile')}`
  run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', out.file('lo'), ...inputs.map(([name]) => out.file(`${name}.docx`))])
  for (const [name] of inputs) read.set(name, readWithPandoc(path.join(out.file('lo'), `${name}.docx`), 'docx'))
}, 600_000)

describe.each(inputs)('the Word report of %s, through LibreOffice and pandoc', (name, input) => {
  const model = reportModel(input)
  const numbered = model.views.flatMap((v) => v.claims)

  test('has every quote, in the text and in the claims table', () => {
    const text = normalise(read.get(name)!.text)
    const missing = numbered.filter(({ claim }) => text.split(normalise(claim.quote)).length - 1 < 2)
    expect(missing.map((n) => n.claim.quote).slice(0, 3)).toEqual([])
  })

  test('has every claim as a comment giving its kind, speakers, targets, event and note', () => {
    const comments = read.get(name)!.comments.map(normalise)
    expect(comments).toHaveLength(numbered.length)
    // Comments come in document order: each article's, then the next's.
    let at = 0
    for (const view of model.views) {
      const own = comments.slice(at, at + view.claims.length)
      at += view.claims.length
      for (const n of view.claims) {
        const comment = own.find((c) => c.startsWith(`${n.label} · ${KIND_STYLES[n.claim.kind].label} `) || c === `${n.label} · ${KIND_STYLES[n.claim.kind].label}`)
        expect(comment, `${view.article.title}: ${n.label}`).toBeDefined()
        const { names } = model
        if (n.claim.speakers.length) expect(comment).toContain(normalise(`Speakers: ${names.actors(n.claim.speakers).join('; ')}`))
        if (n.claim.targets.length) expect(comment).toContain(normalise(`Targets: ${names.actors(n.claim.targets).join('; ')}`))
        if (n.claim.eventId) expect(comment).toContain(normalise(`Event: ${names.event(n.claim.eventId)}`))
        if (n.claim.note) expect(comment).toContain(normalise(`Note: ${n.claim.note}`))
      }
    }
  })

  test('highlights each kind in its tint with its underline colour', () => {
    const xml = strFromU8(unzipSync(docx.get(name)!)['word/document.xml'])
    for (const kind of KINDS.filter((k) => numbered.some((n) => n.claim.kind === k))) {
      expect(xml).toContain(`w:fill="${tintOf(kind)}"`)
      expect(xml).toMatch(new RegExp(`<w:u w:val="\\w+" w:color="${KIND_STYLES[kind].colour.slice(1)}"`))
    }
  })
})

test('hostile text stays text, with contents and page numbers', () => {
  const seed = read.get('seed')!
  expect(seed.text).toContain(HOSTILE.title)
  expect(seed.text).toContain(HOSTILE.paragraphs[0])
  expect(seed.text).toMatch(/Contents\n1\. .*Leaked memo\n2\. Russia sees relations/)
  const xml = strFromU8(unzipSync(readFileSync(out.file('seed.docx')))['word/footer1.xml'] ?? new Uint8Array())
  expect(xml).toMatch(/PAGE/)
})

test('without the text, each claim’s comment sits on its quote in the table', async () => {
  const input = { ...buildFixture(), options: { fullText: false } }
  const file = out.file('no-text.docx')
  writeFileSync(file, await buildDocxReport(input))
  const { text, comments } = readWithPandoc(file, 'docx')
  const claims = input.articles.flatMap((a) => a.claims)
  expect(comments).toHaveLength(claims.length)
  for (const claim of claims) expect(normalise(text)).toContain(normalise(claim.quote))
  expect(normalise(text)).not.toContain(normalise('Dmitry Peskov on December 23 warned that Moscow was expecting “nothing positive” in ties with the United States.\n\nRyabkov'))
})
