// The claims behind a number: a panel on the right that lists them page by
// page (claims.byRefs for references), each with a way into the reader at
// that very quote.
import { useEffect, useRef, useState } from 'react'
import type { ClaimInContext } from '../../../../../shared/domain'
import { KindBadge } from '../../../app/ui/KindBadge'
import { plural } from '../../../app/ui/format'
import { api } from '../../../app/useApi'
import { messageOf } from '../../../app/errors'
import { QuoteSource } from '../QuoteSource'
import type { TraceSubject } from './TraceContext'

const PAGE = 50

type Props = { subject: TraceSubject; onClose: () => void; actorName?: (id: string) => string | undefined }

export function ClaimsDrawer({ subject, onClose, actorName }: Props) {
  const total = subject.claims?.length ?? subject.refs?.length ?? 0
  const [shown, setShown] = useState<ClaimInContext[]>([])
  const [wanted, setWanted] = useState(PAGE)
  const [error, setError] = useState<string | null>(null)
  const panel = useRef<HTMLElement>(null)

  // The provider mounts a new drawer for each subject (key), so this runs once per subject.
  useEffect(() => panel.current?.focus(), [])

  useEffect(() => {
    if (subject.claims) {
      setShown(subject.claims.slice(0, wanted))
      return
    }
    const refs = subject.refs ?? []
    if (shown.length >= Math.min(wanted, refs.length)) return
    let current = true
    api()
      .claims.byRefs({ refs: refs.slice(shown.length, wanted) })
      .then(
        (more) => current && setShown((before) => [...before, ...more]),
        (err: unknown) => current && setError(messageOf(err)),
      )
    return () => {
      current = false
    }
  }, [subject, wanted, shown.length])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [onClose])

  const names = (ids: string[]) => ids.map((id) => actorName?.(id)).filter(Boolean).join(', ')
  return (
    <aside className="claims-drawer" ref={panel} tabIndex={-1} aria-label={`Claims: ${subject.title}`} data-testid="trace-drawer" data-total={total}>
      <header className="claims-drawer-header">
        <div>
          <h2 className="claims-drawer-title">{subject.title}</h2>
          <p className="muted small">
            {plural(total, 'claim')}
            {subject.detail ? ` · ${subject.detail}` : ''}
          </p>
        </div>
        <button type="button" className="icon-button" aria-label="Close the claims" onClick={onClose} data-testid="trace-close">
          ×
        </button>
      </header>
      {error && <p className="filter-problem">These claims could not be loaded: {error}</p>}
      <ul className="claims-drawer-list">
        {shown.map((claim) => {
          const speakers = names(claim.speakers)
          const targets = names(claim.targets)
          return (
            <li key={`${claim.articleId}:${claim.id}`} className="drawer-claim" data-testid="trace-claim" data-claim-id={claim.id} data-kind={claim.kind}>
              <KindBadge kind={claim.kind} />
              {(speakers || targets) && (
                <p className="drawer-claim-actors">
                  {speakers || <span className="muted">no speaker</span>}
                  {targets && <span className="muted"> → </span>}
                  {targets}
                </p>
              )}
              <blockquote className="drawer-claim-quote">{claim.quote}</blockquote>
              <QuoteSource claim={claim} className="drawer-claim-source" label="Open in reader →" testId="trace-open" />
            </li>
          )
        })}
      </ul>
      {shown.length < total && !error && (
        <div className="claims-drawer-more">
          {shown.length < Math.min(wanted, total) ? (
            <span className="muted small">Loading…</span>
          ) : (
            <button type="button" className="button button-small" onClick={() => setWanted((w) => w + PAGE)}>
              Show {Math.min(PAGE, total - shown.length)} more of {total - shown.length}
            </button>
          )}
        </div>
      )}
    </aside>
  )
}
