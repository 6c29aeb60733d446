// 100 PolNeAR articles with their gold attributions, imported with the
// corpus importer (splitVerbatim, parseAnn, claimsFromBrat), as an export
// input: real multi-outlet news with ~2,000 claims. PolNeAR codes no events
// or targets; each claim gets the event of its month's coverage so that the
// networks have events to tie speakers through.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { Article, Event, type Actor } from '../../../src/shared/domain'
import { ActorMatcher } from '../../../src/main/services/corpus/actor-match'
import { annotatorOf, parseAnn } from '../../../src/main/services/corpus/brat'
import { claimsFromBrat } from '../../../src/main/services/corpus/brat-claims'
import { splitVerbatim } from '../../../src/main/services/corpus/verbatim'
import type { ExportInput } from '../../../src/main/services/export'
import { GENERATED_AT } from './fixture'

const POLNEAR = path.resolve(__dirname, '../../../../shared/corpus/polnear')

type Meta = { publisher: string; date: string; author: string; title: string }

function metadata(): Map<string, Meta> {
  const [header, ...rows] = readFileSync(path.join(POLNEAR, 'metadata.tsv'), 'utf8').trimEnd().split('\n').map((l) => l.split('\t'))
  const col = (name: string) => header.indexOf(name)
  return new Map(rows.map((r) => [r[col('filename')], { publisher: r[col('publisher')], date: r[col('publication_date')], author: r[col('author')], title: r[col('title')] }]))
}

let cached: ExportInput | null = null

export function polnearInput(count = 100): ExportInput {
  if (cached && cached.articles.length === count) return structuredClone(cached)
  const meta = metadata()
  const annDir = path.join(POLNEAR, 'train/attributions')
  const anns = readdirSync(annDir).sort()
  const names = readdirSync(path.join(POLNEAR, 'train/text'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4))
    .sort()
    .filter((name) => anns.some((a) => a.startsWith(`${name}_`)))
    .slice(0, count)
  const matcher = new ActorMatcher([])
  const actors: Actor[] = []
  const events = new Map<string, Event>()
  const articles = names.map((name, i) => {
    const verbatim = splitVerbatim(readFileSync(path.join(POLNEAR, 'train/text', `${name}.txt`), 'utf8'))
    const annName = anns.find((a) => a.startsWith(`${name}_`))!
    const result = claimsFromBrat(verbatim, parseAnn(readFileSync(path.join(annDir, annName), 'utf8')), matcher, { bom: false, annotator: annotatorOf(annName, name) })
    actors.push(...matcher.takeCreated())
    const m = meta.get(name)
    const month = (m?.date ?? '').slice(0, 7) || 'undated'
    const eventId = `coverage-${month}`
    if (!events.has(eventId)) events.set(eventId, Event.parse({ id: eventId, name: `Campaign coverage ${month}`, date: month === 'undated' ? '' : `${month}-01` }))
    const article = Article.parse({
      id: `polnear-${String(i + 1).padStart(3, '0')}`,
      title: m?.title || verbatim.paragraphs[0] || name,
      outlet: m?.publisher ?? '',
      author: m?.author === 'None' ? '' : (m?.author ?? ''),
      publishedAt: m?.date ?? '',
      language: 'en',
      provenance: { format: 'txt', fileName: `${name}.txt`, importedAt: '2026-11-28T09:00:00Z' },
      body: result.body,
      claims: result.claims,
    })
    return { ...article, claims: article.claims.map((c) => ({ ...c, eventId })) }
  })
  cached = { articles, actors, events: [...events.values()], generatedAt: GENERATED_AT }
  return structuredClone(cached)
}
