// A sandboxed preload can require only `electron`; anything else makes the
// desktop app start with no `window.claimbook`. `npm test` builds first.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO } from '../helpers'

const preload = path.join(REPO, 'out/preload/index.cjs')

describe('the built preload', () => {
  it('is one CommonJS file that requires nothing but electron', () => {
    expect(existsSync(preload), 'out/preload/index.cjs is missing: run `npm run build` first').toBe(true)
    const code = readFileSync(preload, 'utf8')
    const required = [...code.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1])
    expect(new Set(required)).toEqual(new Set(['electron']))
    expect(code).not.toMatch(/^\s*import\s|export\s+(default|const|function)/m)
  })

  it('exposes only window.claimbook, never ipcRenderer itself', () => {
    const code = readFileSync(preload, 'utf8')
    expect([...code.matchAll(/exposeInMainWorld\(\s*["']([^"']+)["']/g)].map((m) => m[1])).toEqual(['claimbook'])
    expect(code).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/)
  })
})
