// Adds claim marks to an article body where given quotes occur, with the
// app's own helpers (src/shared/body.ts), for end-to-end tests that load a
// reference annotation through the API. Reads {body, claims: [{id, kind,
// quote}]} as JSON on stdin; writes the marked body as JSON on stdout.
// Run: node --import tsx tests/e2e/lib/mark-quotes.ts < input.json
import { readFileSync } from 'node:fs'
import { addClaimMark, findQuote } from '../../../src/shared/body'
import type { Body, Kind } from '../../../src/shared/domain'

const input = JSON.parse(readFileSync(0, 'utf8')) as { body: Body; claims: { id: string; kind: Kind; quote: string }[] }
let body = input.body
for (const claim of input.claims) {
  const at = findQuote(body, claim.quote)
  if (!at) throw new Error(`quote not in the article: ${claim.quote}`)
  body = addClaimMark(body, at.start, at.end, claim.id, claim.kind)
}
process.stdout.write(JSON.stringify(body))
