// Crash safety: a writer process is killed with SIGKILL at random moments of
// a stream of saves (articles, actors, events, deletes), again and again on
// one workspace. After every kill each file must parse and validate, no file
// may have been set aside, and every save the store acknowledged must be
// there (or a later one).
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ActorsFile, ArticleFile, EventsFile, WorkspaceFile } from '../../../src/shared/domain'
import { REPO, tempDir } from '../helpers'

const KILLS = 100
const WRITER = path.join(REPO, 'tests/unit/store/crash-writer.ts')

/** The writer bundled once into plain JavaScript (esbuild, which tsx brings):
 * starting it then costs a bare `node`, not a TypeScript loader, a hundred
 * times over. Without esbuild the writer runs through `node --import tsx`. */
let command: string[] = ['--import', 'tsx', WRITER]
beforeAll(async () => {
  try {
    const { build } = await import('esbuild')
    const out = path.join(REPO, 'node_modules/.cache/claimbook-tests/crash-writer.mjs')
    mkdirSync(path.dirname(out), { recursive: true })
    await build({ entryPoints: [WRITER], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: out, packages: 'external', logLevel: 'silent' })
    command = [out]
  } catch {
    /* keep tsx */
  }
})

type Expectation = { seq: number; deleted: boolean; mayBeDeleted: boolean }

/** Runs the writer until it has acknowledged `saves` saves, then kills it
 * with SIGKILL, a few moments later at random. */
function runAndKill(dir: string, seed: number, baseSeq: number, saves: number, onLine: (line: string) => void): Promise<void> {
  const child = spawn(process.execPath, [...command, dir, String(seed), String(baseSeq)], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (c: Buffer) => (stderr += c))
  return new Promise((resolve, reject) => {
    let buffered = ''
    let acks = 0
    let killing = false
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString()
      const lines = buffered.split('\n')
      buffered = lines.pop()!
      for (const line of lines) {
        onLine(line)
        if (line.startsWith('ack ')) acks++
      }
      if (acks >= saves && !killing) {
        killing = true
        // Immediately, or after a short random delay: anywhere in the next write.
        const delay = Math.floor(Math.random() * 4)
        const kill = () => child.kill('SIGKILL')
        if (delay === 0) kill()
        else setTimeout(kill, delay)
      }
    })
    // 'close' comes after stdout has delivered every line written before the kill.
    child.once('close', (code, signal) => {
      if (buffered) onLine(buffered)
      if (signal === 'SIGKILL') resolve()
      else reject(new Error(`the writer exited by itself (${code}): ${stderr}`))
    })
  })
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'))
}

/** A registry file is written on its first change: until then it is empty. */
function readRegistry(file: string, key: 'actors' | 'events'): unknown {
  return existsSync(file) ? readJson(file) : { schemaVersion: 1, [key]: [] }
}

/** Every file parses and validates; returns the seq each entity holds. */
function checkFiles(dir: string): Map<string, number> {
  const seqOf = (text: string) => Number(/^seq (\d+)/.exec(text)?.[1] ?? 0)
  const held = new Map<string, number>()
  expect(WorkspaceFile.safeParse(readJson(path.join(dir, 'workspace.json'))).success).toBe(true)
  for (const a of ActorsFile.parse(readRegistry(path.join(dir, 'actors.json'), 'actors')).actors) held.set(a.id, seqOf(a.description))
  for (const e of EventsFile.parse(readRegistry(path.join(dir, 'events.json'), 'events')).events) held.set(e.id, seqOf(e.description))
  for (const name of readdirSync(path.join(dir, 'articles'))) {
    expect(name, 'nothing was set aside as damaged').not.toMatch(/damaged/)
    if (name.startsWith('.')) continue // a temp file the killed writer left; removed on next open
    const { article } = ArticleFile.parse(readJson(path.join(dir, 'articles', name)))
    expect(name).toBe(`${article.id}.json`)
    held.set(article.id, seqOf(article.notes))
  }
  return held
}

describe('crash safety', () => {
  it(`keeps every file valid and every acknowledged save after ${KILLS} SIGKILLs at random moments`, async () => {
    const dir = tempDir()
    const expected = new Map<string, Expectation>()
    let maxSeq = 0
    let totalAcks = 0
    for (let round = 0; round < KILLS; round++) {
      const seed = 1 + Math.floor(Math.random() * 2 ** 31)
      const saves = 1 + Math.floor(Math.random() * 12)
      await runAndKill(dir, seed, maxSeq, saves, (line) => {
        const deleting = /^deleting (\S+)$/.exec(line)
        if (deleting) {
          const e = expected.get(deleting[1])
          if (e) e.mayBeDeleted = true
          return
        }
        const ack = /^ack (\w+) (\S+) (\d+)$/.exec(line)
        if (!ack) return
        totalAcks++
        const seq = Number(ack[3])
        maxSeq = Math.max(maxSeq, seq)
        expected.set(ack[2], { seq, deleted: ack[1] === 'deleted', mayBeDeleted: false })
      })
      const held = checkFiles(dir)
      for (const [id, e] of expected) {
        const context = `round ${round} (seed ${seed}): ${id}`
        if (e.deleted) expect(held.has(id), context).toBe(false)
        else if (!held.has(id)) expect(e.mayBeDeleted, `${context} was acknowledged and is gone`).toBe(true)
        else expect(held.get(id)!, `${context} lost an acknowledged save`).toBeGreaterThanOrEqual(e.seq)
      }
    }
    expect(totalAcks).toBeGreaterThanOrEqual(KILLS)
  }, 300_000) // a hundred process starts on a machine shared with other work
})
