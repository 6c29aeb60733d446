// `claimbook import` with folders, a metadata table, brat annotations and the
// choice for duplicates, as a user runs it.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO, tempDir } from '../helpers'

function claimbook(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(REPO, 'bin/claimbook.mjs'), ...args], { encoding: 'utf8', cwd: REPO })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

const articles = (ws: string) => readdirSync(path.join(ws, 'articles')).map((f) => JSON.parse(readFileSync(path.join(ws, 'articles', f), 'utf8')).article)

describe('claimbook import', () => {
  it('imports a folder with a metadata table and brat annotations, printing progress and a summary', () => {
    const corpus = tempDir()
    mkdirSync(path.join(corpus, 'text'))
    mkdirSync(path.join(corpus, 'attributions'))
    writeFileSync(path.join(corpus, 'text', 'one.txt'), 'Kremlin denies hack\nPeskov denied any role in the attack.\n')
    writeFileSync(path.join(corpus, 'attributions', 'one_ab12.ann'), 'T1\tSource 20 26\tPeskov\nT2\tCue 27 33\tdenied\nT3\tContent 34 56\tany role in the attack\nE1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n')
    writeFileSync(path.join(corpus, 'text', 'two.txt'), 'Second story\nNothing to see here.\n')
    writeFileSync(path.join(corpus, 'text', 'z-copy.txt'), 'Second story\r\nNothing to see here.\r\n')
    writeFileSync(path.join(corpus, 'meta.csv'), 'doc,headline,source,day\none,Kremlin denies,TASS,2020-12-24\ntwo,Second,AP,2020-12-25\nthree,Missing,AP,2020-12-26\n')
    const ws = tempDir()
    const r = claimbook('import', corpus, '--workspace', ws, '--metadata', path.join(corpus, 'meta.csv'), '--map', 'file=doc,title=headline,outlet=source,publishedAt=day')
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/\[1\/3\] imported .*text\/one\.txt: “Kremlin denies” \(.*\), 1 claims/)
    expect(r.out).toMatch(/\[3\/3\] duplicate .*text\/z-copy\.txt: same text as “Second” \(.*\); skipped/)
    expect(r.out).toMatch(/skipped three: listed in the metadata table \(meta\.csv\), but no file of that name was imported/)
    expect(r.out).toMatch(/Done: 2 imported, 1 duplicate skipped, 0 failed, 1 skipped; 1 claims, 1 new actors\./)
    const one = articles(ws).find((a) => a.title === 'Kremlin denies')
    expect(one).toMatchObject({ outlet: 'TASS', publishedAt: '2020-12-24', provenance: { format: 'brat' } })
    expect(one.claims).toMatchObject([{ quote: 'any role in the attack', kind: 'denial', cue: 'denied', tags: ['annotator:ab12'] }])
    const actors = JSON.parse(readFileSync(path.join(ws, 'actors.json'), 'utf8')).actors
    expect(actors.map((a: { name: string }) => a.name)).toEqual(['Peskov'])
  })

  it('keeps duplicates when asked, and says what is wrong with bad options', () => {
    const folder = tempDir()
    writeFileSync(path.join(folder, 'a.txt'), 'The same words.')
    writeFileSync(path.join(folder, 'b.md'), '# The same words.')
    const ws = tempDir()
    const r = claimbook('import', folder, '--workspace', ws, '--on-duplicate', 'keep')
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/imported .*b\.md: .*same text as .* \(kept both\)/)
    expect(r.out).toMatch(/Done: 2 imported, 1 duplicate kept/)
    expect(claimbook('import', folder, '--workspace', ws, '--on-duplicate', 'maybe')).toMatchObject({ code: 2, err: expect.stringMatching(/--on-duplicate must be skip or keep/) })
    expect(claimbook('import', folder, '--workspace', ws, '--map', 'file=x')).toMatchObject({ code: 2, err: expect.stringMatching(/--map needs --metadata TABLE/) })
    writeFileSync(path.join(folder, 'meta.csv'), 'name,headline\na,A\n')
    expect(claimbook('import', folder, '--workspace', ws, '--metadata', path.join(folder, 'meta.csv'), '--map', 'file=nope')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/no column “nope”. Its columns are: “name”, “headline”/),
    })
  })
})
