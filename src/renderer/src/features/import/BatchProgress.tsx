// A batch import on its way: done of total, the file being read, Cancel
// (the look every job shares: app/ui/JobProgress).
import { JobProgress } from '../../app/ui/JobProgress'
import type { BatchState } from './useBatchImport'

export function BatchProgress({ state, onCancel, compact = false }: { state: BatchState; onCancel: () => void; compact?: boolean }) {
  const { status } = state
  const total = status?.total ?? state.expected
  const done = status?.done ?? 0
  const label = !status ? 'Reading the files…' : `Importing ${done.toLocaleString()} of ${total.toLocaleString()} file${total === 1 ? '' : 's'}`
  return (
    <JobProgress
      label={label}
      done={done}
      total={total}
      current={status?.current}
      cancelling={state.cancelled}
      onCancel={onCancel}
      cancelLabel="Cancel import"
      regionLabel="Import progress"
      barLabel="Files imported"
      testId="batch"
      compact={compact}
    >
      <p className="muted small">You can keep working meanwhile: close this window and the import goes on; the library shows its progress.</p>
    </JobProgress>
  )
}
