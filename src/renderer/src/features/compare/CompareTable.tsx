// Actors down, kinds across: who asserts, who denies, who attributes, with
// the quotes themselves in the cells so the framing can be read, not just
// counted. Rows render progressively (the largest event of a big corpus has
// thousands of claims), cells show their first quotes and open up on demand,
// and a rolled-up row unfolds into the members folded into it.
import { Fragment, useEffect, useMemo, useRef, useState } from 'react'
import type { EventComparison, EventComparisonRow } from '../../../../shared/contract-analysis'
import { KINDS, type Actor, type ClaimInContext, type Kind } from '../../../../shared/domain'
import { KIND_STYLES } from '../../../../shared/kinds'
import { useNavigate } from '../../app/routes'
import { kindVars } from '../../app/ui/KindBadge'
import { plural } from '../../app/ui/format'
import { QuoteSource } from './QuoteSource'
import { ClaimCount } from './trace/TraceContext'

export const NO_SPEAKER = 'No speaker'
const FIRST_ROWS = 8
const MORE_ROWS = 40
const FIRST_QUOTES = 3
const MORE_QUOTES = 50

const rowName = (row: EventComparisonRow) => row.actor?.name ?? NO_SPEAKER
const rowKey = (row: EventComparisonRow) => row.actor?.id ?? 'none'
const claimsOfRow = (row: EventComparisonRow) => KINDS.flatMap((k) => row.cells[k])

/** The actors folded into a row other than the row's own actor. */
const foldedMembers = (row: EventComparisonRow) => row.members.filter((m) => m.id !== row.actor?.id)

type Props = { comparison: EventComparison; actorName: (id: string) => string | undefined }

