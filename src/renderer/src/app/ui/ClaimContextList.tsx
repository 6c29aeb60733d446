// Claims shown outside their article (actor page, event page): enough context
// to judge the quote, and a way back into the reader at that very claim.
import type { ClaimInContext } from '../../../../shared/domain'
import { useNavigate } from '../routes'
import { KindBadge } from './KindBadge'
import { formatDate, joinParts } from './format'

export function ClaimContextList({ claims, testId }: { claims: ClaimInContext[]; testId?: string }) {
  const navigate = useNavigate()
  return (
    <ul className="context-list" data-testid={testId}>
      {claims.map((claim) => (
        <li key={`${claim.articleId}:${claim.id}`} className="context-item" data-claim-id={claim.id}>
          <KindBadge kind={claim.kind} />
          <blockquote className="context-quote">{claim.quote}</blockquote>
          <p className="context-source">
            <span className="context-title">{claim.articleTitle}</span>
            {joinParts([claim.outlet, formatDate(claim.publishedAt)]) && <span className="muted"> — {joinParts([claim.outlet, formatDate(claim.publishedAt)])}</span>}
          </p>
          <button
            type="button"
            className="link-button"
            onClick={() => navigate({ page: 'reader', articleId: claim.articleId, claimId: claim.id })}
            data-testid="open-claim"
          >
            Open in reader →
          </button>
        </li>
      ))}
    </ul>
  )
}
