// Export jobs: a long export (a PDF of a hundred articles, a .qdpx of the
// corpus) runs in the background while the UI polls its progress and may
// cancel it. Jobs live in memory for the open workspace; the last few
// finished ones keep their file, to be saved or downloaded (more than once).
// TODO(jobs): move onto a shared job service if one appears.
import { nanoid } from 'nanoid'
import type { ExportFormat, ExportJobStatus } from '../../../shared/contract-export'
import type { ExportControl } from './export-input'
import type { ExportArtifact } from './index'

// Finished exports stay in memory until they are replaced: a PDF of a large
// corpus can be tens of megabytes, so only the last few are kept.
const KEEP_FINISHED = 4

type Job = { status: ExportJobStatus; controller: AbortController; artifact?: ExportArtifact; finishedAt: number }

export class JobNotFoundError extends Error {}
export class JobNotReadyError extends Error {}

export class ExportJobs {
  private readonly jobs = new Map<string, Job>()

  /** Starts `run` and returns at once; failures end up in the status. */
  start(format: ExportFormat, run: (control: ExportControl) => Promise<ExportArtifact>): string {
    const jobId = nanoid(12)
    const job: Job = { status: { jobId, format, state: 'running', phase: 'Starting', done: 0, total: 1 }, controller: new AbortController(), finishedAt: 0 }
    this.jobs.set(jobId, job)
    const onProgress = ({ phase, done, total }: { phase: string; done: number; total: number }) => {
      if (job.status.state === 'running') job.status = { ...job.status, phase, done, total }
    }
    void run({ onProgress, signal: job.controller.signal }).then(
      (artifact) => {
        if (job.status.state !== 'running') return
        const size = typeof artifact.data === 'string' ? Buffer.byteLength(artifact.data) : artifact.data.byteLength
        job.artifact = artifact
        this.finish(job, { state: 'done', phase: 'Done', done: job.status.total, fileName: artifact.fileName, size })
      },
      (err: unknown) => {
        if (job.status.state !== 'running') return
        if (job.controller.signal.aborted) this.finish(job, { state: 'cancelled', phase: 'Cancelled' })
        else this.finish(job, { state: 'failed', phase: 'Failed', error: err instanceof Error ? err.message : String(err) })
      },
    )
    return jobId
  }

  status(jobId: string): ExportJobStatus {
    return { ...this.job(jobId).status }
  }

  /** Stops a running job (a finished one is left as it is). */
  cancel(jobId: string): ExportJobStatus {
    const job = this.job(jobId)
    if (job.status.state === 'running') {
      job.controller.abort()
      this.finish(job, { state: 'cancelled', phase: 'Cancelled' })
    }
    return { ...job.status }
  }

  /** The finished export of a job that is done. */
  artifact(jobId: string): ExportArtifact {
    const job = this.job(jobId)
    if (job.status.state !== 'done' || !job.artifact) {
      const why = job.status.state === 'running' ? 'is still running' : job.status.state === 'failed' ? `failed: ${job.status.error}` : 'was cancelled'
      throw new JobNotReadyError(`This export ${why}; there is no file to save.`)
    }
    return job.artifact
  }

  private job(jobId: string): Job {
    const job = this.jobs.get(jobId)
    if (!job) throw new JobNotFoundError(`No export job “${jobId}”: it may have finished long ago (only the last ${KEEP_FINISHED} are kept) or the workspace was reopened. Start the export again.`)
    return job
  }

  private finish(job: Job, change: Partial<ExportJobStatus>): void {
    job.status = { ...job.status, ...change }
    job.finishedAt = Date.now()
    const finished = [...this.jobs.values()].filter((j) => j.status.state !== 'running').sort((a, b) => b.finishedAt - a.finishedAt)
    for (const old of finished.slice(KEEP_FINISHED)) this.jobs.delete(old.status.jobId)
  }
}
