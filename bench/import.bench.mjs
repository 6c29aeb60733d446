// Batch import figures: HTML pages per second (goal ≥ 30), the time to refuse
// a 50 MB text file and to import one at the 10 MB cap (without stalling the
// main thread: the largest gap between two timer ticks is printed), the seed
// article in each format, and the PolNeAR corpus with its metadata table and
// brat annotations.
// Run: node --import tsx bench/import.bench.mjs [--pages N] [--no-polnear]
import { mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync, mkdirSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseFile } from '../src/main/services/import/index.ts'
import { jobsFor, startImport } from '../src/main/services/import/import-jobs.ts'
import { PathSource } from '../src/main/services/import/path-source.ts'
import { proposeMapping, readTable } from '../src/main/services/corpus/table.ts'
import { WorkspaceStore } from '../src/main/services/store/workspace-store.ts'

const args = process.argv.slice(2)
const PAGES = Number(args[args.indexOf('--pages') + 1]) || 300
const CORPUS = path.resolve(import.meta.dirname, '../../shared/corpus')
const fmt = (n) => (n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${n.toFixed(1)} ms`)
const temp = (name) => mkdtempSync(path.join(os.tmpdir(), `claimbook-import-bench-${name}-`))

/** Runs an import of `paths` into a fresh workspace; returns its summary,
 * its duration, and the longest the main thread went without a timer tick
 * (how long the app would have been unresponsive). */
async function run(paths, options = {}, skip = new Set()) {
  const dir = temp('ws')
  const store = await WorkspaceStore.open(dir)
  let longest = 0
  let last = performance.now()
  const ticker = setInterval(() => {
    const now = performance.now()
    longest = Math.max(longest, now - last)
    last = now
  }, 10)
  const t0 = performance.now()
  const started = await startImport(store, new PathSource(paths, skip), { onDuplicate: 'keep', annotators: 'first', ...options })
  const status = await jobsFor(store).wait(started.id)
  const ms = performance.now() - t0
  clearInterval(ticker)
  await store.close()
  rmSync(dir, { recursive: true, force: true })
  return { summary: status.summary, ms, stall: longest }
}

// ---- HTML pages ---------------------------------------------------------------
const template = readFileSync(path.join(CORPUS, 'seed/bad-to-worse.html'), 'utf8')
const paragraphs = readdirSync(path.join(CORPUS, 'polnear/train/text'))
  .slice(0, 300)
  .flatMap((f) => readFileSync(path.join(CORPUS, 'polnear/train/text', f), 'utf8').split(/\n+/))
  .filter((p) => p.length > 80)
const pages = temp('pages')
for (let i = 0; i < PAGES; i++) {
  // The seed page (navigation, ads, scripts, metadata) with a different
  // article body each time.
  const body = Array.from({ length: 12 }, (_, k) => `<p>${paragraphs[(i * 12 + k) % paragraphs.length].replace(/</g, '&lt;')}</p>`).join('\n')
  writeFileSync(path.join(pages, `page-${i}.html`), template.replace(/<p>This article was originally[\s\S]*?<\/p>/, `<p>Page ${i}.</p>${body}`))
}
const html = await run([pages])
console.log(`HTML pages: ${html.summary.imported} of ${PAGES} imported in ${fmt(html.ms)}: ${(html.summary.imported / (html.ms / 1000)).toFixed(1)} articles/s (goal ≥ 30), parsed in the ${html.summary.parsing === 'worker' ? 'worker thread' : 'main thread'}; longest main-thread stall ${fmt(html.stall)}`)
rmSync(pages, { recursive: true, force: true })

// ---- large text files ----------------------------------------------------------------
const big = temp('big')
writeFileSync(path.join(big, 'fifty.txt'), '')
truncateSync(path.join(big, 'fifty.txt'), 50 * 1024 * 1024)
const refused = await run([path.join(big, 'fifty.txt')])
console.log(`50 MB text file: refused in ${fmt(refused.ms)} — “${refused.summary.failures[0]?.reason}”`)
const line = 'The minister said the talks would resume next week after officials denied any role in the attack. '
const ten = Array.from({ length: Math.floor((10 * 1024 * 1024 - 4096) / (line.length * 8 + 2)) }, () => line.repeat(8)).join('\n\n')
writeFileSync(path.join(big, 'ten.txt'), ten)
const tenMb = await run([path.join(big, 'ten.txt')])
console.log(`${(ten.length / 1024 / 1024).toFixed(1)} MB text file (at the cap): ${tenMb.summary.imported ? 'imported' : `failed: ${tenMb.summary.failures[0]?.reason}`} in ${fmt(tenMb.ms)}; longest main-thread stall ${fmt(tenMb.stall)}`)
rmSync(big, { recursive: true, force: true })

// ---- the seed article in each format ------------------------------------------------------
const perFormat = []
for (const ext of ['txt', 'html', 'docx', 'pdf']) {
  const bytes = readFileSync(path.join(CORPUS, `seed/bad-to-worse.${ext}`))
  await parseFile(`a.${ext}`, bytes)
  const t0 = performance.now()
  for (let i = 0; i < 5; i++) await parseFile(`a.${ext}`, bytes)
  perFormat.push(`${ext} ${fmt((performance.now() - t0) / 5)}`)
}
console.log(`parsing the seed article: ${perFormat.join(', ')}`)

// ---- PolNeAR ------------------------------------------------------------------------------
if (!args.includes('--no-polnear')) {
  const folder = path.join(CORPUS, 'polnear')
  const tablePath = path.join(folder, 'metadata.tsv')
  const bytes = readFileSync(tablePath)
  const mapping = proposeMapping(readTable('metadata.tsv', bytes).columns)
  const corpus = await run([folder], { metadata: { fileName: 'metadata.tsv', bytes, mapping } }, new Set([tablePath]))
  const s = corpus.summary
  console.log(
    `PolNeAR (train + dev, metadata.tsv, brat): ${s.imported} articles, ${s.claims} claims, ${s.actorsCreated} new actors in ${fmt(corpus.ms)} (${(s.imported / (corpus.ms / 1000)).toFixed(1)} articles/s); ${s.failed} failed, ${s.skipped} skipped; longest main-thread stall ${fmt(corpus.stall)}`,
  )
}
