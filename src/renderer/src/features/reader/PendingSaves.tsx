// Outside the reader, a save of the reader that is still being retried (or
// was refused) stays visible, with a way to try again at once.
import { useSyncExternalStore } from 'react'
import { readerSaves } from './session/readerSaves'

export function PendingSaves() {
  const status = useSyncExternalStore(readerSaves.subscribe, readerSaves.getStatus)
  if (status.state !== 'retrying') return null
  return (
    <p className="pending-saves" role="status" data-testid="pending-saves">
      {status.pending === 1 ? 'A change is' : `${status.pending} changes are`} not saved yet ({status.message}); kept and retried.{' '}
      <button type="button" className="link-button" onClick={() => readerSaves.flush()}>
        Retry now
      </button>
    </p>
  )
}
