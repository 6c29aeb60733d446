// Loads the seed article's reference annotation (../shared/corpus/gold) into
// the workspace behind a page, through the page's own API (window.claimbook):
// the article imported from its .txt, the 15 actors with their aliases,
// types and membership, the 3 events, every claim marked in the text
// (articles.saveBody) and linked (claims.update). A second outlet's copy of
// the article (the .html reprint) gets a few of the claims, so outlets can be
// compared. Returns the ids it created, by name.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { apiCaller } from './ui.mjs'

export const BREACH = 'Breach of US government agencies (SolarWinds hack)'
export const RELATIONS = 'US-Russia relations after the 2020 election'
export const FIRST_OUTLET = 'RFE/RL'
export const SECOND_OUTLET = 'American Military News'
/** The claims the reprint's coder also coded (gold claim numbers, from 1). */
export const REPRINT_CLAIMS = [14, 15, 17, 20]

export function readGold(ctx) {
  return JSON.parse(readFileSync(path.join(ctx.corpus, 'gold/bad-to-worse.claims.json'), 'utf8'))
}

/** The body with claim marks over the quotes, computed with src/shared/body.ts. */
function markQuotes(ctx, body, claims) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ctx.root, 'tests/e2e/lib/mark-quotes.ts')], { cwd: ctx.root, input: JSON.stringify({ body, claims }), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (r.status !== 0) throw new Error(`marking the quotes failed: ${r.stderr}`)
  return JSON.parse(r.stdout)
}

export async function loadGold(ctx, page) {
  const gold = readGold(ctx)
  const call = apiCaller(page)
  const seed = (file) => readFileSync(path.join(ctx.corpus, 'seed', file)).toString('base64')

  const article = await call('articles.importFile', { fileName: 'bad-to-worse.txt', dataBase64: seed('bad-to-worse.txt') })
  await call('articles.updateMeta', { id: article.id, patch: { outlet: FIRST_OUTLET, publishedAt: '2020-12-24' } })
  const reprint = await call('articles.importFile', { fileName: 'bad-to-worse.html', dataBase64: seed('bad-to-worse.html') })

  const actor = {}
  for (const a of gold.actors) actor[a.name] = (await call('actors.create', { name: a.name, type: a.type, aliases: a.aliases })).id
  for (const a of gold.actors) if (a.memberOf) await call('actors.update', { id: actor[a.name], patch: { memberOf: actor[a.memberOf] } })
  const event = {}
  for (const e of gold.events) event[e.name] = (await call('events.create', e)).id
  // The breach is part of the larger story of US–Russia relations.
  await call('events.update', { id: event[BREACH], patch: { parentId: event[RELATIONS] } })

  const code = async (target, numbers) => {
    const claims = numbers.map((n) => ({ id: `g${n}`, kind: gold.claims[n - 1].kind, quote: gold.claims[n - 1].quote }))
    const fresh = await call('articles.get', { id: target.id })
    await call('articles.saveBody', { id: target.id, body: markQuotes(ctx, fresh.body, claims) })
    for (const n of numbers) {
      const c = gold.claims[n - 1]
      await call('claims.update', { articleId: target.id, claimId: `g${n}`, patch: { speakers: c.speakers.map((s) => actor[s]), targets: c.targets.map((t) => actor[t]), eventId: event[c.event] } })
    }
  }
  await code(article, gold.claims.map((_, i) => i + 1))
  await code(reprint, REPRINT_CLAIMS)
  return { gold, actor, event, articleId: article.id, reprintId: reprint.id }
}
