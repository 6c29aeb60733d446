// Child process of library.bench.mjs: opens a workspace as the app does
// (store, library index, first page, a few searches, the claims of every
// article for an analysis), then prints its peak memory as JSON. Run in its
// own process so that the peak is the app's, not the benchmark's, which has
// built the workspace and held every article in memory on the way.
import { performance } from 'node:perf_hooks'
import { LibraryIndex } from '../../src/main/services/search/library-index.ts'
import { WorkspaceStore } from '../../src/main/services/store/workspace-store.ts'

const dir = process.argv[2]
const t0 = performance.now()
const store = await WorkspaceStore.open(dir)
const index = await LibraryIndex.open(store)
await index.query({ limit: 100, sort: { by: 'date' } })
const firstPage = performance.now() - t0
for (const query of ['trump', 'clint', 'campaign said', 'elektion']) await index.query({ query, limit: 100 })
const claims = store.claimsInContext().length
globalThis.gc?.()
const { rss, heapUsed } = process.memoryUsage()
console.log(JSON.stringify({ firstPage, claims, articleFilesRead: store.articleFilesRead, peakRss: process.resourceUsage().maxRSS * 1024, rss, heapUsed }))
await store.close()