export function CompareTable({ comparison, actorName }: Props) {
  const [limit, setLimit] = useState(FIRST_ROWS)
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set())
  const sentinel = useRef<HTMLTableRowElement>(null)
  const rows = comparison.rows
  const shown = rows.slice(0, limit)

  // More rows as the reader scrolls near the end of those shown.
  useEffect(() => {
    const node = sentinel.current
    if (!node) return
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setLimit((l) => l + MORE_ROWS), { rootMargin: '600px' })
    observer.observe(node)
    return () => observer.disconnect()
  }, [limit, rows.length])

  const toggle = (key: string) =>
    setExpanded((before) => {
      const next = new Set(before)
      if (next.has(key)) next.delete(key)
      else next.add(key)
      return next
    })

  return (
    <div className="table-scroll">
      <table className="compare-table" data-testid="compare-table" data-rows={rows.length}>
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
          {shown.map((row) => {
            const key = rowKey(row)
            const members = foldedMembers(row)
            const open = expanded.has(key)
            return (
              <Fragment key={key}>
                <tr data-testid="compare-row" data-actor={rowName(row)} data-members={row.members.map((m) => m.name).join('|')}>
                  <th scope="row" className={row.actor ? 'compare-actor' : 'compare-actor compare-no-speaker'}>
                    <ActorHeading row={row} />
                    <ClaimCount className="compare-total" claims={claimsOfRow(row)} count={row.total} title={rowName(row)} detail="every claim in this row" testId="compare-row-total">
                      {plural(row.total, 'claim')}
                    </ClaimCount>
                    {members.length > 0 && (
                      <button type="button" className="link-button compare-expand" aria-expanded={open} onClick={() => toggle(key)} data-testid="compare-expand">
                        {open ? '▾' : '▸'} {plural(members.length, 'member')} folded in
                      </button>
                    )}
                  </th>
                  {KINDS.map((kind) => (
                    <CompareCell key={kind} row={row} kind={kind} actorName={actorName} />
                  ))}
                </tr>
                {open && members.map((member) => <MemberRow key={member.id} row={row} member={member} />)}
              </Fragment>
            )
          })}
          {shown.length < rows.length && (
            <tr ref={sentinel} className="compare-more-row">
              <td colSpan={4}>
                <span className="muted">
                  {shown.length} of {plural(rows.length, 'row')} shown ·{' '}
                </span>
                <button type="button" className="link-button" onClick={() => setLimit(rows.length)} data-testid="compare-all-rows">
                  Show all
                </button>
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  )
}

function ActorHeading({ row }: { row: EventComparisonRow }) {
  const navigate = useNavigate()
  if (!row.actor) return <span className="compare-actor-name">{NO_SPEAKER}</span>
  const actor = row.actor
  return (
    <>
      <button type="button" className="row-title compare-actor-name" onClick={() => navigate({ page: 'actor', actorId: actor.id })} title={`Open ${actor.name}’s profile`}>
        <ActorSwatch actor={actor} />
        {actor.name}
      </button>
      {actor.type !== 'other' && <span className="type-tag">{actor.type}</span>}
    </>
  )
}

export function ActorSwatch({ actor }: { actor: Pick<Actor, 'colour'> }) {
  return actor.colour ? <span className="actor-swatch" style={{ background: actor.colour }} aria-hidden="true" /> : null
}

/** One member folded into a rolled-up row: its share of each kind. */
function MemberRow({ row, member }: { row: EventComparisonRow; member: Actor }) {
  const navigate = useNavigate()
  const own = (kind: Kind) => row.cells[kind].filter((c) => c.speakers.includes(member.id))
  return (
    <tr className="compare-member-row" data-testid="compare-member-row" data-member={member.name} data-actor={rowName(row)}>
      <th scope="row" className="compare-member">
        <span aria-hidden="true">↳ </span>
        <button type="button" className="row-title" onClick={() => navigate({ page: 'actor', actorId: member.id })}>
          {member.name}
        </button>
      </th>
      {KINDS.map((kind) => (
        <td key={kind} className="compare-member-cell" style={kindVars(kind)} data-kind={kind}>
          <ClaimCount claims={own(kind)} title={`${member.name} (in ${rowName(row)})`} detail={KIND_STYLES[kind].label} testId="compare-member-count" />
        </td>
      ))}
    </tr>
  )
}

function CompareCell({ row, kind, actorName }: { row: EventComparisonRow; kind: Kind; actorName: (id: string) => string | undefined }) {
  const [limit, setLimit] = useState(FIRST_QUOTES)
  const claims = row.cells[kind]
  const rest = claims.length - limit
  return (
    <td className="compare-cell" data-testid="compare-cell" data-actor={rowName(row)} data-actor-id={row.actor?.id ?? ''} data-kind={kind} data-count={claims.length} style={kindVars(kind)}>
      {claims.length === 0 ? (
        <span className="muted compare-empty" aria-label="none">
          —
        </span>
      ) : (
        <>
          {claims.length > 1 && (
            <div className="compare-cell-count">
              <ClaimCount claims={claims} title={rowName(row)} detail={KIND_STYLES[kind].label} testId="compare-cell-count">
                {plural(claims.length, KIND_STYLES[kind].label.toLowerCase())}
              </ClaimCount>
            </div>
          )}
          <ul className="compare-quotes">
            {claims.slice(0, limit).map((claim) => (
              <CompareQuote key={`${claim.articleId}:${claim.id}`} claim={claim} targets={claim.targets.map(actorName).filter((n): n is string => Boolean(n))} />
            ))}
          </ul>
          {rest > 0 && (
            <button type="button" className="link-button compare-more-quotes" onClick={() => setLimit((l) => l + MORE_QUOTES)} data-testid="compare-more-quotes">
              Show {Math.min(rest, MORE_QUOTES)} more{rest > MORE_QUOTES ? ` of ${rest}` : ''}
            </button>
          )}
        </>
      )}
    </td>
  )
}

function CompareQuote({ claim, targets }: { claim: ClaimInContext; targets: string[] }) {
  return (
    <li className="compare-quote" data-testid="compare-quote" data-claim-id={claim.id}>
      <q>{claim.quote}</q>
      {targets.length > 0 && (
        <span className="compare-targets" data-testid="compare-targets">
          <span aria-label="about">→</span> {targets.join(', ')}
        </span>
      )}
      <QuoteSource claim={claim} className="compare-source" testId="compare-open" />
    </li>
  )
}

/** Every claim of a comparison once (a claim with two speakers sits in two rows). */
export function useAllClaims(comparison: EventComparison | null | undefined): ClaimInContext[] {
  return useMemo(() => {
    if (!comparison) return []
    const seen = new Map<string, ClaimInContext>()
    for (const row of comparison.rows) for (const kind of KINDS) for (const c of row.cells[kind]) seen.set(`${c.articleId}:${c.id}`, c)
    return [...seen.values()]
  }, [comparison])
}
