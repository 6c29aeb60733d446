// A list of claims with checkboxes: the claims of an event (to move or
// unlink them) and claims to bring into an event. Each claim shows its
// kind, speakers and targets, event, quote and source, and opens in the reader.
import type { ClaimInContext } from '../../../../shared/domain'
import { KindBadge } from '../../app/ui/KindBadge'
import { formatDate, joinParts } from '../../app/ui/format'
import { OpenQuote } from '../compare/QuoteSource'

export const claimKey = (c: { articleId: string; id: string }) => `${c.articleId}/${c.id}`

type Props = {
  claims: ClaimInContext[]
  selected: ReadonlySet<string>
  onToggle: (key: string) => void
  actorName: (id: string) => string | undefined
  eventName?: (id: string) => string | undefined
  testId: string
}

export function ClaimPickList({ claims, selected, onToggle, actorName, eventName, testId }: Props) {
  const names = (ids: string[]) => ids.map((id) => actorName(id) ?? '?').join(', ')
  return (
    <ul className="pick-list" data-testid={testId}>
      {claims.map((claim) => {
        const key = claimKey(claim)
        const event = claim.eventId ? eventName?.(claim.eventId) : undefined
        return (
          <li key={key} className={`pick-item${selected.has(key) ? ' is-picked' : ''}`} data-testid="pick-claim" data-claim-id={claim.id} data-quote={claim.quote.slice(0, 80)}>
            <input type="checkbox" checked={selected.has(key)} onChange={() => onToggle(key)} aria-label={`Choose “${claim.quote.slice(0, 60)}”`} data-testid="pick-check" />
            <div className="pick-body">
              <div className="pick-meta">
                <KindBadge kind={claim.kind} />
                {(claim.speakers.length > 0 || claim.targets.length > 0) && (
                  <span className="small">
                    {names(claim.speakers) || <span className="muted">no speaker</span>}
                    {claim.targets.length > 0 && <span className="muted"> → </span>}
                    {names(claim.targets)}
                  </span>
                )}
                {eventName && <span className={`small ${event ? 'pick-event' : 'muted'}`}>{event ?? 'no event'}</span>}
              </div>
              <blockquote className="pick-quote">{claim.quote}</blockquote>
              <p className="pick-source muted small">
                {joinParts([claim.articleTitle, claim.outlet, formatDate(claim.publishedAt)])} <OpenQuote claim={claim} label="Open in reader →" />
              </p>
            </div>
          </li>
        )
      })}
    </ul>
  )
}
