// The store's basic costs at growing workspace sizes: opening a workspace,
// listing and searching the library, and saving one article's coding.
// Baseline in the same run: a bare JSON.parse of the same files, so the
// ratio shows what the store adds on top of reading them.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { addClaimMark, bodyFromParagraphs } from '../src/shared/body'
import { createHandlers, dispatch } from '../src/main/services/api'
import { WorkspaceStore } from '../src/main/services/store/workspace-store'
import type { Article } from '../src/shared/domain'

const WORDS = 'the minister said talks would resume next week after officials denied any role in the attack blamed on foreign hackers'.split(' ')
const sentence = (i: number) => Array.from({ length: 18 }, (_, k) => WORDS[(i * 7 + k * 3) % WORDS.length]).join(' ') + '.'

function article(i: number): Article {
  let body = bodyFromParagraphs(Array.from({ length: 12 }, (_, p) => `${sentence(i + p)} ${sentence(i * 3 + p)} ${sentence(p)}`))
  for (let c = 0; c < 5; c++) body = addClaimMark(body, c * 300, c * 300 + 80, `c${i}x${c}`, 'assertion')
  return { id: `a${i}`, title: `Article ${i} ${sentence(i).slice(0, 40)}`, outlet: `Outlet ${i % 7}`, author: '', publishedAt: `2016-${String((i % 12) + 1).padStart(2, '0')}-10`, url: '', language: 'en', tags: [], notes: '', provenance: { format: 'paste', fileName: '', sha256: '', importedAt: '' }, body, claims: [], updatedAt: '' }
}

const ms = (t0: number) => performance.now() - t0
const fmt = (n: number) => `${n.toFixed(1)} ms`

for (const size of [100, 1000]) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'claimbook-bench-'))
  const writer = await WorkspaceStore.open(dir)
  for (let i = 0; i < size; i++) await writer.putArticle(article(i))

  let t0 = performance.now()
  for (const name of readdirSync(path.join(dir, 'articles'))) JSON.parse(readFileSync(path.join(dir, 'articles', name), 'utf8'))
  const baseline = ms(t0)

  t0 = performance.now()
  const store = await WorkspaceStore.open(dir)
  const open = ms(t0)
  const handlers = createHandlers(store)
  t0 = performance.now()
  await dispatch(handlers, 'articles.list', {})
  const list = ms(t0)
  t0 = performance.now()
  await dispatch(handlers, 'articles.list', { query: 'officials denied' })
  const search = ms(t0)
  const a = store.article('a0')!
  t0 = performance.now()
  await dispatch(handlers, 'articles.saveBody', { id: 'a0', body: addClaimMark(a.body, 10, 40, 'newclaim', 'denial') })
  const save = ms(t0)
  console.log(`${size} articles: open ${fmt(open)} (×${(open / baseline).toFixed(2)} of bare JSON.parse ${fmt(baseline)}), list ${fmt(list)}, search ${fmt(search)}, save one article's coding ${fmt(save)}`)
  rmSync(dir, { recursive: true, force: true })
}
