// Actors down, kinds across: who asserts, who denies, who attributes, with
// the quotes themselves in the cells so the framing can be read, not just
// counted.
import type { Comparison, ComparisonRow } from '../../../../shared/contract'
import { KINDS, type ClaimInContext } from '../../../../shared/domain'
import { KIND_STYLES } from '../../../../shared/kinds'
import { useNavigate } from '../../app/routes'
import { kindVars } from '../../app/ui/KindBadge'
import { formatDate, joinParts, plural } from '../../app/ui/format'

export const NO_SPEAKER = 'No speaker'

const rowName = (row: ComparisonRow) => row.actor?.name ?? NO_SPEAKER

/** Target names for the quotes: whom an attribution blames is half its framing. */
type Props = { comparison: Comparison; actorName: (id: string) => string | undefined }

export function CompareTable({ comparison, actorName }: Props) {
  return (
    <div className="table-scroll">
      <table className="compare-table" data-testid="compare-table">
        <thead>
          <tr>
            <th scope="col" className="compare-actor-col">
              Actor
            </th>
            {KINDS.map((kind) => (
              <th key={kind} scope="col" className="compare-kind-head" style={kindVars(kind)} data-kind={kind}>
                <span className="kind-swatch" aria-hidden="true">
                  {KIND_STYLES[kind].letter}
                </span>
                {KIND_STYLES[kind].label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {comparison.rows.map((row) => (
            <tr key={row.actor?.id ?? 'none'} data-testid="compare-row" data-actor={rowName(row)}>
              <th scope="row" className={row.actor ? 'compare-actor' : 'compare-actor compare-no-speaker'}>
                <span className="compare-actor-name">{rowName(row)}</span>
                {row.actor && row.actor.type !== 'other' && <span className="type-tag">{row.actor.type}</span>}
                <span className="muted compare-total">{plural(row.total, 'claim')}</span>
              </th>
              {KINDS.map((kind) => (
                <td key={kind} className="compare-cell" data-testid="compare-cell" data-actor={rowName(row)} data-actor-id={row.actor?.id ?? ''} data-kind={kind} style={kindVars(kind)}>
                  {row.cells[kind].length === 0 ? (
                    <span className="muted compare-empty" aria-label="none">
                      —
                    </span>
                  ) : (
                    <ul className="compare-quotes">
                      {row.cells[kind].map((claim) => (
                        <CompareQuote key={`${claim.articleId}:${claim.id}`} claim={claim} targets={claim.targets.map(actorName).filter((n): n is string => Boolean(n))} />
                      ))}
                    </ul>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function CompareQuote({ claim, targets }: { claim: ClaimInContext; targets: string[] }) {
  const navigate = useNavigate()
  return (
    <li className="compare-quote" data-testid="compare-quote" data-claim-id={claim.id}>
      <q>{claim.quote}</q>
      {targets.length > 0 && (
        <span className="compare-targets" data-testid="compare-targets">
          <span aria-label="about">→</span> {targets.join(', ')}
        </span>
      )}
      <span className="compare-source">
        <span title={claim.articleTitle}>{joinParts([claim.outlet || claim.articleTitle, formatDate(claim.publishedAt)])}</span>
        <button
          type="button"
          className="link-button"
          onClick={() => navigate({ page: 'reader', articleId: claim.articleId, claimId: claim.id })}
          aria-label={`Open this quote in “${claim.articleTitle}”`}
          data-testid="compare-open"
        >
          Open →
        </button>
      </span>
    </li>
  )
}
