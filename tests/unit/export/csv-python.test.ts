// The claims and actors tables read by Python's csv module (as pandas and
// most scripts read them): every row, every field, back as written.
import { writeFileSync } from 'node:fs'
import { afterAll, describe, expect, test } from 'vitest'
import { buildActorsCsv, buildClaimsCsv, type ExportInput } from '../../../src/main/services/export'
import { ACTOR_COLUMNS, CLAIM_COLUMNS } from '../../../src/main/services/export/csv'
import { orderedArticles, orderedClaims } from '../../../src/main/services/export/export-input'
import { buildFixture } from './fixture'
import { polnearInput } from './polnear'
import { run, scratch } from './tools'

const out = scratch()
afterAll(() => out.done())

/** Python reads the file as Excel-flavoured CSV (utf-8-sig drops the BOM). */
function readWithPython(file: string): Record<string, string>[] {
  const script = `
import csv, json, sys
with open(sys.argv[1], newline="", encoding="utf-8-sig") as f:
    print(json.dumps(list(csv.DictReader(f))))
`
  return JSON.parse(run('python3', ['-c', script, file]))
}

/** What a spreadsheet-safe cell holds: a leading formula character escaped. */
const cell = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value)

describe.each([
  ['the seed article with its gold claims', buildFixture],
  ['100 PolNeAR articles with their gold attributions', () => polnearInput()],
])('CSV of %s, read by Python', (_, make) => {
  const input: ExportInput = make()
  const names = new Map(input.actors.map((a) => [a.id, a.name]))
  const events = new Map(input.events.map((e) => [e.id, e.name]))

  test('one row per claim with every column', () => {
    const file = out.file(`claims-${input.articles.length}.csv`)
    writeFileSync(file, buildClaimsCsv(input))
    const rows = readWithPython(file)
    const expected = orderedArticles(input.articles).flatMap((article) =>
      orderedClaims(article).map((claim) => ({
        claim_id: claim.id,
        article_id: article.id,
        article_title: cell(article.title),
        outlet: cell(article.outlet),
        published_at: article.publishedAt,
        kind: claim.kind,
        speakers: cell(claim.speakers.map((id) => names.get(id) ?? id).join('; ')),
        targets: cell(claim.targets.map((id) => names.get(id) ?? id).join('; ')),
        event: cell(claim.eventId ? (events.get(claim.eventId) ?? claim.eventId) : ''),
        quote: cell(claim.quote),
        note: cell(claim.note),
        cue: cell(claim.cue),
        tags: cell(claim.tags.join('; ')),
        start: String(claim.start),
        end: String(claim.end),
        created_at: claim.createdAt,
        updated_at: claim.updatedAt,
      })),
    )
    expect(Object.keys(rows[0])).toEqual([...CLAIM_COLUMNS])
    expect(rows).toEqual(expected)
  })

  test('one row per actor, with its group and claim counts', () => {
    const file = out.file(`actors-${input.articles.length}.csv`)
    writeFileSync(file, buildActorsCsv(input))
    const rows = readWithPython(file)
    expect(Object.keys(rows[0])).toEqual([...ACTOR_COLUMNS])
    expect(rows).toHaveLength(input.actors.length)
    const claims = input.articles.flatMap((a) => a.claims)
    for (const actor of input.actors) {
      const row = rows.find((r) => r.actor_id === actor.id)!
      expect(row.name).toBe(cell(actor.name))
      expect(row.member_of_id).toBe(actor.memberOf ?? '')
      expect(row.type).toBe(actor.type)
      expect(row.member_of).toBe(actor.memberOf ? (names.get(actor.memberOf) ?? '') : '')
      expect(Number(row.claims_as_speaker)).toBe(claims.filter((c) => c.speakers.includes(actor.id)).length)
      expect(Number(row.claims_as_target)).toBe(claims.filter((c) => c.targets.includes(actor.id)).length)
    }
  })
})

test('the seed actors carry their memberships', () => {
  const file = out.file('seed-actors.csv')
  writeFileSync(file, buildActorsCsv(buildFixture()))
  const ryabkov = readWithPython(file).find((r) => r.name === 'Sergei Ryabkov')!
  expect(ryabkov).toMatchObject({ type: 'person', aliases: 'Ryabkov', member_of: 'Russian Foreign Ministry', member_of_id: 'russian-foreign-ministry' })
  expect(Number(ryabkov.claims_as_speaker)).toBeGreaterThan(5)
})
