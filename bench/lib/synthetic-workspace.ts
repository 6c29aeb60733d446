// A workspace the size of PolNeAR with its gold attributions, written
// straight to disk for benchmarks: 924 articles from 7 outlets, ~24,000
// claims, ~2,000 actors in a membership tree (countries > organisations >
// people), 50 events (10 with 4 sub-events each). Speakers, targets and
// events follow a Zipf-like spread, as in real coverage: a few actors and
// events get most claims. Seeded, so every run builds the same workspace.
// Used by analysis.bench.ts (the back end) and compare-ui.bench.mjs (the
// views in Chromium).
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { KINDS, SCHEMA_VERSION, type Actor, type Article, type Claim, type Event, type Kind } from '../../src/shared/domain'

export const ARTICLES = 924
export const OUTLETS = ['Breitbart', 'Huffington Post', 'New York Times', 'Politico', 'USA Today', 'Washington Post', 'Western Journalism']

// A seeded generator, so every run measures the same workspace.
let seedState = 20161108
function random(): number {
  seedState = (seedState + 0x6d2b79f5) | 0
  let t = Math.imul(seedState ^ (seedState >>> 15), 1 | seedState)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]
/** Index 0 most often, then 1, ... (a Zipf-like spread over `n`). */
const zipf = (n: number) => Math.min(n - 1, Math.floor(Math.exp(random() * Math.log(n + 1)) - 1))

export function buildWorkspace(dir: string): { largestEvent: string; busiestActor: string } {
  const actors: Actor[] = []
  const actor = (name: string, type: Actor['type'], memberOf: string | null): Actor => {
    const a: Actor = { id: `act${actors.length}`, name, type, aliases: [], memberOf, description: '', colour: '' }
    actors.push(a)
    return a
  }
  const countries = Array.from({ length: 20 }, (_, i) => actor(`Country ${i}`, 'country', null))
  const orgs = Array.from({ length: 200 }, (_, i) => actor(`Organisation ${i}`, 'organisation', countries[i % 20].id))
  const people = Array.from({ length: 1780 }, (_, i) => actor(`Person ${i} ${pick(['Smith', 'Jones', 'Brown', 'Miller', 'Davis'])}`, 'person', orgs[i % 200].id))
  const speakersPool = [...people.slice(0, 600), ...orgs.slice(0, 50)].sort(() => random() - 0.5)
  const events: Event[] = []
  for (let p = 0; p < 10; p++) {
    const parent: Event = { id: `ev${events.length}`, name: `Story ${p}`, date: '2016-06-01', endDate: '', description: '', parentId: null }
    events.push(parent)
    for (let c = 0; c < 4; c++) events.push({ id: `ev${events.length}`, name: `Story ${p} part ${c}`, date: '2016-07-01', endDate: '', description: '', parentId: parent.id })
  }
  mkdirSync(path.join(dir, 'articles'), { recursive: true })
  writeFileSync(path.join(dir, 'workspace.json'), JSON.stringify({ format: 'claimbook-workspace', schemaVersion: SCHEMA_VERSION, createdAt: '2024-01-01T00:00:00Z', settings: {} }))
  writeFileSync(path.join(dir, 'actors.json'), JSON.stringify({ schemaVersion: SCHEMA_VERSION, actors }))
  writeFileSync(path.join(dir, 'events.json'), JSON.stringify({ schemaVersion: SCHEMA_VERSION, events }))
  const eventCounts = new Map<string, number>()
  const speakerCounts = new Map<string, number>()
  for (let i = 0; i < ARTICLES; i++) {
    const n = 20 + Math.floor(random() * 13)
    const paragraphs: Article['body']['content'] = []
    const claims: Claim[] = []
    let offset = 0
    for (let c = 0; c < n; c++) {
      const id = `c${c}`
      const kind: Kind = random() < 0.6 ? 'assertion' : random() < 0.62 ? 'attribution' : 'denial'
      const text = `Claim ${c} of article ${i}: officials said the talks would resume after the ${KINDS.indexOf(kind)} statement.`
      const r = random()
      const speakers = r < 0.05 ? [] : r < 0.08 ? [speakersPool[zipf(speakersPool.length)].id, speakersPool[zipf(speakersPool.length)].id] : [speakersPool[zipf(speakersPool.length)].id]
      const t = random()
      const targets = t < 0.4 ? [] : t < 0.9 ? [actors[zipf(actors.length)].id] : [actors[zipf(actors.length)].id, actors[zipf(actors.length)].id]
      const eventId = random() < 0.75 ? events[zipf(events.length)].id : null
      if (eventId) eventCounts.set(eventId, (eventCounts.get(eventId) ?? 0) + 1)
      for (const s of speakers) speakerCounts.set(s, (speakerCounts.get(s) ?? 0) + 1)
      paragraphs.push({ type: 'paragraph', content: [{ type: 'text', text, marks: [{ type: 'claim', attrs: { id, kind } }] }] })
      claims.push({ id, kind, speakers: [...new Set(speakers)], targets: [...new Set(targets)], eventId, cue: 'said', note: '', tags: random() < 0.1 ? ['economy'] : [], quote: text, start: offset, end: offset + text.length, createdAt: '', updatedAt: '' })
      offset += text.length + 2
    }
    const month = String(1 + Math.floor(random() * 11)).padStart(2, '0')
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0')
    const article: Article = {
      id: `art${i}`,
      title: `Campaign article ${i}`,
      outlet: OUTLETS[i % OUTLETS.length],
      author: '',
      publishedAt: `2016-${month}-${day}`,
      url: '',
      language: 'en',
      tags: [],
      notes: '',
      provenance: { format: 'txt', fileName: `article${i}.txt`, sha256: '', importedAt: '2024-01-01T00:00:00Z' },
      body: { type: 'doc', content: paragraphs },
      claims,
      updatedAt: '',
    }
    writeFileSync(path.join(dir, 'articles', `${article.id}.json`), JSON.stringify({ schemaVersion: SCHEMA_VERSION, article }))
  }
  const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1])[0][0]
  return { largestEvent: top(eventCounts), busiestActor: top(speakerCounts) }
}
