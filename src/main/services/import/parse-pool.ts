// Runs prepareFile (parsing, and counting words for the index) in one worker
// thread for a batch import: the main process stays free to answer the
// window while a 100-page PDF is read, a file that
// hangs the parser is stopped after a time limit (the worker is replaced), and
// a file that exhausts memory takes down the worker, not the app.
//
// Where the worker cannot be started (a build without parse-worker.js next to
// the main bundle), files are parsed in the main thread instead, one at a
// time with a turn of the event loop between them.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { setImmediate as nextTurn } from 'node:timers/promises'
import { Worker } from 'node:worker_threads'
import { BadFileError, type ParseOptions } from './index'
import { prepareFile, type PreparedFile } from './prepare'
import type { ParseReply, ParseRequest } from './parse-worker'

type Pending = { resolve: (p: PreparedFile) => void; reject: (e: Error) => void; timer: NodeJS.Timeout; request: ParseRequest }

/** tsx's ESM loader API, found through its package's exports (require
 * would give its CommonJS build, which cannot register the ESM hooks). */
function tsxEsmApi(from: string): string {
  const require = createRequire(from)
  const manifest = require.resolve('tsx/package.json')
  const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> }
  return pathToFileURL(path.join(path.dirname(manifest), exports['./esm/api'].import.default)).href
}

/** Starts the worker: from the TypeScript source through tsx (tests, the
 * command line), or the built parse-worker.js beside this bundle (the app). */
function startWorker(): Worker | null {
  const here = import.meta.url
  const options = { resourceLimits: { maxOldGenerationSizeMb: 1536 } }
  if (here.endsWith('.ts')) {
    const tsx = tsxEsmApi(here)
    const target = new URL('./parse-worker.ts', here).href
    return new Worker(`import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(target)}) })`, { ...options, eval: true })
  }
  // Built: beside the bundle, or one folder up when this module ended up in
  // a shared chunk.
  const built = ['./parse-worker.js', '../parse-worker.js'].map((p) => new URL(p, here)).find((url) => existsSync(fileURLToPath(url)))
  return built ? new Worker(built, options) : null
}

export class ParsePool {
  private worker: Worker | null = null
  private workerAnswered = false
  private inlineOnly = false
  private pending = new Map<number, Pending>()
  private nextId = 1

  constructor(private readonly timeoutMs = 120_000) {}

  /** 'worker' or 'inline': where files are parsed (reported by the bench). */
  get mode(): 'worker' | 'inline' {
    return this.inlineOnly ? 'inline' : 'worker'
  }

  async parse(fileName: string, bytes: Uint8Array, options: ParseOptions = {}): Promise<PreparedFile> {
    const worker = this.inlineOnly ? null : this.ensureWorker()
    if (!worker) {
      await nextTurn()
      return prepareFile(fileName, bytes, options)
    }
    const id = this.nextId++
    // A copy, transferred: the caller's buffer may be a slice of Node's
    // shared pool, which must never be detached.
    const copy = bytes.slice()
    const request: ParseRequest = { id, fileName, bytes: copy, options }
    return new Promise<PreparedFile>((resolve, reject) => {
      const timer = setTimeout(() => this.timedOut(id), this.timeoutMs)
      this.pending.set(id, { resolve, reject, timer, request: { ...request, bytes } })
      worker.postMessage(request, [copy.buffer])
    })
  }

  /** Stops the worker and fails what is still waiting (a cancelled job). */
  async close(): Promise<void> {
    const worker = this.worker
    this.worker = null
    this.failAll(new Error('The import was cancelled.'))
    await worker?.terminate()
  }

  private ensureWorker(): Worker | null {
    if (this.worker) return this.worker
    let worker: Worker | null
    try {
      worker = startWorker()
    } catch {
      worker = null
    }
    if (!worker) {
      this.inlineOnly = true
      return null
    }
    worker.on('message', (reply: ParseReply) => this.answer(reply))
    worker.on('error', (err) => this.crashed(worker, err))
    worker.on('exit', (code) => {
      if (this.worker === worker && code !== 0) this.crashed(worker, new Error(`the parser stopped (code ${code})`))
    })
    worker.unref()
    this.worker = worker
    return worker
  }

  private answer(reply: ParseReply): void {
    this.workerAnswered = true
    const pending = this.pending.get(reply.id)
    if (!pending) return
    this.pending.delete(reply.id)
    clearTimeout(pending.timer)
    if (reply.ok) pending.resolve(reply.parsed)
    else pending.reject(reply.bad ? new BadFileError(reply.message) : new Error(reply.message))
  }

  private timedOut(id: number): void {
    const pending = this.pending.get(id)
    if (!pending) return
    this.pending.delete(id)
    pending.reject(new BadFileError(`“${pending.request.fileName}” took more than ${Math.round(this.timeoutMs / 1000)} seconds to read and was skipped; it may be damaged. Open it and save it again, then import the new copy.`))
    // The worker may be stuck in that file: replace it.
    const worker = this.worker
    this.worker = null
    void worker?.terminate()
    this.failAll(new Error('the parser was restarted'), true)
  }

  private crashed(worker: Worker, err: Error): void {
    if (this.worker !== worker) return
    this.worker = null
    if (!this.workerAnswered) {
      // The worker never started (no tsx, no built worker): parse here.
      this.inlineOnly = true
      this.retryInline()
      return
    }
    const memory = /out of memory|ERR_WORKER_OUT_OF_MEMORY/i.test(`${err.message} ${(err as NodeJS.ErrnoException).code ?? ''}`)
    for (const [id, pending] of this.pending) {
      this.pending.delete(id)
      clearTimeout(pending.timer)
      pending.reject(new BadFileError(memory ? `“${pending.request.fileName}” needs more memory to read than Claimbook allows; it was skipped.` : `“${pending.request.fileName}” could not be read: ${err.message}.`))
    }
  }

  /** Requests that were in flight when the worker had to go: parsed again. */
  private failAll(err: Error, retry = false): void {
    for (const [id, pending] of this.pending) {
      this.pending.delete(id)
      clearTimeout(pending.timer)
      if (retry) this.parse(pending.request.fileName, pending.request.bytes, pending.request.options).then(pending.resolve, pending.reject)
      else pending.reject(err)
    }
  }

  private retryInline(): void {
    for (const [id, pending] of this.pending) {
      this.pending.delete(id)
      clearTimeout(pending.timer)
      prepareFile(pending.request.fileName, pending.request.bytes, pending.request.options).then(pending.resolve, pending.reject)
    }
  }
}
