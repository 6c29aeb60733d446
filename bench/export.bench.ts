// Export costs at growing workspace sizes: every format built in memory from
// synthetic articles (12 paragraphs, 8 claims each, 40 actors, 6 events), and
// the PDF through headless Chromium where one is installed. Baseline in the
// same run: JSON.stringify of the same records, the least any export costs.
import { performance } from 'node:perf_hooks'
import { addClaimMark, bodyFromParagraphs, plainText } from '../src/shared/body'
import { buildArtifact } from '../src/main/services/export'
import { chromiumPath, withChromium } from '../src/main/services/export/chromium-pdf'
import type { ExportFormat } from '../src/shared/contract-export'
import { Actor, Event, KINDS, type Article } from '../src/shared/domain'

const WORDS = 'the minister said talks would resume next week after officials denied any role in the attack blamed on foreign hackers'.split(' ')
const sentence = (i: number) => Array.from({ length: 18 }, (_, k) => WORDS[(i * 7 + k * 3) % WORDS.length]).join(' ') + '.'

const actors = Array.from({ length: 40 }, (_, i) => Actor.parse({ id: `actor${i}`, name: `Actor ${i}`, type: i % 2 ? 'person' : 'organisation', memberOf: i > 4 ? `actor${i % 5}` : null }))
const events = Array.from({ length: 6 }, (_, i) => Event.parse({ id: `event${i}`, name: `Event ${i}`, date: `2016-0${i + 1}-01` }))

function article(i: number): Article {
  let body = bodyFromParagraphs(Array.from({ length: 12 }, (_, p) => `${sentence(i + p)} ${sentence(i * 3 + p)} ${sentence(p)}`))
  const text = plainText(body)
  const claims = Array.from({ length: 8 }, (_, c) => {
    const start = c * 300
    const end = start + 80
    body = addClaimMark(body, start, end, `c${i}x${c}`, KINDS[c % 3])
    return { id: `c${i}x${c}`, kind: KINDS[c % 3], speakers: [`actor${(i + c) % 40}`], targets: [`actor${(i * 3 + c) % 40}`], eventId: `event${(i + c) % 6}`, cue: 'said', note: c % 4 ? '' : 'A note.', tags: [], quote: text.slice(start, end), start, end, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' }
  })
  return { id: `a${i}`, title: `Article ${i}`, outlet: `Outlet ${i % 7}`, author: '', publishedAt: `2016-${String((i % 12) + 1).padStart(2, '0')}-10`, url: '', language: 'en', tags: [], notes: '', provenance: { format: 'paste', fileName: '', sha256: '', importedAt: '' }, body, claims, updatedAt: '' }
}

const FORMATS: ExportFormat[] = ['csv', 'actors-csv', 'json', 'html', 'md', 'graphml', 'webanno', 'brat', 'qdpx', 'docx']
const fmt = (ms: number) => `${ms.toFixed(0)} ms`

for (const size of [100, 1000]) {
  const input = { articles: Array.from({ length: size }, (_, i) => article(i)), actors, events, generatedAt: '2026-11-29T12:00:00Z' }
  let t0 = performance.now()
  JSON.stringify(input)
  const baseline = performance.now() - t0
  console.log(`\n${size} articles, ${size * 8} claims (baseline JSON.stringify ${fmt(baseline)})`)
  for (const format of FORMATS) {
    t0 = performance.now()
    const artifact = await buildArtifact(format, input, { network: 'congruence' })
    const ms = performance.now() - t0
    const bytes = typeof artifact.data === 'string' ? Buffer.byteLength(artifact.data) : artifact.data.byteLength
    console.log(`  ${format.padEnd(10)} ${fmt(ms).padStart(9)}  ×${(ms / baseline).toFixed(0).padStart(4)}  ${(bytes / 1024).toFixed(0)} KiB`)
  }
  if (size === 100 && chromiumPath()) {
    t0 = performance.now()
    await withChromium((renderer) => buildArtifact('pdf', input, { pdfRenderer: renderer }))
    console.log(`  ${'pdf'.padEnd(10)} ${fmt(performance.now() - t0).padStart(9)}  (two Chromium passes, for the page numbers of the contents)`)
  } else if (size === 100) console.log('  pdf        skipped: no Chromium (apt-get install chromium)')
}
