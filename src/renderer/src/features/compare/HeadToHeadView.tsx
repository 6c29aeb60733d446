// Two actors (or two outlets) head to head: on each event both speak about,
// what each side said, kind by kind; then the events only one of them
// covers. Every number opens its claims.
import { useCallback, useEffect, useState } from 'react'
import type { ActorWithCount } from '../../../../shared/contract'
import type { HeadToHead, HeadToHeadSide } from '../../../../shared/contract-analysis'
import { KINDS } from '../../../../shared/domain'
import { KIND_STYLES } from '../../../../shared/kinds'
import { useNavigate } from '../../app/routes'
import { EmptyState, Loading } from '../../app/ui/EmptyState'
import { kindVars } from '../../app/ui/KindBadge'
import { formatDate, plural } from '../../app/ui/format'
import { api } from '../../app/useApi'
import { QuoteSource } from './QuoteSource'
import { ClaimCount } from './trace/TraceContext'
import { useAnalysis } from './useAnalysis'

type By = 'actor' | 'outlet'
const QUOTES_PER_KIND = 2

type Props = { actors: ActorWithCount[] | undefined }

export function HeadToHeadView({ actors }: Props) {
  const [by, setBy] = useState<By>('actor')
  const [a, setA] = useState('')
  const [b, setB] = useState('')
  const [includeMembers, setIncludeMembers] = useState(true)
  const [outlets, setOutlets] = useState<string[] | null>(null)

  const loadOutlets = useCallback(async () => {
    const page = await api().library.query({ limit: 1, facets: true })
    setOutlets((page.facets?.outlets ?? []).map((f) => f.value).filter(Boolean))
  }, [])
  useEffect(() => {
    if (by === 'outlet' && !outlets) void loadOutlets()
  }, [by, outlets, loadOutlets])

  // The two busiest actors (or outlets) to start with.
  const byCount = [...(actors ?? [])].sort((x, y) => y.claimCount - x.claimCount)
  const choices: { value: string; label: string }[] =
    by === 'actor' ? [...(actors ?? [])].sort((x, y) => x.name.localeCompare(y.name)).map((x) => ({ value: x.id, label: `${x.name} (${x.claimCount})` })) : (outlets ?? []).map((o) => ({ value: o, label: o }))
  const first = by === 'actor' ? byCount[0]?.id : outlets?.[0]
  const second = by === 'actor' ? byCount[1]?.id : outlets?.[1]
  const sideA = a || first || ''
  const sideB = b || second || ''
  const ready = sideA && sideB && sideA !== sideB

  const result = useAnalysis(
    (client, filters) => (ready ? client.compare.headToHead(by === 'actor' ? { by, a: sideA, b: sideB, includeMembers, filters } : { by, a: sideA, b: sideB, filters }) : null),
    [by, sideA, sideB, includeMembers, ready],
  )
  const data = result.data

  const switchBy = (next: By) => {
    setBy(next)
    setA('')
    setB('')
  }

  return (
    <section aria-label="Head to head" data-testid="compare-head-view">
      <div className="view-controls">
        <div className="segmented" role="radiogroup" aria-label="Compare">
          {(['actor', 'outlet'] as const).map((value) => (
            <button key={value} type="button" role="radio" aria-checked={by === value} className="segment" onClick={() => switchBy(value)} data-testid={`h2h-by-${value}`}>
              Two {value}s
            </button>
          ))}
        </div>
        <SideSelect label="A" value={sideA} choices={choices} onChange={setA} testId="h2h-a" />
        <button type="button" className="button button-small button-quiet" onClick={() => {
            setA(sideB)
            setB(sideA)
          }} title="Swap A and B" aria-label="Swap A and B">
          ⇄
        </button>
        <SideSelect label="B" value={sideB} choices={choices} onChange={setB} testId="h2h-b" />
        {by === 'actor' && (
          <label className="check-row control-field" title="Count the claims of their members too (a minister’s claims as his ministry’s)">
            <input type="checkbox" checked={includeMembers} onChange={(e) => setIncludeMembers(e.target.checked)} data-testid="h2h-members" />
            with their members
          </label>
        )}
      </div>
      {!ready ? (
        <EmptyState title={`Choose two different ${by}s.`}>{by === 'actor' ? 'Add actors and link them to claims first.' : 'Import articles from at least two outlets first.'}</EmptyState>
      ) : !data ? (
        result.loading ? <Loading /> : null
      ) : (
        <HeadToHeadResult data={data} />
      )}
    </section>
  )
}

