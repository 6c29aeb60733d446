// The analysis views on a workspace the size of PolNeAR with its gold
// attributions: 924 articles from 7 outlets, ~24,000 claims, ~2,000 actors
// in a membership tree (countries > organisations > people), 50 events (10
// with 4 sub-events each). Speakers, targets and events follow a Zipf-like
// spread, as in real coverage: a few actors and events get most claims.
//
// Goal (issue 5): ≤ 200 ms to first render in the UI for the comparison of
// the largest event, the outlet comparison and the actor network; the
// back end should take a small fraction of that. Printed per view: the
// first call after opening (builds the claim index), the median of the next
// five (wall clock, and the CPU time of this process, steadier when the
// machine is busy), and the size of the answer as JSON (what crosses IPC or
// HTTP) with the time to serialise it.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { createHandlers, dispatch } from '../src/main/services/api'
import { WorkspaceStore } from '../src/main/services/store/workspace-store'
import type { MethodName } from '../src/shared/contract'
import { ARTICLES, buildWorkspace, OUTLETS } from './lib/synthetic-workspace'

const dir = mkdtempSync(path.join(os.tmpdir(), 'claimbook-analysis-bench-'))
try {
  let t0 = performance.now()
  const { largestEvent, busiestActor } = buildWorkspace(dir)
  const built = performance.now() - t0
  t0 = performance.now()
  const store = await WorkspaceStore.open(dir)
  const opened = performance.now() - t0
  const handlers = createHandlers(store)
  const claims = store.allArticles().reduce((n, a) => n + a.claims.length, 0)
  const eventClaims = store.allArticles().reduce((n, a) => n + a.claims.filter((c) => c.eventId === largestEvent).length, 0)
  console.log(`workspace: ${ARTICLES} articles, ${claims} claims, ${store.actors.length} actors, ${store.events.length} events, ${OUTLETS.length} outlets (written in ${built.toFixed(0)} ms, opened in ${opened.toFixed(0)} ms)`)
  console.log(`largest event: ${eventClaims} claims\n`)

  // BENCH_ONLY=compare.outlets runs only the views whose label contains it.
  async function time(label: string, method: MethodName, input: unknown, detail?: (value: never) => string): Promise<void> {
    if (process.env.BENCH_ONLY && !label.includes(process.env.BENCH_ONLY)) return
    const run = async () => {
      const start = performance.now()
      const cpu = process.cpuUsage()
      const envelope = await dispatch(handlers, method, input)
      const ms = performance.now() - start
      const used = process.cpuUsage(cpu)
      if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`)
      return { ms, cpu: (used.user + used.system) / 1000, value: envelope.value }
    }
    const first = await run()
    const runs = []
    for (let i = 0; i < 5; i++) runs.push(await run())
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[2]
    const start = performance.now()
    const json = JSON.stringify(first.value)
    const serialise = performance.now() - start
    console.log(
      `${label.padEnd(46)} first ${first.ms.toFixed(1).padStart(6)} ms   median ${median(runs.map((r) => r.ms)).toFixed(1).padStart(6)} ms (cpu ${median(runs.map((r) => r.cpu)).toFixed(1).padStart(6)} ms)   JSON ${(json.length / 1024).toFixed(0).padStart(5)} KiB (stringify ${serialise.toFixed(1)} ms)` +
        (detail ? `   ${detail(first.value as never)}` : ''),
    )
  }

  const net = (n: { nodes: unknown[]; edges: unknown[]; stats: { edgesLeftOut: number } }) => `${n.nodes.length} nodes, ${n.edges.length} edges (+${n.stats.edgesLeftOut} left out)`
  // The first call builds the claim index (what opening any analysis view costs once).
  await time('compare.event (largest event)', 'compare.event', { eventId: largestEvent })
  await time('compare.event (largest, roll-up to top)', 'compare.event', { eventId: largestEvent, rollUp: { to: 'top' } })
  await time('compare.event (largest + sub-events, filters)', 'compare.event', { eventId: largestEvent, includeChildren: true, filters: { from: '2016-03-01', to: '2016-09-30', kinds: ['assertion', 'denial'] } })
  await time('compare.outlets (largest event)', 'compare.outlets', { eventId: largestEvent })
  await time('analysis.network speaker-target', 'analysis.network', { type: 'speaker-target' }, net)
  await time('analysis.network speaker-target (roll-up top)', 'analysis.network', { type: 'speaker-target', rollUp: { to: 'top' } }, net)
  await time('analysis.network congruence', 'analysis.network', { type: 'congruence' }, net)
  await time('analysis.network congruence (jaccard)', 'analysis.network', { type: 'congruence', normalise: 'jaccard' }, net)
  await time('analysis.network conflict', 'analysis.network', { type: 'conflict' }, net)
  await time('analysis.network conflict (roll-up level 1)', 'analysis.network', { type: 'conflict', rollUp: { to: 'level', level: 1 } }, net)
  await time('analysis.charts', 'analysis.charts', { filters: {} })
  await time('actors.profile (busiest speaker)', 'actors.profile', { id: busiestActor })
  await time('events.timeline (largest event)', 'events.timeline', { id: largestEvent })
  await time('compare.headToHead (two countries)', 'compare.headToHead', { by: 'actor', a: 'act0', b: 'act1', includeMembers: true })
  await time('actors.similar', 'actors.similar', { minScore: 0.8 })
  await time('actors.list (counts from the index)', 'actors.list', {})

  // A yardstick for this machine at this moment (the two cores are shared):
  // one plain pass over every claim, to read the figures above against.
  const every = store.claimsInContext()
  const t1 = performance.now()
  for (let i = 0; i < 20; i++) every.filter((c) => c.eventId === largestEvent)
  console.log(`\nyardstick: one plain pass over the ${every.length} claims takes ${((performance.now() - t1) / 20).toFixed(2)} ms on this machine now`)
  await store.close()
} finally {
  rmSync(dir, { recursive: true, force: true })
}
