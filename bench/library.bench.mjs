// The library at scale: a synthetic workspace of 10,000 articles (about 700
// words each, from real news paragraphs of the PolNeAR corpus, 3 claims
// each) and the figures the library needs:
//   - opening the workspace until the first page can be shown, with the
//     search index loaded from .index/search.json (the usual start), and
//     with no index (built from the articles: the first start);
//   - the first page of the list, sorted by date;
//   - search latency, p50 and p95 over 100 varied queries (whole words,
//     prefixes while typing, typos, two words), prefix+fuzzy on and off;
//   - index load vs rebuild time, index file size, memory.
// Run: node --import tsx bench/library.bench.mjs [--articles N] [--minisearch] [--keep]
//   --minisearch also measures MiniSearch on the same documents (why this
//   index does not use it).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { addClaimMark, bodyFromParagraphs, plainText } from '../src/shared/body.ts'
import { SCHEMA_VERSION } from '../src/shared/domain.ts'
import { reconcileClaims } from '../src/main/services/api/articles.ts'
import { indexFilePath } from '../src/main/services/search/index-file.ts'
import { LibraryIndex } from '../src/main/services/search/library-index.ts'
import { WorkspaceStore } from '../src/main/services/store/workspace-store.ts'

const args = process.argv.slice(2)
const COUNT = Number(args[args.indexOf('--articles') + 1]) || 10_000
const CORPUS = path.resolve(import.meta.dirname, '../../shared/corpus/polnear')

// ---- a synthetic workspace ----------------------------------------------------
const paragraphs = []
for (const part of ['train', 'dev']) {
  for (const f of readdirSync(path.join(CORPUS, part, 'text'))) {
    for (const p of readFileSync(path.join(CORPUS, part, 'text', f), 'utf8').split(/\n+/)) if (p.split(' ').length > 12) paragraphs.push(p.trim())
  }
}
let seed = 42
const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647
const pick = (list) => list[Math.floor(random() * list.length)]
const OUTLETS = ['Breitbart', 'Huffington Post', 'New York Times', 'Politico', 'USA Today', 'Washington Post', 'Western Journalism', 'AP', 'Reuters', '']
const TAGS = ['election', 'debate', 'polls', 'economy', 'foreign policy', 'immigration', 'emails', 'health']

function makeArticle(i) {
  const paras = []
  let words = 0
  while (words < 700) {
    const p = pick(paragraphs)
    paras.push(p)
    words += p.split(' ').length
  }
  let body = bodyFromParagraphs(paras)
  const length = plainText(body).length
  for (let c = 0; c < 3; c++) {
    const start = Math.floor(random() * (length - 200))
    body = addClaimMark(body, start, start + 40 + Math.floor(random() * 120), `c${i}x${c}`, pick(['assertion', 'denial', 'attribution']))
  }
  const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(random() * 700) * 86_400_000).toISOString().slice(0, 10)
  return {
    id: `a${i}`,
    title: paras[0].split(' ').slice(0, 9).join(' '),
    outlet: pick(OUTLETS),
    author: '',
    publishedAt: random() < 0.05 ? '' : day,
    url: '',
    language: 'en',
    tags: random() < 0.5 ? [pick(TAGS)] : [],
    notes: '',
    provenance: { format: 'txt', fileName: `a${i}.txt`, sha256: '', importedAt: '2024-01-01T00:00:00.000Z' },
    body,
    claims: reconcileClaims([], body),
    updatedAt: '2024-01-01T00:00:00.000Z',
  }
}

