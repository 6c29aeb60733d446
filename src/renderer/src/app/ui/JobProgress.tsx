// A long job on its way: what it does (done of total), the item being
// worked on, and Cancel. One look for every job the user waits on: the
// import's batches (features/import/BatchProgress) and the library's
// corpus suggestions (features/library/SuggestCorpusStrip).
import type { ReactNode } from 'react'

type Props = {
  /** What is happening, with the counts ("Importing 3 of 10 files"). */
  label: string
  done: number
  total: number
  /** The item being worked on now (a file name, an article title). */
  current?: string
  cancelling: boolean
  onCancel: () => void
  cancelLabel: string
  /** Names of the region and of the bar for screen readers. */
  regionLabel: string
  barLabel: string
  /** Prefix of the test ids: `<id>-progress`, `-cancel`, `-progress-bar`, `-current`. */
  testId: string
  /** One line with a thin bar (a strip above a list), not a dialog's panel. */
  compact?: boolean
  /** The current item is a file name (shown as one), not a title. */
  currentIsFile?: boolean
  /** A note below (not shown when compact). */
  children?: ReactNode
}

export function JobProgress({ label, done, total, current, cancelling, onCancel, cancelLabel, regionLabel, barLabel, testId, compact = false, currentIsFile = true, children }: Props) {
  return (
    <section className={`batch-progress${compact ? ' is-compact' : ''}`} aria-label={regionLabel} data-testid={`${testId}-progress`}>
      <div className="batch-progress-line">
        <strong role="status">{cancelling ? 'Cancelling…' : label}</strong>
        <button type="button" className="button button-small" onClick={onCancel} disabled={cancelling} data-testid={`${testId}-cancel`} data-autofocus>
          {cancelLabel}
        </button>
      </div>
      <progress className="batch-bar" max={Math.max(total, 1)} value={done} aria-label={barLabel} data-testid={`${testId}-progress-bar`} data-done={done} data-total={total} />
      <p className="batch-current muted" data-testid={`${testId}-current`}>
        {current ? <bdi className={currentIsFile ? 'file-name' : undefined}>{current}</bdi> : '\u00a0'}
      </p>
      {!compact && children}
    </section>
  )
}
