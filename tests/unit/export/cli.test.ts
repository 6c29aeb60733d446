// `claimbook export` and `claimbook import-json` as a user runs them: every
// flag checked by the same schema as the API, progress on stderr, files
// written whole, and bad flags answered with exit code 2 and what to do.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { requestFromFlags } from '../../../src/cli/export-command'
import { UsageError } from '../../../src/cli/usage-error'
import { parseCsvStrict } from '../helpers/rfc4180'
import { REPO } from '../helpers'
import { buildFixture, GOLD, slug } from './fixture'
import { workspaceWith } from './workspace'

let ws: string
let out: string
beforeAll(async () => {
  const made = await workspaceWith(buildFixture())
  await made.store.close()
  ws = made.dir
  out = mkdtempSync(path.join(os.tmpdir(), 'claimbook-cli-out-'))
}, 60_000)
afterAll(() => {
  for (const dir of [ws, out]) rmSync(dir, { recursive: true, force: true })
})

function claimbook(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(REPO, 'bin/claimbook.mjs'), ...args], { encoding: 'utf8', cwd: REPO, timeout: 300_000 })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

describe('claimbook export', () => {
  test('an event’s claims of two kinds, without notes, as CSV', () => {
    const file = path.join(out, 'breach.csv')
    const event = slug(GOLD.events[2].name)
    const r = claimbook('export', '-w', ws, '--format', 'csv', '--scope', `event:${event}`, '--kinds', 'denial,assertion', '--no-notes', '--out', file)
    expect(r.err.replace(/^csv: .*\n/gm, '')).toBe('')
    expect(r.code).toBe(0)
    expect(r.out).toBe(`wrote ${file}\n`)
    const [header, ...rows] = parseCsvStrict(readFileSync(file, 'utf8').slice(1))
    const expected = buildFixture().articles.flatMap((a) => a.claims).filter((c) => c.eventId === event && c.kind !== 'attribution')
    expect(rows.map((row) => row[0]).sort()).toEqual(expected.map((c) => c.id).sort())
    expect(rows.every((row) => row[header.indexOf('note')] === '')).toBe(true)
  })

  test('a brat folder, a network into an existing folder, and a PDF with its progress', () => {
    const brat = path.join(out, 'brat')
    expect(claimbook('export', '-w', ws, '-f', 'brat', '-o', brat, '--quiet')).toMatchObject({ code: 0, err: '' })
    expect(readdirSync(brat).sort()).toEqual(['annotation.conf', 'bad-to-worse.ann', 'bad-to-worse.txt', 'hostile.ann', 'hostile.txt'])

    const r = claimbook('export', '-w', ws, '-f', 'graphml', '--network', 'conflict', '-o', out)
    expect(r.code, r.err).toBe(0)
    const written = readdirSync(out).find((f) => f.startsWith('claimbook-network-conflict-'))!
    expect(readFileSync(path.join(out, written), 'utf8')).toContain('<graphml')

    const pdf = path.join(out, 'report.pdf')
    const p = claimbook('export', '-w', ws, '-f', 'pdf', '--scope', `actor:${slug('Sergei Ryabkov')}`, '-o', pdf)
    expect(p.code, p.err).toBe(0)
    expect(p.err).toMatch(/^pdf: Laying out the PDF 0\/3\npdf: Numbering the contents 1\/3\npdf: Printing the PDF 2\/3\n$/)
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-')
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  test('bad flags exit 2 with a message that says what to do', () => {
    const file = path.join(out, 'never.csv')
    expect(claimbook('export', '-w', ws, '-f', 'csv', '--scope', 'article:nope', '-o', file)).toMatchObject({ code: 2, err: expect.stringMatching(/--scope: No article with id “nope”/) })
    expect(claimbook('export', '-w', ws, '-f', 'csv', '--bogus', '-o', file)).toMatchObject({ code: 2, err: expect.stringMatching(/Unknown option '--bogus'/) })
    expect(existsSync(file)).toBe(false)
  })

  test('every flag is checked before anything runs', () => {
    const fails = (flags: Parameters<typeof requestFromFlags>[0], message: RegExp) => {
      expect(() => requestFromFlags(flags)).toThrow(UsageError)
      expect(() => requestFromFlags(flags)).toThrow(message)
    }
    fails({}, /--format must be one of html, csv, json, pdf, docx, md, actors-csv, graphml, webanno, qdpx, brat/)
    fails({ format: 'exe' }, /--format must be one of/)
    fails({ format: 'csv', network: 'conflict' }, /--network applies only to --format graphml/)
    fails({ format: 'graphml', network: 'friends' }, /--network must be one of two-mode-event, two-mode-target, congruence, conflict/)
    fails({ format: 'csv', kinds: 'assertion,rumour' }, /--kinds .* \(not “rumour”\)/)
    fails({ format: 'csv', kinds: ',' }, /--kinds/)
    fails({ format: 'csv', scope: 'article:' }, /names exactly one article/)
    fails({ format: 'csv', scope: 'event:a,b' }, /names exactly one event/)
    fails({ format: 'csv', scope: 'articles:' }, /names the articles/)
    fails({ format: 'csv', scope: 'planet:x' }, /--scope must be workspace, article:ID/)
    fails({ format: 'csv', scope: 'article:../etc' }, /--scope: must be 1-64 letters/)
    expect(requestFromFlags({ format: 'md', scope: 'articles:a,b', kinds: 'denial', 'no-text': true, 'no-tags': true })).toEqual({
      format: 'md',
      scope: { type: 'articles', ids: ['a', 'b'] },
      options: { kinds: ['denial'], notes: true, tags: false, fullText: false, network: 'two-mode-event' },
    })
  })
})

test('claimbook import-json loads an export into an empty workspace, and refuses a full one', () => {
  const json = path.join(out, 'workspace.json')
  expect(claimbook('export', '-w', ws, '-f', 'json', '-o', json, '-q')).toMatchObject({ code: 0 })
  const target = mkdtempSync(path.join(os.tmpdir(), 'claimbook-cli-import-'))
  try {
    const r = claimbook('import-json', json, '-w', target)
    expect(r.err).toBe('')
    expect(r.out).toMatch(/imported .*workspace\.json: 2 articles, 26 claims, 16 actors, 3 events/)
    const again = path.join(out, 'again.json')
    expect(claimbook('export', '-w', target, '-f', 'json', '-o', again, '-q')).toMatchObject({ code: 0 })
    const strip = (text: string) => text.replace(/"generatedAt": "[^"]*"/, '')
    expect(strip(readFileSync(again, 'utf8'))).toBe(strip(readFileSync(json, 'utf8')))
    expect(claimbook('import-json', json, '-w', target)).toMatchObject({ code: 1, err: expect.stringMatching(/only be imported into an empty workspace/) })
  } finally {
    rmSync(target, { recursive: true, force: true })
  }
})
