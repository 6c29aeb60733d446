// Where an export stands: a progress bar with its phase while it runs, then
// what became of it. Every outcome says whether a file was written, so a
// cancelled or failed export is never mistaken for a saved one.
import { formatBytes as formatSize } from '../backups/format'
import type { ExportRun } from './useExportJob'

/** The server's message as a sentence, so the advice after it reads on. */
const sentence = (text: string) => (/[.!?…]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`)

export function ExportProgress({ run }: { run: ExportRun }) {
  switch (run.state) {
    case 'idle':
      return null
    case 'running': {
      const job = run.job
      const total = job?.total ?? 0
      const phase = job?.current || 'Starting the export'
      return (
        <div className="export-progress" role="status" data-testid="export-progress">
          {/* Without a known total the bar is indeterminate (no value). */}
          <progress max={total || undefined} value={total ? Math.min(job?.done ?? 0, total) : undefined} aria-label="Export progress" />
          <span data-testid="export-phase">
            {phase}
            {total ? ` — ${(job?.done ?? 0).toLocaleString('en')} of ${total.toLocaleString('en')}` : '…'}
          </span>
        </div>
      )
    }
    case 'delivering':
      return (
        <p className="export-progress" role="status" data-testid="export-progress">
          {run.job.summary.fileName} is ready ({formatSize(run.job.summary.size)}): saving it…
        </p>
      )
    case 'done':
      return (
        <p className="banner banner-success export-banner" role="status" data-testid="export-status">
          {run.how === 'saved' ? 'Saved' : 'Downloaded'} {run.job.summary.fileName} ({formatSize(run.job.summary.size)}).
        </p>
      )
    case 'not-saved':
      return (
        <p className="banner banner-warning export-banner" role="status" data-testid="export-status">
          Nothing was saved: the save dialog was closed. Export again to choose where to save {run.job.summary.fileName}.
        </p>
      )
    case 'cancelled':
      return (
        <p className="banner banner-warning export-banner" role="status" data-testid="export-status">
          Export cancelled: nothing was saved.
        </p>
      )
    case 'failed':
      return (
        <div className="banner export-banner export-error" role="alert" data-testid="export-error">
          <span>
            The export failed: {sentence(run.message)} Your workspace is unchanged; change the options or the format and try again.
          </span>
        </div>
      )
  }
}
