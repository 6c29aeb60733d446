// One event: every claim linked to it, in the order of the articles.
import type { ClaimInContext } from '../../../../shared/domain'
import type { Comparison } from '../../../../shared/contract'
import { useNavigate } from '../../app/routes'
import { ClaimContextList } from '../../app/ui/ClaimContextList'
import { EmptyState, Loading } from '../../app/ui/EmptyState'
import { formatDate, plural } from '../../app/ui/format'
import { useApiQuery } from '../../app/useApi'

/** The comparison lists a claim once per speaker; here each claim counts once. */
function claimsOf(comparison: Comparison): ClaimInContext[] {
  const seen = new Map<string, ClaimInContext>()
  for (const row of comparison.rows) for (const cell of Object.values(row.cells)) for (const claim of cell) seen.set(`${claim.articleId}:${claim.id}`, claim)
  return [...seen.values()].sort((a, b) => a.publishedAt.localeCompare(b.publishedAt) || a.articleTitle.localeCompare(b.articleTitle) || a.start - b.start)
}

export function EventDetailPage({ eventId }: { eventId: string }) {
  const navigate = useNavigate()
  const comparison = useApiQuery((client) => client.compare.event({ eventId }), [eventId])
  const event = comparison.data?.event
  const claims = comparison.data ? claimsOf(comparison.data) : []
  return (
    <div className="page" data-testid="event-page">
      <header className="page-header">
        <div>
          <button type="button" className="link-button back-link" onClick={() => navigate({ page: 'events' })}>
            ← Events
          </button>
          <h1>{event?.name ?? '…'}</h1>
          {event && <p className="page-subtitle">{[formatDate(event.date), event.description].filter(Boolean).join(' · ') || 'No date or description yet'}</p>}
        </div>
        <div className="page-actions">
          <button type="button" className="button button-primary" onClick={() => navigate({ page: 'compare', eventId })}>
            Compare actors
          </button>
        </div>
      </header>
      {comparison.loading && !comparison.data ? (
        <Loading />
      ) : comparison.error ? (
        <EmptyState title="This event could not be loaded.">{comparison.error.message}</EmptyState>
      ) : claims.length === 0 ? (
        <EmptyState title="No claims are linked to this event yet.">In the reader, choose this event in a claim’s Event field.</EmptyState>
      ) : (
        <section aria-label="Claims">
          <h2 className="section-title">{plural(claims.length, 'claim')}</h2>
          <ClaimContextList claims={claims} testId="event-claims" />
        </section>
      )}
    </div>
  )
}
