// Every change in the reader goes to the store through this queue, one call
// after another: a body save and a link change must land in the order the
// researcher made them, or an older answer could overwrite a newer one.
//
// A save that fails for a passing reason (the host not answering, a disk
// that is full or busy) stays at the head of the queue and is tried again
// with a growing pause (1 s, 2 s, 4 s … at most 30 s), while the edit stays
// in memory and the status says so; `flush()` tries again at once (closing
// the window does). A save the store refuses for good (the input is invalid,
// the claim is gone) is dropped, reported, and the queue goes on.

export type SaveState =
  | { state: 'idle' }
  | { state: 'saving'; pending: number }
  | { state: 'saved' }
  | { state: 'retrying'; pending: number; message: string; attempt: number; retryAt: number }
  | { state: 'failed'; message: string }

export type Timers = {
  setTimeout: (fn: () => void, ms: number) => unknown
  clearTimeout: (handle: unknown) => void
  now: () => number
}

type Task = {
  label: string
  /** Tasks of one article; `idle(articleId)` waits for them. */
  articleId?: string
  run: () => Promise<unknown>
  resolve: (value: unknown) => void
  started: boolean
}

const RETRYABLE_CODES = new Set(['internal'])
const MAX_PAUSE_MS = 30_000

/** Failures worth trying again: no answer at all (no code), or the store
 * failing inside (a disk error). A refusal (invalid input, not found,
 * conflict) would fail the same way every time. */
export function isRetryable(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code
  return code === undefined || (typeof code === 'string' && RETRYABLE_CODES.has(code))
}

export function pauseBefore(attempt: number): number {
  return Math.min(MAX_PAUSE_MS, 1000 * 2 ** Math.max(0, attempt - 1))
}

const messageOf = (err: unknown) => (err instanceof Error ? err.message || err.name : String(err))

export class SaveQueue {
  private tasks: Task[] = []
  private running = false
  private attempt = 0
  private timer: unknown = null
  private wake: (() => void) | null = null
  private status: SaveState = { state: 'idle' }
  private listeners = new Set<() => void>()
  private idleWaiters: (() => void)[] = []
  /** A refusal in the current batch: shown until a later batch all succeeds. */
  private refusal: string | null = null

  constructor(
    private readonly timers: Timers = { setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms), clearTimeout: (h) => globalThis.clearTimeout(h as number), now: () => Date.now() },
    /** Told about a save that was dropped for good. */
    private readonly onRefused: (err: unknown, label: string) => void = () => {},
  ) {}

  /** Queues a call; resolves with its answer, or undefined if it was refused. */
  push<T>(label: string, run: () => Promise<T>, articleId?: string): Promise<T | undefined> {
    return new Promise<T | undefined>((resolve) => {
      if (this.tasks.length === 0) this.refusal = null
      this.tasks.push({ label, run, articleId, started: false, resolve: resolve as (value: unknown) => void })
      if (this.status.state !== 'retrying') this.setStatus({ state: 'saving', pending: this.tasks.length })
      this.kick()
    })
  }

  /** Starts the queue at once when it is idle: the request leaves before
   * the page re-renders for the change, so the store works while the
   * browser paints. (A change made while a save is out joins the next one.) */
  private kick(): void {
    if (!this.running) void this.drain()
  }

  /** True while this call (by its function) is the last one queued and has
  not started: a coalescing caller may add its change to it instead of
  queueing another. */
  isWaitingLast(run: () => Promise<unknown>): boolean {
    const last = this.tasks[this.tasks.length - 1]
    return !!last && !last.started && last.run === run
  }

  get pending(): number {
    return this.tasks.length
  }

  // Arrow functions: React's useSyncExternalStore calls them unbound.
  getStatus = (): SaveState => this.status

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => void this.listeners.delete(listener)
  }

  /** Tries a failing save again now instead of after its pause. */
  flush(): void {
    if (this.wake) {
      this.timers.clearTimeout(this.timer)
      const wake = this.wake
      this.wake = null
      wake()
    }
  }

  /** Resolves once nothing of this article (or nothing at all) is queued. */
  idle(articleId?: string): Promise<void> {
    const busy = () => this.tasks.some((t) => articleId === undefined || t.articleId === articleId)
    if (!busy()) return Promise.resolve()
    return new Promise<void>((resolve) => {
      const check = () => {
        if (busy()) this.idleWaiters.push(check)
        else resolve()
      }
      this.idleWaiters.push(check)
    })
  }

  private setStatus(status: SaveState): void {
    this.status = status
    for (const listener of [...this.listeners]) listener()
  }

  private async drain(): Promise<void> {
    if (this.running) return
    this.running = true
    try {
      while (this.tasks.length > 0) {
        const task = this.tasks[0]
        task.started = true
        try {
          const value = await task.run()
          this.finish(task, value)
          this.attempt = 0
          if (this.tasks.length === 0) this.setStatus(this.refusal ? { state: 'failed', message: this.refusal } : { state: 'saved' })
          else if (this.status.state === 'retrying') this.setStatus({ state: 'saving', pending: this.tasks.length })
        } catch (err) {
          if (isRetryable(err)) {
            this.attempt += 1
            const pause = pauseBefore(this.attempt)
            this.setStatus({ state: 'retrying', pending: this.tasks.length, message: messageOf(err), attempt: this.attempt, retryAt: this.timers.now() + pause })
            await new Promise<void>((resolve) => {
              this.wake = resolve
              this.timer = this.timers.setTimeout(() => {
                this.wake = null
                resolve()
              }, pause)
            })
            continue
          }
          this.attempt = 0
          this.finish(task, undefined)
          this.refusal = `${task.label}: ${messageOf(err)}`
          this.onRefused(err, task.label)
          this.setStatus(this.tasks.length === 0 ? { state: 'failed', message: this.refusal } : { state: 'saving', pending: this.tasks.length })
        }
      }
    } finally {
      this.running = false
    }
  }

  private finish(task: Task, value: unknown): void {
    this.tasks.shift()
    task.resolve(value)
    const waiters = this.idleWaiters
    this.idleWaiters = []
    for (const check of waiters) check()
  }
}
