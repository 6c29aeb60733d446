// Scopes and options through the API: one article, a selection, an event
// (its comparison) and an actor (its profile); kinds, notes, tags and the
// full text. What a scope leaves out appears in no format.
import { parseHTML } from 'linkedom'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { ExportedFile } from '../../../src/shared/contract'
import { TEXT_EXPORT_FORMATS } from '../../../src/shared/contract-export'
import { parseCsvStrict } from '../helpers/rfc4180'
import { buildFixture, GOLD, slug } from './fixture'
import { workspaceWith, type TestWorkspace } from './workspace'

let ws: TestWorkspace
beforeAll(async () => {
  ws = await workspaceWith(buildFixture())
}, 60_000)
afterAll(() => ws.remove())

const input = buildFixture()
const claims = input.articles.flatMap((a) => a.claims.map((c) => ({ ...c, articleId: a.id })))
const BREACH = slug(GOLD.events[2].name)
const RYABKOV = slug('Sergei Ryabkov')

async function build(format: string, scope: unknown = { type: 'workspace' }, options: unknown = {}): Promise<string> {
  return (await ws.call<ExportedFile>('export.build', { format, scope, options })).content
}
async function csvIds(scope: unknown, options: unknown = {}): Promise<string[]> {
  const [, ...rows] = parseCsvStrict((await build('csv', scope, options)).slice(1))
  return rows.map((r) => r[0])
}
const highlighted = (html: string) => new Set([...parseHTML(html).document.querySelectorAll('.text .claim')].map((el: Element) => el.getAttribute('data-claim')))

describe('scopes', () => {
  test('one article: only its claims, and a report about it alone', async () => {
    expect((await csvIds({ type: 'article', id: 'hostile' })).sort()).toEqual(['h-formula', 'h-img', 'h-script'])
    const { document } = parseHTML(await build('html', { type: 'article', id: 'bad-to-worse' }))
    expect(document.querySelectorAll('article')).toHaveLength(1)
    expect(document.querySelector('h1')!.textContent).toBe(`Claimbook report: ${input.articles[0].title}`)
  })

  test('a selection of articles, each once', async () => {
    const ids = await csvIds({ type: 'articles', ids: ['hostile', 'bad-to-worse', 'hostile'] })
    expect(ids).toHaveLength(claims.length)
  })

  test('an event: its claims only, its comparison first (speakers × kinds)', async () => {
    const expected = claims.filter((c) => c.eventId === BREACH)
    expect((await csvIds({ type: 'event', id: BREACH })).sort()).toEqual(expected.map((c) => c.id).sort())
    const html = await build('html', { type: 'event', id: BREACH })
    expect(highlighted(html)).toEqual(new Set(expected.map((c) => c.id)))
    const { document } = parseHTML(html)
    const focus = document.querySelector('#focus')!
    expect(focus.querySelector('h2')!.textContent).toBe(`Comparison: ${GOLD.events[2].name}`)
    const rows = [...focus.querySelectorAll('tbody tr')].map((tr: Element) => tr.querySelector('th')!.textContent)
    const speakers = new Set(expected.flatMap((c) => c.speakers))
    expect(rows).toHaveLength(speakers.size)
    for (const id of speakers) expect(rows.some((r) => r!.startsWith(input.actors.find((a) => a.id === id)!.name))).toBe(true)
    // Each cell links every claim to its highlight.
    const links = [...focus.querySelectorAll('a')].map((a: Element) => document.getElementById(a.getAttribute('href')!.slice(1))!.getAttribute('data-claim'))
    expect(new Set(links)).toEqual(new Set(expected.map((c) => c.id)))
    expect(document.querySelector('nav li a')!.textContent).toBe(`Comparison: ${GOLD.events[2].name}`)
  })

  test('an actor: the claims it speaks or is the target of, and its profile', async () => {
    const asSpeaker = claims.filter((c) => c.speakers.includes(RYABKOV))
    const asTarget = claims.filter((c) => c.targets.includes(RYABKOV))
    expect((await csvIds({ type: 'actor', id: RYABKOV })).sort()).toEqual([...new Set([...asSpeaker, ...asTarget].map((c) => c.id))].sort())
    const md = await build('md', { type: 'actor', id: RYABKOV })
    expect(md).toContain('## Profile: Sergei Ryabkov')
    expect(md).toContain(`### As speaker (${asSpeaker.length})`)
    expect(md).toContain('member of Russian Foreign Ministry')
    // Actors the scope names, with the groups they belong to; no others.
    const actorsCsv = await build('actors-csv', { type: 'actor', id: RYABKOV })
    expect(actorsCsv).toContain('Russian Foreign Ministry')
    expect(actorsCsv).not.toContain('onerror')
  })

  test('unknown ids say what is missing', async () => {
    await expect(build('csv', { type: 'article', id: 'nope' })).rejects.toMatchObject({ code: 'not-found', message: expect.stringMatching(/No article with id “nope”/) })
    await expect(build('csv', { type: 'event', id: 'nope' })).rejects.toMatchObject({ code: 'not-found', message: expect.stringMatching(/No event/) })
    await expect(build('csv', { type: 'actor', id: 'nope' })).rejects.toMatchObject({ code: 'not-found', message: expect.stringMatching(/No actor/) })
    await expect(build('csv', { type: 'articles', ids: [] })).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/at least one article/) })
    await expect(build('csv', { type: 'galaxy' })).rejects.toMatchObject({ code: 'invalid-input' })
  })
})

