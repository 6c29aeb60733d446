// Every API method rejects bad input: fast-check drives every method of the
// contract (METHOD_NAMES, so methods added later are driven too) with
// thousands of generated inputs — arbitrary values, objects with
// __proto__/constructor/prototype keys, huge strings, ../ paths, wrong types,
// unknown ids — and with mutations of valid inputs. Every call must come back
// as an envelope (never throw, never "internal"), a refusal must carry a
// known code and a short human message, Object.prototype must stay clean, and
// a refused call must leave the workspace folder byte for byte as it was.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { createHandlers, dispatch, type Handlers } from '../../../src/main/services/api'
import { contract, METHOD_NAMES, type MethodName } from '../../../src/shared/contract'
import { addClaimMark, findQuote } from '../../../src/shared/body'
import { Id, type Article } from '../../../src/shared/domain'
import { openTemp } from '../helpers'

const GENERIC_RUNS = 2_500
const MUTATION_RUNS = 2_000
const REFUSALS = ['invalid-input', 'not-found', 'conflict', 'bad-file']

// ---- the workspace ----------------------------------------------------------

const TEXT = 'The ministry said the talks would resume.\n\nA spokesman denied any role in the hacking.'

async function workspace() {
  const ctx = await openTemp()
  const platform = {
    saveFile: async () => ({ saved: false }),
    saveBytes: async () => ({ saved: false }),
    pickImportPaths: async () => [],
    pdfRenderer: { render: async () => new TextEncoder().encode('%PDF-1.4 stub') },
  }
  const handlers: Handlers = createHandlers(ctx.store, platform)
  const article = await ctx.call<Article>('articles.create', { meta: { title: 'Talks' }, text: TEXT })
  const at = findQuote(article.body, 'denied any role')!
  await ctx.call('articles.saveBody', { id: article.id, body: addClaimMark(article.body, at.start, at.end, 'c1', 'denial') })
  await ctx.call('articles.create', { meta: { title: 'Second' }, text: 'Another article, with other words.' })
  await ctx.call('actors.create', { name: 'Kremlin' })
  await ctx.call('actors.create', { name: 'White House' })
  await ctx.call('events.create', { name: 'Talks resume', date: '2020-12-23' })
  await ctx.call('backups.create', { reason: 'fuzz baseline' })
  return { ...ctx, handlers }
}

/** A digest of every file in the workspace folder (backups and lock included). */
function digest(dir: string): string {
  const hash = createHash('sha256')
  const walk = (rel: string) => {
    for (const e of readdirSync(path.join(dir, rel), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const r = path.join(rel, e.name)
      hash.update(`${r}\0`)
      if (e.isDirectory()) walk(r)
      else hash.update(readFileSync(path.join(dir, r)))
    }
  }
  walk('')
  return hash.digest('hex')
}

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype]
const pristine = PROTOTYPES.map((p) => Object.getOwnPropertyNames(p).sort().join())
function expectNoPollution(): void {
  PROTOTYPES.forEach((p, i) => expect(Object.getOwnPropertyNames(p).sort().join()).toBe(pristine[i]))
  const probe = {} as Record<string, unknown>
  for (const key of ['polluted', 'isAdmin', 'id', 'kind', 'title']) expect(probe[key], key).toBeUndefined()
}

// ---- hostile values -----------------------------------------------------------

const POISON_KEYS = ['__proto__', 'constructor', 'prototype']
const HUGE = 'A'.repeat(1_100_000)
const LARGE = 'b'.repeat(70_000)
const hostileString = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '../../etc/passwd',
    '..\\..\\Windows\\win.ini',
    '/etc/passwd',
    'C:\\Windows\\System32',
    '%2e%2e%2f%2e%2e%2f',
    'articles/../../x',
    '..',
    '.',
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    'zzzzzzzzzzzz',
    'x'.repeat(65),
    '\u0000',
    'a\u0000b',
    '\u202eevil',
    '<script>alert(1)</script>',
    'javascript:alert(1)',
    'file:///etc/passwd',
    '=cmd|x',
    '2020-13-45',
    'not base64 !!',
    HUGE,
    LARGE,
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
)
const leaf = fc.oneof(hostileString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constantFrom(-1, 0, 1e308, Number.MAX_SAFE_INTEGER + 2, 1.5))

/** JSON text with the given entries, parsed: keys like __proto__ become own
 * properties, as they do when the web host parses a request. */
