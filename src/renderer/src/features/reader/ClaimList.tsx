// The claims of the article in text order. The active one opens its editor
// in place, so the quote stays in view while it is coded.
import { useEffect, useRef, type ReactNode } from 'react'
import type { Claim } from '../../../../shared/domain'
import { KindBadge } from '../../app/ui/KindBadge'
import { truncate } from '../../app/ui/format'

type Props = {
  claims: Claim[]
  activeId: string | null
  actorName: (id: string) => string
  eventName: (id: string) => string
  onActivate: (id: string) => void
  renderDetails: (claim: Claim) => ReactNode
}

export function ClaimList({ claims, activeId, actorName, eventName, onActivate, renderDetails }: Props) {
  const activeRef = useRef<HTMLLIElement>(null)
  useEffect(() => {
    // Bring the active claim's quote into view, its editor below it as far as
    // the panel allows (a tall entry aligned by its bottom would hide the quote).
    const entry = activeRef.current
    const panel = entry?.closest('.claim-panel')
    if (!entry || !panel) return
    const e = entry.getBoundingClientRect()
    const p = panel.getBoundingClientRect()
    if (e.top < p.top + 48 || e.bottom > p.bottom) panel.scrollBy({ top: e.top - p.top - 56, behavior: 'smooth' })
  }, [activeId])

  return (
    <ol className="claim-list" data-testid="claim-list">
      {claims.map((claim) => {
        const active = claim.id === activeId
        const speakers = claim.speakers.map(actorName).join(', ')
        const targets = claim.targets.map(actorName).join(', ')
        return (
          <li key={claim.id} ref={active ? activeRef : undefined} className={`claim-entry${active ? ' is-active' : ''}`}>
            <button
              type="button"
              className="claim-item"
              aria-current={active ? 'true' : undefined}
              onClick={() => onActivate(claim.id)}
              data-testid="claim-item"
              data-claim-id={claim.id}
              data-kind={claim.kind}
            >
              <KindBadge kind={claim.kind} />
              <span className="claim-quote">“{truncate(claim.quote, 180)}”</span>
              <span className="claim-links" data-testid="claim-links">
                {speakers || targets ? (
                  <>
                    <span className={speakers ? '' : 'muted'}>{speakers || 'no speaker'}</span>
                    {targets && (
                      <>
                        <span className="arrow" aria-label="about">
                          {' '}→{' '}
                        </span>
                        <span>{targets}</span>
                      </>
                    )}
                  </>
                ) : (
                  <span className="muted">No speaker yet</span>
                )}
              </span>
              {claim.eventId && (
                <span className="claim-event" data-testid="claim-event">
                  {eventName(claim.eventId)}
                </span>
              )}
            </button>
            {active && renderDetails(claim)}
          </li>
        )
      })}
    </ol>
  )
}
