// Whether the last change is safe on disk: saved, saving, or not saved yet
// and being retried (the change is kept in memory meanwhile), or refused.
import { useEffect, useState } from 'react'
import type { SaveState } from './session/saveQueue'

function useSecondsUntil(at: number | null): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (at === null) return
    setNow(Date.now())
    const timer = setInterval(() => setNow(Date.now()), 500)
    return () => clearInterval(timer)
  }, [at])
  return at === null ? 0 : Math.max(0, Math.ceil((at - now) / 1000))
}

export function SaveStatus({ status, onRetry }: { status: SaveState; onRetry: () => void }) {
  const seconds = useSecondsUntil(status.state === 'retrying' ? status.retryAt : null)
  let text: string
  switch (status.state) {
    case 'idle':
      text = 'Changes save automatically'
      break
    case 'saving':
      text = status.pending > 1 ? `Saving ${status.pending} changes…` : 'Saving…'
      break
    case 'saved':
      text = 'Saved'
      break
    case 'retrying':
      text = `Not saved yet: ${status.message} Your change is kept and retried ${seconds > 0 ? `in ${seconds} s` : 'now'}.`
      break
    case 'failed':
      text = `Not saved: ${status.message}`
      break
  }
  return (
    <span className={`save-status save-${status.state}`} role="status" aria-live="polite" data-testid="save-status" data-state={status.state}>
      <span className="save-text">{text}</span>
      {status.state === 'retrying' && (
        <button type="button" className="link-button save-retry" onClick={onRetry} data-testid="save-retry">
          Retry now
        </button>
      )}
    </span>
  )
}
