// The REFI-QDA project: valid against the published Project.xsd (xmllint,
// from libxml2-utils), and every claim a coded selection of its source text
// at the right characters, with its kind, event, actors (cases) and note.
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildQdpx, type ExportInput } from '../../../src/main/services/export'
import { guidFor } from '../../../src/main/services/export/qdpx'
import { KIND_STYLES } from '../../../src/shared/kinds'
import { REPO } from '../helpers'
import { buildFixture } from './fixture'
import { polnearInput } from './polnear'
import { run, scratch } from './tools'

const XSD = path.join(REPO, 'tests/fixtures/schemas/refi-qda/Project.xsd')
const out = scratch()
afterAll(() => out.done())

const codePoints = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join('')

type Selection = { guid: string; start: number; end: number; codes: string[]; notes: string[] }
type Project = {
  codes: Record<string, string>
  sources: { guid: string; name: string; path: string; selections: Selection[]; notes: string[] }[]
  cases: { guid: string; name: string; selections: string[]; values: string[] }[]
  notes: { guid: string; text: string }[]
  guids: string[]
}

/** The project as Python's ElementTree reads it (a second, independent XML reader). */
function readProject(file: string): Project {
  const script = `
import json, sys, xml.etree.ElementTree as ET
ns = {"q": "urn:QDA-XML:project:1.0"}
root = ET.parse(sys.argv[1]).getroot()
refs = lambda el, tag: [r.get("targetGUID") for r in el.findall("q:" + tag, ns)]
print(json.dumps({
  "codes": {c.get("guid"): c.get("name") for c in root.iter("{urn:QDA-XML:project:1.0}Code")},
  "sources": [{"guid": s.get("guid"), "name": s.get("name"), "path": s.get("plainTextPath"), "notes": refs(s, "NoteRef"),
               "selections": [{"guid": p.get("guid"), "start": int(p.get("startPosition")), "end": int(p.get("endPosition")),
                               "codes": [c.find("q:CodeRef", ns).get("targetGUID") for c in p.findall("q:Coding", ns)], "notes": refs(p, "NoteRef")}
                              for p in s.findall("q:PlainTextSelection", ns)]}
              for s in root.findall("q:Sources/q:TextSource", ns)],
  "cases": [{"guid": c.get("guid"), "name": c.get("name"), "selections": refs(c, "SelectionRef"),
             "values": [v.text for v in c.findall("q:VariableValue/q:TextValue", ns)]} for c in root.findall("q:Cases/q:Case", ns)],
  "notes": [{"guid": n.get("guid"), "text": n.find("q:PlainTextContent", ns).text} for n in root.findall("q:Notes/q:Note", ns)],
  "guids": [el.get("guid") for el in root.iter() if el.get("guid")],
}))
`
  return JSON.parse(run('python3', ['-c', script, file]))
}

describe.each([
  ['the seed article with its gold claims', buildFixture],
  ['100 PolNeAR articles with their gold attributions', () => polnearInput()],
])('.qdpx of %s', (name, make) => {
  const input: ExportInput = make()
  const file = out.file(`${input.articles.length}-project.qde`)
  let zip: Record<string, Uint8Array>
  let project: Project
  beforeAll(async () => {
    zip = unzipSync(await buildQdpx(input))
    writeFileSync(file, strFromU8(zip['project.qde']))
    project = readProject(file)
  }, 300_000)

  test('project.qde is valid against REFI-QDA’s Project.xsd', () => {
    const r = run('xmllint', ['--noout', '--schema', XSD, file], { stdio: ['ignore', 'pipe', 'pipe'] })
    expect(r).toBe('')
  })

  test('each article is a source whose text file is in the archive', () => {
    expect(project.sources).toHaveLength(input.articles.length)
    for (const source of project.sources) {
      const m = /^internal:\/\/(.+\.txt)$/.exec(source.path)
      expect(m, source.name).not.toBeNull()
      expect(zip[`sources/${m![1]}`]).toBeDefined()
    }
  })

  test('every claim is a selection over its quote, coded with its kind and event', () => {
    let selections = 0
    for (const article of input.articles) {
      const source = project.sources.find((s) => s.guid === guidFor('source', article.id))!
      expect(source.name).toBe(article.title)
      const text = strFromU8(zip[`sources/${source.guid}.txt`])
      for (const claim of article.claims) {
        const sel = source.selections.find((s) => s.guid === guidFor('selection', article.id, claim.id))!
        expect(sel, claim.id).toBeDefined()
        expect(codePoints(text, sel.start, sel.end)).toBe(claim.quote)
        const coded = sel.codes.map((guid) => project.codes[guid])
        expect(coded[0]).toBe(KIND_STYLES[claim.kind].label)
        if (claim.eventId) expect(coded[1]).toBe(input.events.find((e) => e.id === claim.eventId)!.name)
        selections++
      }
      expect(source.selections).toHaveLength(article.claims.length)
    }
    expect(selections).toBe(input.articles.reduce((n, a) => n + a.claims.length, 0))
  })

  test('actors are cases pointing at the selections they speak or are targeted in, with their type', () => {
    const selections = new Set(project.sources.flatMap((s) => s.selections.map((sel) => sel.guid)))
    expect(project.cases).toHaveLength(input.actors.length)
    for (const actor of input.actors) {
      const found = project.cases.find((c) => c.guid === guidFor('case', actor.id))!
      expect(found.name).toBe(actor.name)
      const expected = input.articles.flatMap((a) => a.claims.filter((c) => c.speakers.includes(actor.id) || c.targets.includes(actor.id)).map((c) => guidFor('selection', a.id, c.id)))
      expect([...found.selections].sort()).toEqual(expected.sort())
      for (const ref of found.selections) expect(selections.has(ref)).toBe(true)
      expect(found.values[0]).toBe(actor.type)
    }
  })

  test('notes are notes, each referenced once; every GUID is unique', () => {
    const noted = input.articles.flatMap((a) => a.claims.filter((c) => c.note)).length + input.articles.filter((a) => a.notes).length
    expect(project.notes).toHaveLength(noted)
    const refs = project.sources.flatMap((s) => [...s.notes, ...s.selections.flatMap((sel) => sel.notes)])
    expect(refs.sort()).toEqual(project.notes.map((n) => n.guid).sort())
    expect(new Set(project.guids).size).toBe(project.guids.length)
    if (name.startsWith('the seed')) expect(project.notes.map((n) => n.text)).toContain('Two denials, one per paragraph.')
  })
})

test('positions count code points, so a quote after an emoji still lands on its words', async () => {
  const input = buildFixture()
  const [seed] = input.articles
  const emoji = '😀 '
  const body = { ...seed.body, content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: emoji }] }, ...seed.body.content] }
  const shift = emoji.length + 2
  const article = { ...seed, body, claims: seed.claims.map((c) => ({ ...c, start: c.start + shift, end: c.end + shift })) }
  const zip = unzipSync(await buildQdpx({ ...input, articles: [article] }))
  const qde = strFromU8(zip['project.qde'])
  const text = strFromU8(zip[`sources/${guidFor('source', seed.id)}.txt`])
  const first = article.claims[0]
  const m = new RegExp(`guid="${guidFor('selection', seed.id, first.id)}"[^>]*startPosition="(\\d+)" endPosition="(\\d+)"`).exec(qde)!
  expect(Number(m[1])).toBe(first.start - 1)
  expect(codePoints(text, Number(m[1]), Number(m[2]))).toBe(first.quote)
})
