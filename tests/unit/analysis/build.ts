// Small hand-made workspaces for the analysis tests, built through the API
// as a researcher would: actors and events, articles whose text is the
// claims' quotes, claim marks saved with the body, links set per claim.
// Everything is named by a short key so the tests read like their tables.
import { addClaimMark, findQuote } from '../../../src/shared/body'
import type { Actor, Article, Event, Kind } from '../../../src/shared/domain'
import { openTemp } from '../helpers'

export type ActorSpec = { key: string; name: string; memberOf?: string; aliases?: string[]; type?: Actor['type']; description?: string; colour?: string }
export type EventSpec = { key: string; name: string; date?: string; parentId?: string }
export type ClaimSpec = { key: string; kind: Kind; speakers?: string[]; targets?: string[]; event?: string; tags?: string[] }
export type ArticleSpec = { key: string; outlet: string; publishedAt: string; tags?: string[]; claims: ClaimSpec[] }
export type Spec = { actors?: ActorSpec[]; events?: EventSpec[]; articles?: ArticleSpec[] }

export type Built = Awaited<ReturnType<typeof build>>

export async function build(spec: Spec, dir?: string) {
  const ctx = await openTemp(dir)
  const actor: Record<string, string> = {}
  const event: Record<string, string> = {}
  const ref: Record<string, { articleId: string; claimId: string }> = {}
  const article: Record<string, string> = {}
  for (const a of spec.actors ?? []) {
    const made = await ctx.call<Actor>('actors.create', { name: a.name, type: a.type ?? 'other', aliases: a.aliases ?? [], description: a.description ?? '', colour: a.colour ?? '' })
    actor[a.key] = made.id
  }
  for (const a of spec.actors ?? []) if (a.memberOf) await ctx.call('actors.update', { id: actor[a.key], patch: { memberOf: actor[a.memberOf] } })
  for (const e of spec.events ?? []) {
    const made = await ctx.call<Event>('events.create', { name: e.name, date: e.date ?? '' })
    event[e.key] = made.id
  }
  for (const e of spec.events ?? []) if (e.parentId) await ctx.call('events.update', { id: event[e.key], patch: { parentId: event[e.parentId] } })
  for (const a of spec.articles ?? []) {
    // One sentence per claim, its key in it, so every quote is unique.
    const quotes = a.claims.map((c) => `Claim ${c.key} is quoted here.`)
    const made = await ctx.call<Article>('articles.create', { meta: { title: `Article ${a.key}`, outlet: a.outlet, publishedAt: a.publishedAt, tags: a.tags ?? [] }, text: quotes.join('\n\n') })
    article[a.key] = made.id
    let body = made.body
    a.claims.forEach((c, i) => {
      const at = findQuote(body, quotes[i])!
      body = addClaimMark(body, at.start, at.end, c.key, c.kind)
    })
    if (a.claims.length) await ctx.call('articles.saveBody', { id: made.id, body })
    for (const c of a.claims) {
      ref[c.key] = { articleId: made.id, claimId: c.key }
      await ctx.call('claims.update', {
        articleId: made.id,
        claimId: c.key,
        patch: { speakers: (c.speakers ?? []).map((k) => actor[k]), targets: (c.targets ?? []).map((k) => actor[k]), eventId: c.event ? event[c.event] : null, tags: c.tags ?? [] },
      })
    }
  }
  /** The claim keys behind a list of references (claim ids are the keys). */
  const keys = (refs: { claimId: string }[]) => refs.map((r) => r.claimId)
  const nameOf = (id: string) => Object.entries(actor).find(([, v]) => v === id)?.[0] ?? `?${id}`
  return { ...ctx, actor, event, ref, article, keys, nameOf }
}

