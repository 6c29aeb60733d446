// Claim suggestions: time per 1,000-word article (issue 7 asks ≤ 50 ms), as
// p50 and p95 over real news articles of about 1,000 words (PolNeAR train
// texts, joined or cut at paragraph ends; synthetic text where the corpus is
// missing), and the corpus job's throughput over a workspace of 300
// articles. Loading the NLP model (once per process) is reported apart.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { bodyFromParagraphs } from '../src/shared/body'
import type { Article } from '../src/shared/domain'
import { splitVerbatim } from '../src/main/services/corpus/verbatim'
import { jobsFor } from '../src/main/services/import/import-jobs'
import { WorkspaceStore } from '../src/main/services/store/workspace-store'
import { suggestForText } from '../src/main/services/suggest/engine'
import { startCorpusJob } from '../src/main/services/suggest'

const TRAIN = path.resolve(import.meta.dirname, '../../shared/corpus/polnear/train/text')
const WORDS = 1_000
const count = (s: string) => s.split(/\s+/).filter(Boolean).length

/** Paragraph lists of about 1,000 words each. */
function articles(n: number): string[][] {
  const paragraphs: string[] = existsSync(TRAIN)
    ? readdirSync(TRAIN)
        .sort()
        .slice(0, 400)
        .flatMap((f) => splitVerbatim(readFileSync(path.join(TRAIN, f), 'utf8')).paragraphs)
    : Array.from({ length: 4000 }, (_, i) => `“Talks will resume next week,” the minister said on day ${i}, adding that officials denied any role in the attack blamed on foreign hackers.`)
  const out: string[][] = []
  let current: string[] = []
  let words = 0
  for (const p of paragraphs) {
    current.push(p)
    words += count(p)
    if (words >= WORDS) {
      out.push(current)
      if (out.length === n) break
      current = []
      words = 0
    }
  }
  return out
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

let t0 = performance.now()
suggestForText('Loading, the minister said.', [])
const load = performance.now() - t0

const texts = articles(100).map((ps) => ps.join('\n\n'))
// One pass to let the JIT settle: the reader calls this many times a session.
for (const text of texts.slice(0, 20)) suggestForText(text, [])
const perThousand: number[] = []
for (const text of texts) {
  t0 = performance.now()
  suggestForText(text, [])
  perThousand.push(((performance.now() - t0) * WORDS) / count(text))
}
perThousand.sort((a, b) => a - b)
const mean = texts.reduce((n, t) => n + count(t), 0) / texts.length
console.log(
  `suggestions, ${texts.length} articles of ~${Math.round(mean)} words: p50 ${pct(perThousand, 50).toFixed(1)} ms, p95 ${pct(perThousand, 95).toFixed(1)} ms per 1,000 words (goal ≤ 50 ms); model load once ${load.toFixed(0)} ms`,
)

const dir = mkdtempSync(path.join(os.tmpdir(), 'claimbook-bench-suggest-'))
try {
  const store = await WorkspaceStore.open(dir)
  const corpus = articles(300)
  for (const [i, paragraphs] of corpus.entries()) {
    const article: Article = { id: `a${i}`, title: `Article ${i}`, outlet: '', author: '', publishedAt: '', url: '', language: 'en', tags: [], notes: '', provenance: { format: 'paste', fileName: '', sha256: '', importedAt: '' }, body: bodyFromParagraphs(paragraphs), claims: [], updatedAt: '' }
    await store.putArticle(article)
  }
  t0 = performance.now()
  const job = startCorpusJob(store, store.articleRecords().map((a) => a.id))
  const done = await jobsFor(store).wait(job.id)
  const seconds = (performance.now() - t0) / 1000
  const summary = done?.summary as { articles: number; suggestions: number }
  console.log(`corpus job: ${summary.articles} articles (~1,000 words each) in ${seconds.toFixed(1)} s, ${(summary.articles / seconds).toFixed(0)} articles/s, ${summary.suggestions} suggestions, state ${done?.state}`)
  await store.close()
} finally {
  rmSync(dir, { recursive: true, force: true })
}

const load1 = os.loadavg()[0]
if (load1 > os.cpus().length) console.log(`note: the load average (${load1.toFixed(1)}) exceeds the ${os.cpus().length} cores: the figures include waiting for a core.`)