function objectFromEntries(entries: [string, unknown][]): unknown {
  return JSON.parse(`{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v) ?? 'null'}`).join(',')}}`)
}

const FIELD_NAMES = [...new Set(METHOD_NAMES.flatMap((m) => fieldNames(contract[m].input)))]
const hostileObject: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown; object: unknown }>((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('object'), fc.array(tie('value'), { maxLength: 4 })),
  object: fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...POISON_KEYS), fc.constantFrom(...FIELD_NAMES), fc.string({ maxLength: 10 })), tie('value')), { maxLength: 6 })
    .map(objectFromEntries),
})).object

const anyInput = fc.oneof(
  hostileObject,
  fc.jsonValue({ maxDepth: 4 }),
  fc.anything({ maxDepth: 3, withBigInt: true, withBoxedValues: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withTypedArray: true, withSparseArray: true, withObjectString: true }),
  fc.constantFrom(undefined, null, 0, '', [], 'text', HUGE),
)

// ---- valid inputs ----------------------------------------------------------------

type Ids = { article: string; otherArticle: string; claim: string; actor: string; event: string; backup: string }

/** A valid input for each method, built from what the workspace holds now. */
function validInput(method: MethodName, ids: Ids, article: Article): unknown {
  const known: Partial<Record<MethodName, unknown>> = {
    'articles.list': { query: 'talks' },
    'articles.get': { id: ids.article },
    'articles.create': { meta: { title: 'New', outlet: 'Daily', tags: ['a'] }, text: 'Fresh text for a new article.' },
    'articles.importFile': { fileName: 'page.html', dataBase64: Buffer.from('<html><body><p>The envoy said the deal was close.</p></body></html>').toString('base64') },
    'articles.updateMeta': { id: ids.article, patch: { author: 'A. Writer', tags: ['x'] } },
    'articles.saveBody': { id: ids.article, body: article.body },
    'articles.delete': { id: ids.otherArticle },
    'claims.update': { articleId: ids.article, claimId: ids.claim, patch: { speakers: [ids.actor], eventId: ids.event, note: 'n' } },
    'claims.byActor': { id: ids.actor },
    'actors.create': { name: 'Foreign Ministry', type: 'organisation', aliases: ['the ministry'] },
    'actors.update': { id: ids.actor, patch: { description: 'd' } },
    'actors.delete': { id: ids.actor },
    'events.create': { name: 'Summit', date: '2021-01-05' },
    'events.update': { id: ids.event, patch: { description: 'd' } },
    'events.delete': { id: ids.event },
    'compare.event': { eventId: ids.event },
    'file.save': { fileName: 'report.html', mimeType: 'text/html', content: '<p>x</p>' },
    'backups.create': { reason: 'by hand' },
    'backups.restore': { id: ids.backup },
    'backups.configure': { keep: 10 },
    'articles.updateMetaMany': { ids: [ids.article], patch: { addTags: ['reviewed'] } },
    // An import needs a file (or more: true and files in import.add).
    'import.start': { files: [{ fileName: 'note.txt', dataBase64: Buffer.from('The envoy said the deal was close.').toString('base64') }] },
  }
  return method in known ? known[method] : sampleOf(contract[method].input, ids)
}

// zod 4 keeps a schema's shape in `_zod.def`; this reads just enough of it to
// build a plausible input for methods the table above does not name.
type Def = { type: string; shape?: Record<string, Schema>; innerType?: Schema; element?: Schema; options?: Schema[]; in?: Schema; entries?: Record<string, string>; values?: unknown[] }
type Schema = { _zod: { def: Def } }
function defOf(schema: unknown): Def {
  return (schema as Schema)._zod.def
}

function fieldNames(schema: unknown): string[] {
  const def = defOf(schema)
  if (def.shape) return Object.entries(def.shape).flatMap(([k, s]) => [k, ...fieldNames(s)])
  const inner = def.innerType ?? def.element ?? def.in
  return inner ? fieldNames(inner) : (def.options ?? []).flatMap(fieldNames)
}

function sampleOf(schema: unknown, ids: Ids, key = ''): unknown {
  const def = defOf(schema)
  switch (def.type) {
    case 'object':
      return Object.fromEntries(Object.entries(def.shape!).flatMap(([k, s]) => (['optional', 'default', 'prefault'].includes(defOf(s).type) ? [] : [[k, sampleOf(s, ids, k)]])))
    case 'nullable':
    case 'optional':
    case 'default':
    case 'prefault':
    case 'readonly':
      return sampleOf(def.innerType, ids, key)
    case 'pipe':
      return sampleOf(def.in, ids, key)
    case 'union':
      return sampleOf(def.options![0], ids, key)
    case 'array':
      return [sampleOf(def.element, ids, key.replace(/s$/, ''))]
    case 'enum':
      return Object.values(def.entries!)[0]
    case 'literal':
      return def.values![0]
    case 'boolean':
      return false
    case 'number':
      return 1
    case 'record':
      return {}
    default:
      if (schema === Id) return /claim/i.test(key) ? ids.claim : /event/i.test(key) ? ids.event : /job|undo/i.test(key) ? 'unknown1' : /actor|keep|merge|^a$|^b$|source|target|speaker/i.test(key) ? ids.actor : ids.article
      if (/actor/i.test(key)) return ids.actor
      if (/event/i.test(key)) return ids.event
      if (/jobId/i.test(key)) return 'nojob'
      if (/base64/i.test(key)) return Buffer.from('Some text.').toString('base64')
      if (/fileName/i.test(key)) return 'a.txt'
      return 'Some text.'
  }
}

/** Every path (list of keys) to a value inside an input. */
function pathsOf(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  const out = [at]
  if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...at, Array.isArray(value) ? Number(k) : k]))
  return out
}

type Mutation = { kind: 'set' | 'delete' | 'add-key' | 'replace-id'; pick: number; value: unknown; key: string }
const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('set', 'delete', 'add-key', 'replace-id'),
  pick: fc.nat(),
  value: fc.oneof(leaf, hostileObject, fc.jsonValue({ maxDepth: 2 })),
  key: fc.oneof(fc.constantFrom(...POISON_KEYS), fc.string({ maxLength: 8 })),
})

function mutate(input: unknown, m: Mutation): unknown {
  // Through JSON, so the result is what a transport would deliver.
  const copy = JSON.parse(JSON.stringify(input ?? {})) as unknown
  const paths = pathsOf(copy)
  const target = paths[m.pick % paths.length]
  if (target.length === 0) return m.kind === 'set' ? m.value : m.kind === 'add-key' ? objectFromEntries([...Object.entries(copy as object), [m.key, m.value]]) : copy
  const parent = target.slice(0, -1).reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], copy) as Record<string | number, unknown>
  const last = target[target.length - 1]
  if (m.kind === 'delete') delete parent[last]
  else if (m.kind === 'set') parent[last] = m.value
  else if (m.kind === 'replace-id') parent[last] = typeof parent[last] === 'string' ? ['../x', 'unknownid123', '__proto__', 'x'.repeat(65)][m.pick % 4] : m.value
  else if (parent[last] && typeof parent[last] === 'object' && !Array.isArray(parent[last])) parent[last] = objectFromEntries([...Object.entries(parent[last] as object), [m.key, m.value]])
  else parent[last] = m.value
  return copy
}

// ---- the property ------------------------------------------------------------------

async function currentIds(ctx: Awaited<ReturnType<typeof workspace>>): Promise<{ ids: Ids; article: Article }> {
  const articles = ctx.store.allArticles()
  const article = articles.find((a) => a.claims.length > 0) ?? articles[0]
  const backups = await ctx.call<{ id: string }[]>('backups.list')
  return {
    article,
    ids: {
      article: article?.id ?? 'none',
      otherArticle: articles.find((a) => a.id !== article?.id)?.id ?? 'none',
      claim: article?.claims[0]?.id ?? 'none',
      actor: ctx.store.actors[0]?.id ?? 'none',
      event: ctx.store.events[0]?.id ?? 'none',
      backup: backups[backups.length - 1]?.id ?? 'none',
    },
  }
}

/** Waits until no import or export job is running, so the files are still
 * before the next call. */
async function settle(ctx: Awaited<ReturnType<typeof workspace>>, value: unknown): Promise<void> {
  const jobId = (value as { jobId?: string } | null)?.jobId
  for (let i = 0; i < 500; i++) {
    const running: boolean[] = []
    if (METHOD_NAMES.includes('jobs.list' as MethodName)) {
      const jobs = await dispatch(ctx.handlers, 'jobs.list', {})
      if (jobs.ok) running.push(...(jobs.value as { state: string }[]).map((j) => j.state === 'running'))
    }
    if (jobId && METHOD_NAMES.includes('export.status' as MethodName)) {
      const status = await dispatch(ctx.handlers, 'export.status', { jobId })
      if (status.ok) running.push((status.value as { state: string }).state === 'running')
    }
    if (!running.some(Boolean)) return
    await new Promise((r) => setTimeout(r, 10))
  }
}

const seen = new Map<string, { ok: number; refused: number }>()

async function callAndCheck(ctx: Awaited<ReturnType<typeof workspace>>, method: MethodName, input: unknown): Promise<void> {
  const before = digest(ctx.dir)
  let envelope: Awaited<ReturnType<typeof dispatch>>
  try {
    envelope = await dispatch(ctx.handlers, method, input)
  } catch (err) {
    throw new Error(`${method} threw instead of answering: ${(err as Error).stack}`)
  }
  expectNoPollution()
  const count = seen.get(method) ?? { ok: 0, refused: 0 }
  seen.set(method, count)
  expect(typeof envelope.ok).toBe('boolean')
  if (envelope.ok) {
    count.ok++
    await settle(ctx, envelope.value)
    return
  }
  count.refused++
  const { code, message } = envelope.error
  const platformOnly = code === 'unknown-method' && /not available/i.test(message)
  expect(REFUSALS.includes(code) || platformOnly, `${method} answered ${code}: ${message}`).toBe(true)
  expect(message.length, `${method}: a message a person can read`).toBeGreaterThan(10)
  expect(message.length, `${method}: the message does not echo a huge input`).toBeLessThan(2_000)
  expect(digest(ctx.dir), `${method} was refused (${message}) but changed the workspace`).toBe(before)
}

describe('every API method rejects bad input', () => {
  it('refuses a claim mark whose id or kind would make a file unreadable (a hole this test found)', async () => {
    const ctx = await workspace()
    const { article } = await currentIds(ctx)
    const before = digest(ctx.dir)
    for (const attrs of [{ id: '../x', kind: 'denial' }, { id: 'ok1', kind: 'sarcasm' }, { id: 'ok2' }, JSON.parse('{"id":"ok3","kind":"denial","__proto__":{"x":1}}')]) {
      const body = structuredClone(article.body)
      body.content[0].content![0].marks = [{ type: 'claim', attrs }]
      const envelope = await dispatch(ctx.handlers, 'articles.saveBody', { id: article.id, body })
      expect(envelope).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/body\.content\.0\.content\.0\.marks\.0\.attrs/) } })
    }
    expect(digest(ctx.dir)).toBe(before)
  })

  it(`answers ${GENERIC_RUNS} arbitrary and hostile inputs spread over every method`, async () => {
    const ctx = await workspace()
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...METHOD_NAMES), anyInput, (method, input) => callAndCheck(ctx, method, input)),
      { numRuns: GENERIC_RUNS },
    )
    // Every method was driven, and the refusals were real refusals.
    for (const method of METHOD_NAMES) expect(seen.get(method)?.refused ?? 0, method).toBeGreaterThan(0)
  }, 300_000)

  it(`answers ${MUTATION_RUNS} mutations of valid inputs to every method`, async () => {
    const ctx = await workspace()
    // Every method has a valid input to start from (checked against its schema).
    const { ids, article } = await currentIds(ctx)
    const invalid = METHOD_NAMES.filter((m) => !contract[m].input.safeParse(validInput(m, ids, article) ?? {}).success)
    expect(invalid, 'methods whose sample input is not valid').toEqual([])
    seen.clear()
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...METHOD_NAMES), mutation, async (method, m) => {
        const now = await currentIds(ctx)
        await callAndCheck(ctx, method, mutate(validInput(method, now.ids, now.article), m))
      }),
      { numRuns: MUTATION_RUNS },
    )
    for (const method of METHOD_NAMES) expect(seen.get(method)?.refused ?? 0, method).toBeGreaterThan(0)
  }, 300_000)

  it('schemas are strict: an unknown key is refused by every method that takes an object', () => {
    for (const method of METHOD_NAMES) {
      const schema = contract[method].input as z.ZodType
      const result = schema.safeParse(JSON.parse('{"__proto__": {"polluted": true}, "surprise": 1}'))
      expect(result.success, method).toBe(false)
    }
  })
})