/** The workspace most tests share: Russia and the United States with
 * members at two depths, an event with two sub-events, three outlets'
 * articles on three dates (and one dated by month only).
 *
 *   Russia ─ Kremlin ─ Peskov        United States ─ Biden, Pompeo, Barr
 *          └ MFA ─ Lavrov            China
 *   Relations ─ Breach, Sanctions
 *
 *   A1 Daily  2020-12-20   c1 Biden attribution→Russia (Breach)
 *                          c2 Pompeo+Barr attribution→Russia (Breach)
 *                          c3 Peskov denial→Kremlin (Breach)
 *                          c4 Lavrov assertion→US (Sanctions)
 *   A2 Herald 2020-12-22 [cyber]
 *                          c5 Kremlin denial→Russia (Breach)
 *                          c6 Biden assertion (Breach)
 *                          c7 Barr attribution→China (Breach)
 *                          c8 no speaker, assertion (Breach)
 *   A3 Daily  2021-01-05   c9 Lavrov denial→US (Breach)
 *                          c10 Pompeo assertion→Russia (Relations)
 *   A4 Gazette 2021-03     c11 Lavrov assertion→US (no event)
 */
export const WORLD: Spec = {
  actors: [
    { key: 'russia', name: 'Russia', type: 'country' },
    { key: 'kremlin', name: 'Kremlin', type: 'organisation', memberOf: 'russia' },
    { key: 'peskov', name: 'Dmitry Peskov', type: 'person', memberOf: 'kremlin' },
    { key: 'mfa', name: 'Russian Foreign Ministry', type: 'organisation', memberOf: 'russia' },
    { key: 'lavrov', name: 'Sergei Lavrov', type: 'person', memberOf: 'mfa' },
    { key: 'us', name: 'United States', type: 'country' },
    { key: 'biden', name: 'Joe Biden', type: 'person', memberOf: 'us' },
    { key: 'pompeo', name: 'Mike Pompeo', type: 'person', memberOf: 'us' },
    { key: 'barr', name: 'William Barr', type: 'person', memberOf: 'us' },
    { key: 'china', name: 'China', type: 'country' },
  ],
  events: [
    { key: 'relations', name: 'US–Russia relations', date: '2020-12-01' },
    { key: 'breach', name: 'Breach of US agencies', date: '2020-12-13', parentId: 'relations' },
    { key: 'sanctions', name: 'Sanctions', date: '2020-12-21', parentId: 'relations' },
  ],
  articles: [
    {
      key: 'A1',
      outlet: 'Daily',
      publishedAt: '2020-12-20',
      claims: [
        { key: 'c1', kind: 'attribution', speakers: ['biden'], targets: ['russia'], event: 'breach' },
        { key: 'c2', kind: 'attribution', speakers: ['pompeo', 'barr'], targets: ['russia'], event: 'breach' },
        { key: 'c3', kind: 'denial', speakers: ['peskov'], targets: ['kremlin'], event: 'breach' },
        { key: 'c4', kind: 'assertion', speakers: ['lavrov'], targets: ['us'], event: 'sanctions' },
      ],
    },
    {
      key: 'A2',
      outlet: 'Herald',
      publishedAt: '2020-12-22',
      tags: ['cyber'],
      claims: [
        { key: 'c5', kind: 'denial', speakers: ['kremlin'], targets: ['russia'], event: 'breach' },
        { key: 'c6', kind: 'assertion', speakers: ['biden'], event: 'breach' },
        { key: 'c7', kind: 'attribution', speakers: ['barr'], targets: ['china'], event: 'breach' },
        { key: 'c8', kind: 'assertion', event: 'breach' },
      ],
    },
    {
      key: 'A3',
      outlet: 'Daily',
      publishedAt: '2021-01-05',
      claims: [
        { key: 'c9', kind: 'denial', speakers: ['lavrov'], targets: ['us'], event: 'breach', tags: ['cyber'] },
        { key: 'c10', kind: 'assertion', speakers: ['pompeo'], targets: ['russia'], event: 'relations' },
      ],
    },
    { key: 'A4', outlet: 'Gazette', publishedAt: '2021-03', claims: [{ key: 'c11', kind: 'assertion', speakers: ['lavrov'], targets: ['us'] }] },
  ],
}
