// The command line, run as a user runs it.
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CORPUS, REPO, tempDir } from '../helpers'

function claimbook(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(REPO, 'bin/claimbook.mjs'), ...args], { encoding: 'utf8', cwd: REPO })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

describe('claimbook command line', () => {
  it('imports files and exports html, csv and json', () => {
    const ws = tempDir()
    const imported = claimbook('import', path.join(CORPUS, 'seed/bad-to-worse.html'), path.join(CORPUS, 'seed/bad-to-worse.txt'), '--workspace', ws)
    expect(imported.err).toBe('')
    expect(imported.code).toBe(0)
    expect(imported.out).toMatch(/imported .*bad-to-worse\.html: “Russia sees relations/)
    for (const format of ['html', 'csv', 'json']) {
      const out = path.join(tempDir(), `out.${format}`)
      const r = claimbook('export', '--workspace', ws, '--format', format, '--out', out)
      expect(r.code, r.err).toBe(0)
      expect(readFileSync(out, 'utf8').length).toBeGreaterThan(100)
    }
    const json = JSON.parse(readFileSync(path.join(ws, 'workspace.json'), 'utf8'))
    expect(json.format).toBe('claimbook-workspace')
  })

  it('exits non-zero with a clear message on bad arguments and bad files', () => {
    const ws = tempDir()
    expect(claimbook()).toMatchObject({ code: 2, err: expect.stringMatching(/Name a command/) })
    expect(claimbook('frobnicate')).toMatchObject({ code: 2, err: expect.stringMatching(/Unknown command “frobnicate”/) })
    expect(claimbook('export', '--workspace', ws, '--format', 'exe', '--out', 'x')).toMatchObject({ code: 2, err: expect.stringMatching(/--format must be one of html, csv, json/) })
    expect(claimbook('export', '--workspace', ws, '--format', 'csv')).toMatchObject({ code: 2, err: expect.stringMatching(/--out FILE is required/) })
    expect(claimbook('import', 'x.txt')).toMatchObject({ code: 2, err: expect.stringMatching(/--workspace DIR is required/) })
    expect(claimbook('import', '--workspace', ws, '--bogus')).toMatchObject({ code: 2 })
    expect(claimbook('serve', '--port', 'abc')).toMatchObject({ code: 2, err: expect.stringMatching(/--port must be a number/) })
    const binary = path.join(tempDir(), 'photo.txt')
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]))
    const r = claimbook('import', binary, path.join(tempDir(), 'missing.txt'), '--workspace', ws)
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/failed .*photo\.txt: .*binary/)
    expect(r.err).toMatch(/failed .*missing\.txt: no such file/)
  })

  it('prints its usage with --help', () => {
    expect(claimbook('--help')).toMatchObject({ code: 0, out: expect.stringMatching(/claimbook import FILE\.\.\. --workspace DIR/) })
  })
})