function SideSelect({ label, value, choices, onChange, testId }: { label: string; value: string; choices: { value: string; label: string }[]; onChange: (v: string) => void; testId: string }) {
  return (
    <label className="field field-inline control-field">
      <span className={`side-badge side-${label.toLowerCase()}`}>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId} aria-label={`Side ${label}`}>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  )
}

function HeadToHeadResult({ data }: { data: HeadToHead }) {
  const navigate = useNavigate()
  const label = (side: HeadToHead['a']) => side.label + (side.members.length ? ` (with ${plural(side.members.length, 'member')})` : '')
  if (data.shared.length === 0 && data.onlyA.length === 0 && data.onlyB.length === 0) {
    return <EmptyState title={`Neither ${data.a.label} nor ${data.b.label} has claims linked to an event.`}>Link their claims to events to compare them.</EmptyState>
  }
  return (
    <div data-testid="h2h-result">
      <p className="compare-summary">
        <span className="side-badge side-a">A</span> <strong>{label(data.a)}</strong> <span className="muted">and</span> <span className="side-badge side-b">B</span> <strong>{label(data.b)}</strong>
        <span className="muted"> · {plural(data.shared.length, 'event')} in common</span>
      </p>
      {data.shared.length > 0 && (
        <div className="table-scroll">
          <table className="compare-table h2h-table" data-testid="h2h-table">
            <thead>
              <tr>
                <th scope="col" className="compare-actor-col">
                  Event
                </th>
                <th scope="col" className="h2h-side-head">
                  <span className="side-badge side-a">A</span> {data.a.label}
                </th>
                <th scope="col" className="h2h-side-head">
                  <span className="side-badge side-b">B</span> {data.b.label}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.shared.map((row) => (
                <tr key={row.event.id} data-testid="h2h-row" data-event={row.event.name}>
                  <th scope="row" className="compare-actor">
                    <button type="button" className="row-title" onClick={() => navigate({ page: 'compare', eventId: row.event.id })}>
                      {row.event.name}
                    </button>
                    {row.event.date && <span className="muted small compare-total">{formatDate(row.event.date)}</span>}
                  </th>
                  <SideCell side={row.a} title={`${data.a.label} on ${row.event.name}`} testId="h2h-a-cell" />
                  <SideCell side={row.b} title={`${data.b.label} on ${row.event.name}`} testId="h2h-b-cell" />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="two-columns h2h-only">
        <OnlyList title={`Only ${data.a.label}`} items={data.onlyA} without={data.withoutEvent.a} who={data.a.label} testId="h2h-only-a" />
        <OnlyList title={`Only ${data.b.label}`} items={data.onlyB} without={data.withoutEvent.b} who={data.b.label} testId="h2h-only-b" />
      </div>
    </div>
  )
}

function SideCell({ side, title, testId }: { side: HeadToHeadSide; title: string; testId: string }) {
  return (
    <td className="h2h-cell" data-testid={testId}>
      {KINDS.filter((k) => side.cells[k].length).map((kind) => (
        <div key={kind} className="h2h-kind" style={kindVars(kind)} data-kind={kind}>
          <div className="h2h-kind-head">
            <span className="kind-swatch" aria-hidden="true">
              {KIND_STYLES[kind].letter}
            </span>
            <ClaimCount claims={side.cells[kind]} title={title} detail={KIND_STYLES[kind].label} testId="h2h-kind-count">
              {plural(side.cells[kind].length, KIND_STYLES[kind].label.toLowerCase())}
            </ClaimCount>
          </div>
          <ul className="compare-quotes">
            {side.cells[kind].slice(0, QUOTES_PER_KIND).map((claim) => (
              <li key={`${claim.articleId}:${claim.id}`} className="compare-quote">
                <q>{claim.quote}</q>
                <QuoteSource claim={claim} className="compare-source" />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </td>
  )
}

function OnlyList({ title, items, without, who, testId }: { title: string; items: HeadToHead['onlyA']; without: HeadToHead['withoutEvent']['a']; who: string; testId: string }) {
  return (
    <section className="card h2h-only-card" data-testid={testId}>
      <h3 className="card-title">{title}</h3>
      {items.length === 0 ? (
        <p className="muted small">No event that only this side speaks about.</p>
      ) : (
        <ul className="plain-list">
          {items.map((item) => (
            <li key={item.event.id} className="plain-row">
              <span>{item.event.name}</span>
              <ClaimCount refs={item.refs} title={`${who} on ${item.event.name}`} />
            </li>
          ))}
        </ul>
      )}
      {without.length > 0 && (
        <p className="muted small h2h-without">
          And <ClaimCount refs={without} title={`${who}: claims without an event`} /> claims not linked to any event.
        </p>
      )}
    </section>
  )
}
