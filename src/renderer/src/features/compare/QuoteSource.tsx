// Where a quote comes from (outlet or article, and date) and the way to it:
// the reader, opened at that very claim.
import type { ClaimInContext } from '../../../../shared/domain'
import { useNavigate } from '../../app/routes'
import { formatDate, joinParts } from '../../app/ui/format'

type Claim = Pick<ClaimInContext, 'id' | 'articleId' | 'articleTitle' | 'outlet' | 'publishedAt'>

export function OpenQuote({ claim, label = 'Open →', testId }: { claim: Claim; label?: string; testId?: string }) {
  const navigate = useNavigate()
  return (
    <button type="button" className="link-button" onClick={() => navigate({ page: 'reader', articleId: claim.articleId, claimId: claim.id })} aria-label={`Open this quote in “${claim.articleTitle}”`} data-testid={testId}>
      {label}
    </button>
  )
}

export function QuoteSource({ claim, className, label, testId }: { claim: Claim; className: string; label?: string; testId?: string }) {
  return (
    <span className={className}>
      <span title={claim.articleTitle}>{joinParts([claim.outlet || claim.articleTitle, formatDate(claim.publishedAt)])}</span>
      <OpenQuote claim={claim} label={label} testId={testId} />
    </span>
  )
}
