// Long work (a batch import) runs off the request path as a job: the call
// that starts it returns at once with the job's id, the work goes on in the
// background, and the UI asks for its progress (done of total, the current
// file), can cancel it, and reads its summary at the end. Jobs live in memory
// for as long as the workspace is open; the last few finished ones are kept so
// a window that reloads can still read their summaries.
import { nanoid } from 'nanoid'
import type { JobStatus } from '../../../shared/contract-import'

export type { JobStatus }

/** What the work of a job sees: where to report progress, whether it has
 * been cancelled, and its summary to fill in. */
export type JobContext<S> = {
  readonly signal: AbortSignal
  readonly summary: S
  progress(update: { done?: number; total?: number | null; current?: string }): void
}

type Entry = { status: JobStatus<unknown>; controller: AbortController; finished: Promise<void> }

const KEEP_FINISHED = 20

export class JobRegistry {
  private readonly jobs = new Map<string, Entry>()

  /** Starts `work` in the background; returns its first status at once.
   * `total`: the units of work, when known from the start. */
  start<S>(kind: string, summary: S, work: (ctx: JobContext<S>) => Promise<void>, total: number | null = null): JobStatus<S> {
    const id = nanoid(12)
    const controller = new AbortController()
    const status: JobStatus<S> = { id, kind, state: 'running', done: 0, total, current: '', startedAt: new Date().toISOString(), finishedAt: null, message: '', summary }
    const ctx: JobContext<S> = {
      signal: controller.signal,
      summary,
      progress: ({ done, total, current }) => {
        if (done !== undefined) status.done = done
        if (total !== undefined) status.total = total
        if (current !== undefined) status.current = current
      },
    }
    const finished = Promise.resolve()
      .then(() => work(ctx))
      .then(
        () => {
          status.state = controller.signal.aborted ? 'cancelled' : 'done'
          if (status.state === 'cancelled') status.message ||= 'Cancelled.'
        },
        (err: unknown) => {
          status.state = controller.signal.aborted ? 'cancelled' : 'failed'
          status.message = err instanceof Error ? err.message : String(err)
        },
      )
      .finally(() => {
        status.current = ''
        status.finishedAt = new Date().toISOString()
        this.forgetOld()
      })
    this.jobs.set(id, { status, controller, finished })
    return this.snapshot(status) as JobStatus<S>
  }

  get(id: string): JobStatus<unknown> | null {
    const entry = this.jobs.get(id)
    return entry ? this.snapshot(entry.status) : null
  }

  list(): JobStatus<unknown>[] {
    return [...this.jobs.values()].map((e) => this.snapshot(e.status))
  }

  /** Asks a running job to stop; it stops at its next check (between two
   * files), keeping what it has done. */
  cancel(id: string, message = 'Cancelled by the user.'): JobStatus<unknown> | null {
    const entry = this.jobs.get(id)
    if (!entry) return null
    if (entry.status.state === 'running' && !entry.controller.signal.aborted) {
      entry.status.message = message
      entry.controller.abort()
    }
    return this.snapshot(entry.status)
  }

  /** Resolves when the job has finished (tests, the command line). */
  async wait(id: string): Promise<JobStatus<unknown> | null> {
    await this.jobs.get(id)?.finished
    return this.get(id)
  }

  /** A copy, so that a caller holding it never sees it change under it. */
  private snapshot(status: JobStatus<unknown>): JobStatus<unknown> {
    return structuredClone(status)
  }

  private forgetOld(): void {
    const finished = [...this.jobs.entries()].filter(([, e]) => e.status.state !== 'running')
    for (const [id] of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(id)
  }
}
