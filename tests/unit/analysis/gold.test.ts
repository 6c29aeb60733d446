// The seed article with its reference annotation (../shared/corpus/gold):
// the canonical comparison of the breach of US agencies, its roll-up by
// country, and the speaker → target network.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { addClaimMark, findQuote } from '../../../src/shared/body'
import type { EventComparison, Network } from '../../../src/shared/contract-analysis'
import type { Actor, Article, Event, Kind } from '../../../src/shared/domain'
import { CORPUS, openTemp, seed } from '../helpers'

type Gold = {
  actors: { name: string; type: Actor['type']; aliases: string[]; memberOf?: string }[]
  events: { name: string; date: string }[]
  claims: { quote: string; kind: Kind; speakers: string[]; targets: string[]; event: string }[]
}
const gold: Gold = JSON.parse(readFileSync(path.join(CORPUS, 'gold', 'bad-to-worse.claims.json'), 'utf8'))
const BREACH = 'Breach of US government agencies (SolarWinds hack)'

/** Imports the seed text and codes it exactly as the gold file says. */
async function goldWorkspace() {
  const ctx = await openTemp()
  const article = await ctx.call<Article>('articles.importFile', { fileName: 'bad-to-worse.txt', dataBase64: seed('bad-to-worse.txt').toString('base64') })
  const actor: Record<string, string> = {}
  for (const a of gold.actors) actor[a.name] = (await ctx.call<Actor>('actors.create', { name: a.name, type: a.type, aliases: a.aliases })).id
  for (const a of gold.actors) if (a.memberOf) await ctx.call('actors.update', { id: actor[a.name], patch: { memberOf: actor[a.memberOf] } })
  const event: Record<string, string> = {}
  for (const e of gold.events) event[e.name] = (await ctx.call<Event>('events.create', e)).id
  let body = article.body
  gold.claims.forEach((c, i) => {
    const at = findQuote(body, c.quote)
    if (!at) throw new Error(`gold quote not in the seed text: ${c.quote}`)
    body = addClaimMark(body, at.start, at.end, `g${i + 1}`, c.kind)
  })
  await ctx.call('articles.saveBody', { id: article.id, body })
  for (const [i, c] of gold.claims.entries()) {
    await ctx.call('claims.update', { articleId: article.id, claimId: `g${i + 1}`, patch: { speakers: c.speakers.map((s) => actor[s]), targets: c.targets.map((t) => actor[t]), eventId: event[c.event] } })
  }
  const name = (id: string) => gold.actors.find((a) => actor[a.name] === id)!.name
  return { ...ctx, actor, event, name }
}

const kindsOf = (r: EventComparison['rows'][number]) =>
  Object.fromEntries(Object.entries(r.cells).filter(([, v]) => v.length).map(([k, v]) => [k, v.length]))

describe('the seed’s gold annotation', () => {
  it('compares the breach of US agencies: Biden, Pompeo, Barr, Trump and the Kremlin each with their kinds', async () => {
    const w = await goldWorkspace()
    const result = await w.call<EventComparison>('compare.event', { eventId: w.event[BREACH] })
    expect(result.rows.map((r) => [r.actor!.name, kindsOf(r)])).toEqual([
      ['Donald Trump', { denial: 1, attribution: 1 }],
      ['Joe Biden', { assertion: 1, attribution: 1 }],
      ['Kremlin', { denial: 1 }],
      ['Mike Pompeo', { attribution: 1 }],
      ['Trump administration', { attribution: 1 }],
      ['William Barr', { attribution: 1 }],
    ])
    const trump = result.rows[0]
    expect(trump.cells.denial[0].quote).toBe('Trump has downplayed the seriousness of the attack uncovered last week')
    expect(trump.cells.attribution[0].quote).toBe('floated the idea that China might be responsible for the hacking spree')
    expect(result.rows[2].cells.denial[0].quote).toBe('The Kremlin has denied any role in the hacking.')
    // Pompeo and Barr said it together: one claim, in both rows.
    expect(result.rows[3].cells.attribution).toEqual(result.rows[5].cells.attribution)
    expect(result.claimCount).toBe(7)
  })

  it('rolls the breach up by country: Russia against the United States', async () => {
    const w = await goldWorkspace()
    const result = await w.call<EventComparison>('compare.event', { eventId: w.event[BREACH], rollUp: { to: 'top' } })
    expect(result.rows.map((r) => [r.actor!.name, kindsOf(r), r.total])).toEqual([
      ['United States', { assertion: 1, denial: 1, attribution: 4 }, 6],
      ['Russia', { denial: 1 }, 1],
    ])
    expect(result.rows[0].members.map((a) => a.name)).toEqual(['Donald Trump', 'Joe Biden', 'Mike Pompeo', 'Trump administration', 'William Barr'])
    expect(result.rows[1].members.map((a) => a.name)).toEqual(['Kremlin'])
    // With its parent event's other claims: Russia speaks far more about US–Russia relations.
    const countries = await w.call<EventComparison>('compare.event', { eventId: w.event['US-Russia relations after the 2020 election'], rollUp: { to: 'top' } })
    expect(countries.rows.map((r) => [r.actor!.name, r.total])).toEqual([['Russia', 9]])
  })

  it('draws the speaker → target network: every edge of the article, and of the breach by country', async () => {
    const w = await goldWorkspace()
    const edges = (n: Network) => n.edges.map((e) => `${w.name(e.source)} → ${w.name(e.target)} ${e.kinds[0]} ${e.weight}`).sort()
    const all = await w.call<Network>('analysis.network', { type: 'speaker-target' })
    expect(edges(all)).toEqual([
      'Dmitry Peskov → United States assertion 2',
      'Donald Trump → China attribution 1',
      'Joe Biden → Trump administration attribution 1',
      'Kremlin → Kremlin denial 1',
      'Mike Pompeo → Russia attribution 1',
      'Sergei Lavrov → United States assertion 1',
      'Sergei Lavrov → United States attribution 1',
      'Sergei Ryabkov → Biden administration assertion 1',
      'Sergei Ryabkov → Biden administration attribution 2',
      'Sergei Ryabkov → Trump administration attribution 1',
      'Sergei Ryabkov → United States assertion 4',
      'Trump administration → Russia attribution 1',
      'Vladimir Putin → Joe Biden assertion 1',
      'William Barr → Russia attribution 1',
    ])
    // Biden's "respond in kind" and Trump's downplaying have no target.
    expect(all.stats).toEqual({ claims: 20, withoutSpeaker: 0, withoutConcept: 2, edgesLeftOut: 0, nodesLeftOut: 0 })
    const breach = await w.call<Network>('analysis.network', { type: 'speaker-target', filters: { eventIds: [w.event[BREACH]] }, rollUp: { to: 'top' } })
    expect(edges(breach)).toEqual([
      'Russia → Russia denial 1',
      'United States → China attribution 1',
      'United States → Russia attribution 2',
      'United States → United States attribution 1',
    ])
  })
})
