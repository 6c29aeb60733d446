// Saving one claim at 1,000 and 10,000 articles (issue 3: p95 ≤ 10 ms, and
// the 10,000 / 1,000 ratio ≤ 1.5: a save must not grow with the workspace),
// against the same save on a single-file lowdb store holding the same
// articles, measured in the same run, as the baseline. Also: opening each
// workspace (the first open reads every file and writes the article
// catalog; the usual open reads the catalog) and the article files read.
// Run: node --import tsx bench/save.bench.ts [--saves N]
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { Low } from 'lowdb'
import { JSONFile } from 'lowdb/node'
import { addClaimMark, bodyFromParagraphs, plainText } from '../src/shared/body'
import { SCHEMA_VERSION, type Article } from '../src/shared/domain'
import { createHandlers, dispatch } from '../src/main/services/api'
import { reconcileClaims } from '../src/main/services/api/articles'
import { WorkspaceStore } from '../src/main/services/store/workspace-store'

const args = process.argv.slice(2)
const SAVES = Number(args[args.indexOf('--saves') + 1]) || 100
const CORPUS = path.resolve(import.meta.dirname, '../../shared/corpus/polnear/train/text')
const paragraphs = readdirSync(CORPUS)
  .slice(0, 200)
  .flatMap((f) => readFileSync(path.join(CORPUS, f), 'utf8').split(/\n+/))
  .filter((p) => p.split(' ').length > 12)

let seed = 7
const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]

/** ~700 words from real news paragraphs, 3 claims. */
function makeArticle(i: number): Article {
  const paras: string[] = []
  for (let words = 0; words < 700; ) {
    const p = pick(paragraphs)
    paras.push(p)
    words += p.split(' ').length
  }
  let body = bodyFromParagraphs(paras)
  const length = plainText(body).length
  for (let c = 0; c < 3; c++) {
    const start = Math.floor(random() * (length - 200))
    body = addClaimMark(body, start, start + 60, `c${i}x${c}`, 'assertion')
  }
  return { id: `a${i}`, title: paras[0].split(' ').slice(0, 8).join(' '), outlet: pick(['AP', 'Reuters', 'Politico']), author: '', publishedAt: '2016-05-01', url: '', language: 'en', tags: [], notes: '', provenance: { format: 'txt', fileName: '', sha256: '', importedAt: '' }, body, claims: reconcileClaims([], body), updatedAt: '' }
}

const ms = (t0: number) => performance.now() - t0
const fmt = (n: number) => (n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${n.toFixed(1)} ms`)
const quantile = (list: number[], q: number) => [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(list.length * q))]

/** The claim the reader saves: a new claim mark on one article's body. */
const withNewClaim = (article: Article, n: number) => addClaimMark(article.body, 5 + (n % 50), 40 + (n % 50), `new${n}`, 'denial')

const results: Record<number, { p50: number; p95: number; cpuP95: number; lowP50: number; lowP95: number }> = {}
for (const size of [1_000, 10_000]) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'claimbook-save-bench-'))
  mkdirSync(path.join(dir, 'articles'))
  const articles = Array.from({ length: size }, (_, i) => makeArticle(i))
  for (const a of articles) writeFileSync(path.join(dir, 'articles', `${a.id}.json`), JSON.stringify({ schemaVersion: SCHEMA_VERSION, article: a }))

  let t0 = performance.now()
  let store = await WorkspaceStore.open(dir)
  const firstOpen = ms(t0)
  await store.close()
  t0 = performance.now()
  store = await WorkspaceStore.open(dir)
  const open = ms(t0)
  const filesRead = store.articleFilesRead
  const handlers = createHandlers(store)

  // Wall time, and the process's CPU time: on a shared disk the wall time
  // is mostly waiting for fsync (the same at any workspace size); the CPU
  // time is the work the save does, which must not grow with the workspace.
  const times: number[] = []
  const cpu: number[] = []
  for (let n = 0; n < SAVES; n++) {
    const id = `a${Math.floor(random() * size)}`
    const article = store.article(id)!
    const c0 = process.cpuUsage()
    t0 = performance.now()
    const result = await dispatch(handlers, 'articles.saveBody', { id, body: withNewClaim(article, n) })
    times.push(ms(t0))
    const c = process.cpuUsage(c0)
    cpu.push((c.user + c.system) / 1000)
    if (!result.ok) throw new Error(result.error.message)
  }
  await store.close()

  // The baseline: every article in one lowdb file (lowdb's own JSONFile:
  // temp file + rename, no fsync), one claim added, the file written.
  const lowFile = path.join(dir, 'single.json')
  const db = new Low<{ articles: Article[] }>(new JSONFile(lowFile), { articles })
  await db.write()
  const lowTimes: number[] = []
  const lowSaves = size >= 10_000 ? 10 : 30
  for (let n = 0; n < lowSaves; n++) {
    const i = Math.floor(random() * size)
    t0 = performance.now()
    const body = withNewClaim(db.data.articles[i], n)
    db.data.articles[i] = { ...db.data.articles[i], body, claims: reconcileClaims(db.data.articles[i].claims, body) }
    await db.write()
    lowTimes.push(ms(t0))
  }
  rmSync(dir, { recursive: true, force: true })

  results[size] = { p50: quantile(times, 0.5), p95: quantile(times, 0.95), cpuP95: quantile(cpu, 0.95), lowP50: quantile(lowTimes, 0.5), lowP95: quantile(lowTimes, 0.95) }
  const r = results[size]
  console.log(
    `${size} articles: save one claim p50 ${fmt(r.p50)}, p95 ${fmt(r.p95)} (goal ≤ 10 ms; CPU time p95 ${fmt(r.cpuP95)}) over ${SAVES} saves; single-file lowdb baseline p50 ${fmt(r.lowP50)}, p95 ${fmt(r.lowP95)} (${lowSaves} saves): ×${(r.lowP95 / r.p95).toFixed(0)} faster at p95. Open: first ${fmt(firstOpen)} (every file read, catalog written), usual ${fmt(open)} (${filesRead} article files read)`,
  )
}
console.log(`save p95 10,000 / 1,000: ${(results[10_000].p95 / results[1_000].p95).toFixed(2)} (goal ≤ 1.5), CPU time p95 ${(results[10_000].cpuP95 / results[1_000].cpuP95).toFixed(2)}; lowdb baseline: ${(results[10_000].lowP95 / results[1_000].lowP95).toFixed(1)}`)
