// A quiet line that says whether the last change is safe on disk.
import type { SaveStatus as Status } from './useSaveQueue'

export function SaveStatus({ status }: { status: Status }) {
  const text = status.state === 'saving' ? 'Saving…' : status.state === 'saved' ? 'Saved' : status.state === 'failed' ? `Save failed: ${status.message}` : 'Changes save automatically'
  return (
    <span className={`save-status save-${status.state}`} role="status" aria-live="polite" data-testid="save-status" data-state={status.state}>
      {text}
    </span>
  )
}
