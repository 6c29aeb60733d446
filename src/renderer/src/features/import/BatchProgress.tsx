// A batch import on its way: done of total, the file being read, Cancel.
import type { BatchState } from './useBatchImport'

export function BatchProgress({ state, onCancel, compact = false }: { state: BatchState; onCancel: () => void; compact?: boolean }) {
  const { status } = state
  const total = status?.total ?? state.expected
  const done = status?.done ?? 0
  const label = !status ? 'Reading the files…' : `Importing ${done.toLocaleString()} of ${total.toLocaleString()} file${total === 1 ? '' : 's'}`
  return (
    <section className={`batch-progress${compact ? ' is-compact' : ''}`} aria-label="Import progress" data-testid="batch-progress">
      <div className="batch-progress-line">
        <strong role="status">{state.cancelled ? 'Cancelling…' : label}</strong>
        <button type="button" className="button button-small" onClick={onCancel} disabled={state.cancelled} data-testid="batch-cancel" data-autofocus>
          Cancel import
        </button>
      </div>
      <progress className="batch-bar" max={Math.max(total, 1)} value={done} aria-label="Files imported" data-testid="batch-progress-bar" data-done={done} data-total={total} />
      <p className="batch-current muted" data-testid="batch-current">
        {status?.current ? <bdi className="file-name">{status.current}</bdi> : '\u00a0'}
      </p>
      {!compact && <p className="muted small">You can keep working meanwhile: close this window and the import goes on; the library shows its progress.</p>}
    </section>
  )
}