const ms = (t0) => performance.now() - t0
const fmt = (n) => (n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${n.toFixed(1)} ms`)
const mb = (n) => `${(n / 1024 / 1024).toFixed(0)} MB`
const quantile = (list, q) => [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(list.length * q))]

const dir = mkdtempSync(path.join(os.tmpdir(), 'claimbook-library-bench-'))
let t0 = performance.now()
// Written straight to disk (as a copied or restored workspace would be):
// through the store each file is also synced, which measures the disk.
mkdirSync(path.join(dir, 'articles'))
const texts = []
for (let i = 0; i < COUNT; i++) {
  const article = makeArticle(i)
  if (i < 300) texts.push(plainText(article.body))
  writeFileSync(path.join(dir, 'articles', `${article.id}.json`), JSON.stringify({ schemaVersion: SCHEMA_VERSION, article }))
}
console.log(`${COUNT} articles of ~700 words (3 claims each) written in ${fmt(ms(t0))}`)

// ---- first start: no index yet -------------------------------------------------
globalThis.gc?.()
t0 = performance.now()
let store = await WorkspaceStore.open(dir)
const storeOpen = ms(t0)
t0 = performance.now()
let index = await LibraryIndex.open(store)
const rebuild = ms(t0)
t0 = performance.now()
let page = await index.query({ limit: 50 })
const firstPageCold = ms(t0)
t0 = performance.now()
await index.flush()
const save = ms(t0)
const indexBytes = statSync(indexFilePath(dir)).size + statSync(indexFilePath(dir).replace(/json$/, 'bin')).size
console.log(`first start (no index): store open ${fmt(storeOpen)}, index built from ${COUNT} articles in ${fmt(rebuild)} (${index.stats.reason}), first page ${fmt(firstPageCold)}; index saved in ${fmt(save)} (${mb(indexBytes)})`)
await store.close()
store = null
index = null

// ---- the usual start: the index is loaded ------------------------------------------
globalThis.gc?.()
const rssBefore = process.memoryUsage().rss
t0 = performance.now()
store = await WorkspaceStore.open(dir)
const storeOpen2 = ms(t0)
t0 = performance.now()
index = await LibraryIndex.open(store)
const load = ms(t0)
t0 = performance.now()
page = await index.query({ limit: 50, sort: { by: 'date' } })
const firstPage = ms(t0)
const openTotal = storeOpen2 + load + firstPage
console.log(
  `open until the first page: ${fmt(openTotal)} (goal ≤ 1.5 s) = store open ${fmt(storeOpen2)} (${store.articleFilesRead} article files read: records from .index/articles.json) + index load ${fmt(index.stats.loadMs)} and check against the articles ${fmt(index.stats.syncMs)} (${index.stats.reindexed} re-indexed) + first page of ${page.total} ${fmt(firstPage)}`,
)
console.log(`index load vs rebuild: ${fmt(load)} vs ${fmt(rebuild)} (×${(rebuild / load).toFixed(1)})`)
for (const sort of ['title', 'outlet', 'claims']) {
  t0 = performance.now()
  await index.query({ limit: 50, sort: { by: sort } })
  console.log(`  list sorted by ${sort}: ${fmt(ms(t0))}`)
}
t0 = performance.now()
await index.query({ limit: 50, filters: { outlets: ['Politico', 'AP'], from: '2016-01-01', to: '2016-06-30', hasClaims: true } })
console.log(`  list with outlet, date and claim filters: ${fmt(ms(t0))}`)

// ---- search latency -----------------------------------------------------------------
const words = [...new Set(texts.join(' ').toLowerCase().match(/\p{L}{4,}/gu))]
const typo = (w) => {
  const i = 1 + Math.floor(random() * (w.length - 2))
  return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2)
}
const queries = []
for (let i = 0; i < 100; i++) {
  const w = pick(words)
  const kind = i % 4
  queries.push(kind === 0 ? w : kind === 1 ? w.slice(0, 2 + (i % 3)) : kind === 2 ? typo(w) : `${w} ${pick(words).slice(0, 4)}`)
}
// A few queries first, as a user's first searches warm up the JIT and the
// index's word lists (sorted once, on the first prefix search).
for (let i = 0; i < 10; i++) await index.query({ query: pick(words).slice(0, 3), limit: 50 })
for (const options of [{}, { fuzzy: false, prefix: false }]) {
  const times = []
  let hits = 0
  for (const query of queries) {
    t0 = performance.now()
    const result = await index.query({ query, limit: 50, ...options })
    times.push(ms(t0))
    hits += result.total
  }
  console.log(
    `search ${options.fuzzy === false ? 'exact words' : 'prefix + fuzzy'} over 100 queries (words, 2–4 letter prefixes, typos, two words): p50 ${fmt(quantile(times, 0.5))}, p95 ${fmt(quantile(times, 0.95))}, max ${fmt(Math.max(...times))} (goal p95 ≤ 30 ms); ${Math.round(hits / 100)} results on average`,
  )
}
globalThis.gc?.()
const mem = process.memoryUsage()
console.log(`memory with ${COUNT} articles open and indexed: rss ${mb(mem.rss)} (+${mb(mem.rss - rssBefore)} for the open workspace), heap ${mb(mem.heapUsed)} (goal ≤ 500 MB)`)
await store.close()

// ---- the app's own peak: the same open in a fresh process --------------------------
const child = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', path.join(import.meta.dirname, 'lib/open-workspace.mjs'), dir], { encoding: 'utf8' })
if (child.status === 0) {
  const app = JSON.parse(child.stdout.trim().split('\n').pop())
  console.log(
    `a fresh process opening the workspace (store, index, first page of 100, 4 searches, all ${app.claims} claims in context): first page after ${fmt(app.firstPage)}, ${app.articleFilesRead} article files read, peak rss ${mb(app.peakRss)} (goal ≤ 500 MB; includes tsx), heap ${mb(app.heapUsed)}`,
  )
} else console.log(`!! the fresh-process open failed: ${child.stderr}`)

// ---- MiniSearch on the same documents, for comparison ----------------------------
if (args.includes('--minisearch')) {
  const { default: MiniSearch } = await import('minisearch')
  const docs = readdirSync(path.join(dir, 'articles')).map((f) => {
    const { article } = JSON.parse(readFileSync(path.join(dir, 'articles', f), 'utf8'))
    return { id: article.id, title: article.title, outlet: article.outlet, text: plainText(article.body) }
  })
  globalThis.gc?.()
  const heap0 = process.memoryUsage().heapUsed
  t0 = performance.now()
  const mini = new MiniSearch({ fields: ['title', 'outlet', 'text'] })
  mini.addAll(docs)
  const built = ms(t0)
  globalThis.gc?.()
  const heap = process.memoryUsage().heapUsed - heap0
  t0 = performance.now()
  const json = JSON.stringify(mini)
  const stringify = ms(t0)
  t0 = performance.now()
  const loaded = MiniSearch.loadJSON(json, { fields: ['title', 'outlet', 'text'] })
  const miniLoad = ms(t0)
  const times = queries.map((q) => {
    const s = performance.now()
    loaded.search(q, { prefix: true, fuzzy: 0.2, combineWith: 'AND' })
    return ms(s)
  })
  console.log(`MiniSearch on the same ${COUNT} texts: build ${fmt(built)}, heap +${mb(heap)}, JSON ${mb(json.length)} (${fmt(stringify)}), load ${fmt(miniLoad)}, search p50 ${fmt(quantile(times, 0.5))} p95 ${fmt(quantile(times, 0.95))}`)
}

if (args.includes('--keep')) console.log(`workspace kept at ${dir}`)
else rmSync(dir, { recursive: true, force: true })
