// brat standoff written by the export and read back by the brat importer
// (src/main/services/corpus): the same claims on the same characters, with
// their cues and speakers' mentions, offsets in code points.
import { beforeAll, describe, expect, test } from 'vitest'
import { buildBratFiles, type ExportInput, type OutputFile } from '../../../src/main/services/export'
import { BRAT_CONF } from '../../../src/main/services/export/brat'
import { ActorMatcher } from '../../../src/main/services/corpus/actor-match'
import { parseAnn } from '../../../src/main/services/corpus/brat'
import { claimsFromBrat } from '../../../src/main/services/corpus/brat-claims'
import { splitVerbatim } from '../../../src/main/services/corpus/verbatim'
import { plainText } from '../../../src/shared/body'
import { buildFixture, slug } from './fixture'
import { polnearInput } from './polnear'

const text = (files: { name: string; data: string | Uint8Array }[], name: string) => String(files.find((f) => f.name === name)?.data ?? '')

describe.each([
  ['the seed article with its gold claims', buildFixture],
  ['100 PolNeAR articles with their gold attributions', () => polnearInput()],
])('brat files of %s', (_, make) => {
  const input: ExportInput = make()
  let files: OutputFile[]
  beforeAll(async () => {
    files = await buildBratFiles(input)
  }, 300_000)

  test('a .txt with the article text and a .ann per article, and the brat configuration', () => {
    expect(text(files, 'annotation.conf')).toBe(BRAT_CONF)
    for (const article of input.articles) {
      expect(text(files, `${article.id}.txt`)).toBe(plainText(article.body))
      expect(files.some((f) => f.name === `${article.id}.ann`)).toBe(true)
    }
  })

  test('the importer reads back every claim on the same text, with its kind written alongside', () => {
    for (const article of input.articles) {
      const ann = text(files, `${article.id}.ann`)
      const doc = parseAnn(ann)
      expect(doc.problems).toEqual([])
      const verbatim = splitVerbatim(text(files, `${article.id}.txt`))
      const back = claimsFromBrat(verbatim, doc, new ActorMatcher(input.actors), { bom: false, annotator: '' })
      expect(back.problems).toEqual([])
      const quotes = (claims: { quote: string }[]) => claims.map((c) => c.quote).sort()
      expect(quotes(back.claims)).toEqual(quotes(article.claims))
      const kinds = [...ann.matchAll(/^A\d+\tKind E\d+ (\w+)$/gm)].map((m) => m[1]).sort()
      expect(kinds).toEqual(article.claims.map((c) => c.kind).sort())
    }
  })

  test('cues and speakers are found as spans in the text when they are there', () => {
    let cues = 0
    let withCue = 0
    for (const article of input.articles) {
      const doc = parseAnn(text(files, `${article.id}.ann`))
      const body = plainText(article.body)
      for (const attribution of doc.attributions) for (const cue of attribution.cues) expect(cue.text).toBe(Array.from(body).slice(cue.fragments[0][0], cue.fragments[0][1]).join(''))
      cues += doc.attributions.filter((a) => a.cues.length).length
      withCue += article.claims.filter((c) => c.cue && body.toLowerCase().includes(c.cue.toLowerCase())).length
    }
    expect(cues).toBe(withCue)
  })
})

test('the seed’s speakers are found by name or alias near their claims', async () => {
  const input = buildFixture()
  const files = await buildBratFiles(input)
  const doc = parseAnn(text(files, 'bad-to-worse.ann'))
  const matcher = new ActorMatcher(input.actors)
  const sources = doc.attributions.flatMap((a) => a.sources.map((s) => matcher.resolve(s.text)))
  expect(sources).toContain(slug('Sergei Ryabkov'))
  expect(sources).toContain(slug('Dmitry Peskov'))
  // Every source named is one of the claim's speakers.
  expect(sources.every((id) => input.actors.some((a) => a.id === id))).toBe(true)
})

test('offsets count code points: an emoji before a claim shifts it by one', async () => {
  const input = buildFixture()
  const [seed] = input.articles
  const body = { ...seed.body, content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: '😀' }] }, ...seed.body.content] }
  const shift = '😀'.length + 2
  const article = { ...seed, body, claims: seed.claims.map((c) => ({ ...c, start: c.start + shift, end: c.end + shift })) }
  const files = await buildBratFiles({ ...input, articles: [article] })
  const first = parseAnn(text(files, 'bad-to-worse.ann')).attributions[0].contents[0]
  const claim = [...article.claims].sort((a, b) => a.start - b.start || b.end - a.end)[0]
  expect(first.fragments[0][0]).toBe(claim.start - 1)
})
