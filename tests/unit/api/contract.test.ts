// Malformed input to any method gets a clear error and changes nothing.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { dispatch } from '../../../src/main/services/api'
import { METHOD_NAMES } from '../../../src/shared/contract'
import { openTemp } from '../helpers'

function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {}
  const walk = (d: string) => {
    for (const name of readdirSync(d, { withFileTypes: true })) {
      // Backups and the search index are kept apart from the workspace's data.
      if (name.name === '.backups' || name.name === '.index') continue
      const full = path.join(d, name.name)
      if (name.isDirectory()) walk(full)
      else files[path.relative(dir, full)] = readFileSync(full, 'utf8')
    }
  }
  walk(dir)
  return files
}

const BAD_INPUTS: unknown[] = [
  null,
  42,
  'text',
  [],
  { id: 42 },
  { id: '../../etc/passwd' },
  { id: '__proto__' },
  { id: 'constructor' },
  { id: 'x'.repeat(10_000) },
  { unexpected: true },
  { id: 'nope', patch: { title: 5 } },
  JSON.parse('{"__proto__": {"polluted": true}, "id": "abc"}'),
  { meta: { title: 'x' }, text: '' },
  { fileName: '', dataBase64: '' },
  { articleId: 'a', claimId: 'b', patch: { speakers: 'not-a-list' } },
  { format: 'exe' },
  { name: '' },
  { name: 'x'.repeat(301) },
  { eventId: '../x' },
]

describe('the contract', () => {
  it('rejects malformed input to every method with a clear error, and the workspace stays as it was', async () => {
    const { dir, handlers, call } = await openTemp()
    const article = await call<{ id: string }>('articles.create', { meta: { title: 'Keep me' }, text: 'Some text.' })
    await call('actors.create', { name: 'Kremlin' })
    const before = snapshot(dir)
    let rejected = 0
    for (const method of METHOD_NAMES) {
      for (const input of BAD_INPUTS) {
        const envelope = await dispatch(handlers, method, input)
        if (envelope.ok) {
          // Some inputs are valid for some methods (a list ignores nothing):
          // those must be read-only calls, or a backup (which writes only
          // under .backups/, left out of the comparison).
          // suggest.startCorpus with no ids starts a job that only reads.
          expect(method).toMatch(/\.(list|info|settings|query)$|^backups\.create$|^suggest\.startCorpus$/)
          continue
        }
        rejected++
        expect(envelope.error.message.length).toBeGreaterThan(10)
        expect(['invalid-input', 'not-found', 'unknown-method']).toContain(envelope.error.code)
      }
    }
    expect(rejected).toBeGreaterThan(METHOD_NAMES.length * (BAD_INPUTS.length - 3))
    expect(snapshot(dir)).toEqual(before)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(await call('articles.get', { id: article.id })).toMatchObject({ title: 'Keep me' })
  })

  it('refuses unknown methods and names the problem', async () => {
    const { handlers } = await openTemp()
    for (const method of ['nope', '__proto__', 'constructor', 'toString', 'articles.list.extra', 42]) {
      const envelope = await dispatch(handlers, method, {})
      expect(envelope).toMatchObject({ ok: false, error: { code: 'unknown-method' } })
    }
  })

  it('says which field is wrong', async () => {
    const { handlers } = await openTemp()
    const envelope = await dispatch(handlers, 'articles.updateMeta', { id: 'abc', patch: { publishedAt: 'yesterday' } })
    expect(envelope).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/patch\.publishedAt: must be a date/) } })
  })
})
