// The claims of the article in text order. The active one opens its editor
// in place, so the quote stays in view while it is coded. Entries are
// memoised: tagging in a long article re-renders the new entry, not all.
import { memo, useEffect, useRef, type CSSProperties, type ReactNode, type Ref } from 'react'
import type { Claim, Kind } from '../../../../shared/domain'
import { KindBadge } from '../../app/ui/KindBadge'
import { truncate } from '../../app/ui/format'

export type ListedClaim = { id: string; kind: Kind; quote: string; record: Claim | undefined }

type Props = {
  claims: ListedClaim[]
  activeId: string | null
  actorName: (id: string) => string
  eventName: (id: string) => string
  tagColour: (name: string) => string | undefined
  onActivate: (id: string) => void
  details: ReactNode
}

export function ClaimList({ claims, activeId, actorName, eventName, tagColour, onActivate, details }: Props) {
  const activeRef = useRef<HTMLLIElement>(null)
  useEffect(() => {
    // Bring the active claim's quote into view, its editor below it as far as
    // the panel allows (a tall entry aligned by its bottom would hide the quote).
    const entry = activeRef.current
    const panel = entry?.closest('.claim-panel')
    if (!entry || !panel) return
    const e = entry.getBoundingClientRect()
    const p = panel.getBoundingClientRect()
    // Below the sticky header and filters, not behind them.
    const top = (panel.querySelector('.claim-filters') ?? panel.querySelector('.claim-panel-header'))?.getBoundingClientRect().bottom ?? p.top
    if (e.top < top + 4 || e.bottom > p.bottom) panel.scrollBy({ top: e.top - top - 8, behavior: Math.abs(e.top - p.top) > p.height * 2 ? 'auto' : 'smooth' })
  }, [activeId])

  return (
    <ol className="claim-list" data-testid="claim-list">
      {claims.map((claim) => (
        <ClaimEntry
          key={claim.id}
          claim={claim}
          active={claim.id === activeId}
          entryRef={claim.id === activeId ? activeRef : undefined}
          actorName={actorName}
          eventName={eventName}
          tagColour={tagColour}
          onActivate={onActivate}
          details={claim.id === activeId ? details : null}
        />
      ))}
    </ol>
  )
}

type EntryProps = {
  claim: ListedClaim
  active: boolean
  entryRef: Ref<HTMLLIElement> | undefined
  actorName: (id: string) => string
  eventName: (id: string) => string
  tagColour: (name: string) => string | undefined
  onActivate: (id: string) => void
  details: ReactNode
}

const ClaimEntry = memo(function ClaimEntry({ claim, active, entryRef, actorName, eventName, tagColour, onActivate, details }: EntryProps) {
  const record = claim.record
  const speakers = (record?.speakers ?? []).map(actorName).join(', ')
  const targets = (record?.targets ?? []).map(actorName).join(', ')
  return (
    <li ref={entryRef} className={`claim-entry${active ? ' is-active' : ''}`}>
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
            <span className="muted">{record ? 'No speaker yet' : 'Saving…'}</span>
          )}
        </span>
        {record?.eventId && (
          <span className="claim-event" data-testid="claim-event">
            {eventName(record.eventId)}
          </span>
        )}
        {(record?.tags.length ?? 0) > 0 && (
          <span className="claim-tags" data-testid="claim-tags">
            {record!.tags.map((name) => (
              <span key={name} className="tag-chip" style={{ '--chip-colour': tagColour(name) ?? 'var(--border-strong)' } as CSSProperties}>
                <span className="chip-dot" aria-hidden="true" />
                {name}
              </span>
            ))}
          </span>
        )}
        {record?.note && (
          <span className="claim-note-preview" title={record.note}>
            ✎ {truncate(record.note, 90)}
          </span>
        )}
      </button>
      {details}
    </li>
  )
}, sameEntry)

/** The list is rebuilt on every change; an entry re-renders only when what
 * it shows changed. */
function sameEntry(a: EntryProps, b: EntryProps): boolean {
  return (
    a.claim.id === b.claim.id &&
    a.claim.kind === b.claim.kind &&
    a.claim.quote === b.claim.quote &&
    a.claim.record === b.claim.record &&
    a.active === b.active &&
    a.entryRef === b.entryRef &&
    a.details === b.details &&
    a.actorName === b.actorName &&
    a.eventName === b.eventName &&
    a.tagColour === b.tagColour &&
    a.onActivate === b.onActivate
  )
}