describe('options', () => {
  test('kinds: only the chosen kinds, in data and highlights alike', async () => {
    const denials = claims.filter((c) => c.kind === 'denial').map((c) => c.id)
    expect((await csvIds({ type: 'workspace' }, { kinds: ['denial'] })).sort()).toEqual(denials.sort())
    const html = await build('html', { type: 'workspace' }, { kinds: ['denial'] })
    // The forged mark without a claim record stays, as in the full report.
    expect([...highlighted(html)].filter((id) => !id!.startsWith('rogue')).sort()).toEqual(denials.sort())
    await expect(build('csv', { type: 'workspace' }, { kinds: [] })).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/at least one kind/) })
  })

  test('without notes and tags, no format carries them', async () => {
    const note = 'Two denials, one per paragraph.'
    const tag = 'sanctions, 2020'
    for (const format of TEXT_EXPORT_FORMATS) {
      const full = await build(format)
      const bare = await build(format, { type: 'workspace' }, { notes: false, tags: false })
      if (format !== 'graphml' && format !== 'actors-csv') expect(full, format).toContain(format === 'csv' ? '"framing; sanctions, 2020"' : note.slice(0, 20))
      expect(bare, format).not.toContain(note)
      expect(bare, format).not.toContain(tag)
    }
    const { document } = parseHTML(await build('html', { type: 'workspace' }, { notes: false, tags: false }))
    expect([...document.querySelectorAll('th')].map((th: Element) => th.textContent)).not.toContain('Note')
  })

  test('without the text, reports list the claims only, each label linked to its row', async () => {
    const { document } = parseHTML(await build('html', { type: 'workspace' }, { fullText: false }))
    expect(document.querySelectorAll('.text')).toHaveLength(0)
    expect(document.querySelectorAll('tbody tr')).toHaveLength(claims.length)
    for (const a of document.querySelectorAll('a[href^="#"]')) expect(document.getElementById((a as Element).getAttribute('href')!.slice(1))).not.toBeNull()
    const md = await build('md', { type: 'workspace' }, { fullText: false })
    expect(md).not.toContain('⟦')
  })
})

test('export.build refuses binary formats and points to the export job', async () => {
  for (const format of ['pdf', 'docx', 'qdpx', 'brat']) {
    await expect(build(format)).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/export\.start/) })
  }
  await expect(build('graphml', { type: 'workspace' }, { network: 'friendship' })).rejects.toMatchObject({ code: 'invalid-input' })
})
