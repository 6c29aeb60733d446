// An actor's profile: its claims by kind, over time, by outlet and by event,
// whom it targets and who targets it (actors.profile, with the shared
// filters), every number opening its claims; then the claims themselves,
// each a way into the reader at its quote.
import { useRef, useState } from 'react'
import type { ActorProfile } from '../../../../shared/contract-analysis'
import { KINDS } from '../../../../shared/domain'
import { KIND_STYLES } from '../../../../shared/kinds'
import { useNavigate } from '../../app/routes'
import { ClaimContextList } from '../../app/ui/ClaimContextList'
import { EmptyState, Loading } from '../../app/ui/EmptyState'
import { plural } from '../../app/ui/format'
import { useApiQuery } from '../../app/useApi'
import { ChartCard } from '../charts/ChartCard'
import { svgSource } from '../charts/saveImage'
import { TimeChart } from '../charts/TimeChart'
import { ActorSwatch } from '../compare/CompareTable'
import { CountTable, type CountRow } from '../compare/CountTable'
import { FilterBar } from '../compare/filters/FilterBar'
import { KindBar, refsOf } from '../compare/KindBar'
import { ClaimCount, TraceProvider, useTrace } from '../compare/trace/TraceContext'
import { useAnalysis } from '../compare/useAnalysis'
import { DetailHeader, MissingItem } from '../registry/DetailHeader'
import { useActorNames } from '../compare/useActorNames'
import { ExportButton } from '../export/ExportButton'

const FIRST_ROWS = 10
const FIRST_CLAIMS = 30

export function ActorDetailPage({ actorId }: { actorId: string }) {
  const navigate = useNavigate()
  const actors = useApiQuery((client) => client.actors.list({}), [])
  const actor = actors.data?.find((a) => a.id === actorId)
  const actorName = useActorNames(actors.data)
  const [includeMembers, setIncludeMembers] = useState(false)
  const members = (actors.data ?? []).filter((a) => a.memberOf === actorId)
  const parent = actors.data?.find((a) => a.id === actor?.memberOf)

  if (actors.data && !actor) return <MissingItem what="actor" backLabel="actors" onBack={() => navigate({ page: 'actors' })} />
  return (
    <TraceProvider actorName={actorName}>
      <div className="page page-wide" data-testid="actor-page">
        <DetailHeader
          backLabel="Actors"
          onBack={() => navigate({ page: 'actors' })}
          title={
            <>
              {actor && <ActorSwatch actor={actor} />}
              {actor?.name ?? '…'}
            </>
          }
          subtitle={
            actor && (
              <>
                <span className="type-tag">{actor.type}</span>
                {parent && (
                  <>
                    {' '}
                    · part of{' '}
                    <button type="button" className="link-button" onClick={() => navigate({ page: 'actor', actorId: parent.id })}>
                      {parent.name}
                    </button>
                  </>
                )}
                {members.length > 0 && (
                  <>
                    {' '}
                    · members:{' '}
                    {members.map((m, i) => (
                      <span key={m.id}>
                        {i > 0 && ', '}
                        <button type="button" className="link-button" onClick={() => navigate({ page: 'actor', actorId: m.id })}>
                          {m.name}
                        </button>
                      </span>
                    ))}
                  </>
                )}
                {actor.aliases.length > 0 && <span> · also: {actor.aliases.join(', ')}</span>}
                {actor.description && <p className="actor-description">{actor.description}</p>}
              </>
            )
          }
          actions={
            <>
              {members.length > 0 && (
                <label className="check-row" title="Count the claims of its members (at any depth) as its own">
                  <input type="checkbox" checked={includeMembers} onChange={(e) => setIncludeMembers(e.target.checked)} data-testid="profile-include-members" />
                  with its members’ claims
                </label>
              )}
              <ExportButton scope={{ type: 'actor', id: actorId }} />
            </>
          }
        />
        <FilterBar />
        <ProfileBody actorId={actorId} includeMembers={includeMembers} />
        <ActorClaims actorId={actorId} />
      </div>
    </TraceProvider>
  )
}

function ProfileBody({ actorId, includeMembers }: { actorId: string; includeMembers: boolean }) {
  const profile = useAnalysis((client, filters) => client.actors.profile({ id: actorId, includeMembers, filters }), [actorId, includeMembers])
  const data = profile.data
  if (!data) return profile.loading ? <Loading /> : null
  return (
    <div className="profile" data-testid="actor-profile" data-total={data.total}>
      <div className="profile-grid">
        <section className="card profile-summary" aria-label="Claims by kind">
          <h2 className="card-title">Claims it makes</h2>
          <p className="profile-total">
            <ClaimCount refs={refsOf(data.byKind)} count={data.total} title={data.actor.name} detail="every claim it speaks in" testId="profile-total" />
            <span className="muted"> {data.total === 1 ? 'claim' : 'claims'}</span>
          </p>
          <KindBar kinds={data.byKind} title={data.actor.name} />
          {data.members.length > 0 && <p className="muted small">Including {data.members.map((m) => m.name).join(', ')}.</p>}
        </section>
        <OverTime profile={data} />
      </div>
      <div className="profile-grid profile-tables">
        <ProfileTable heading="Outlet" title="By outlet" testId="profile-outlets" empty="No claims yet." rows={data.byOutlet.map((r) => ({ key: r.outlet, name: `${data.actor.name} in ${r.outlet || '(no outlet)'}`, label: r.outlet || <span className="muted">(no outlet)</span>, total: r.total, kinds: r.kinds }))} />
        <ProfileTable
          heading="Event"
          title="By event"
          testId="profile-events"
          empty="No claims yet."
          rows={data.byEvent.map((r) => ({ key: r.event?.id ?? 'none', name: `${data.actor.name} on ${r.event?.name ?? 'no event'}`, label: r.event ? <EventLink id={r.event.id} name={r.event.name} /> : <span className="muted">(no event)</span>, total: r.total, kinds: r.kinds }))}
        />
        <ProfileTable heading="Target" title="Whom it targets" testId="profile-targets" empty="Its claims target no one yet." rows={data.targets.map((r) => actorRow(r, (n) => `${data.actor.name} → ${n}`))} />
        <ProfileTable heading="Speaker" title="Who targets it" testId="profile-targeted-by" empty="No claim targets it yet." rows={data.targetedBy.map((r) => actorRow(r, (n) => `${n} → ${data.actor.name}`))} />
      </div>
    </div>
  )
}

function actorRow(r: ActorProfile['targets'][number], name: (actor: string) => string): CountRow {
  const label = r.actor?.name ?? '(deleted actor)'
  return { key: r.actor?.id ?? 'none', name: name(label), label: r.actor ? <ActorLink id={r.actor.id} name={label} /> : label, total: r.total, kinds: r.kinds }
}

function ActorLink({ id, name }: { id: string; name: string }) {
  const navigate = useNavigate()
  return (
    <button type="button" className="row-title" onClick={() => navigate({ page: 'actor', actorId: id })}>
      {name}
    </button>
  )
}

function EventLink({ id, name }: { id: string; name: string }) {
  const navigate = useNavigate()
  return (
    <button type="button" className="row-title" onClick={() => navigate({ page: 'event', eventId: id })}>
      {name}
    </button>
  )
}

function ProfileTable({ title, heading, rows, empty, testId }: { title: string; heading: string; rows: CountRow[]; empty: string; testId: string }) {
  const [limit, setLimit] = useState(FIRST_ROWS)
  return (
    <section className="card" aria-label={title}>
      <h2 className="card-title">{title}</h2>
      <CountTable rows={rows} heading={heading} empty={empty} testId={testId} limit={limit} onMore={() => setLimit(rows.length)} />
    </section>
  )
}

function OverTime({ profile }: { profile: ActorProfile }) {
  const { show } = useTrace()
  const svg = useRef<SVGSVGElement>(null)
  const { overTime } = profile
  const title = `${profile.actor.name}: claims per ${overTime.unit}`
  const undated = refsOf(overTime.undated)
  return (
    <ChartCard
      title="Over time"
      testId="profile-over-time"
      subtitle={
        <>
          By the date of the claim’s article, per {overTime.unit}.
          {undated.length > 0 && (
            <>
              {' '}
              <ClaimCount refs={undated} title={`${profile.actor.name}: undated`} /> without a usable date.
            </>
          )}
        </>
      }
      source={() => svgSource(title, () => svg.current)}
    >
      {overTime.periods.length === 0 ? (
        <p className="muted small">No dated claims.</p>
      ) : (
        <TimeChart
          ref={svg}
          title={title}
          height={240}
          mode="stacked"
          periods={overTime.periods.map((p) => p.period)}
          series={KINDS.map((kind) => ({ key: kind, label: KIND_STYLES[kind].label, colour: KIND_STYLES[kind].colour, refs: overTime.periods.map((p) => p.kinds[kind]) }))}
          onPick={(s, i) => s && show({ title: `${profile.actor.name}, ${overTime.periods[i].period}`, detail: s.label, refs: s.refs[i] })}
        />
      )}
    </ChartCard>
  )
}

function ActorClaims({ actorId }: { actorId: string }) {
  const claims = useApiQuery((client) => client.claims.byActor({ id: actorId }), [actorId])
  if (!claims.data) return claims.loading ? <Loading /> : null
  return (
    <div className="two-columns profile-claims">
      <ClaimColumn id="as-speaker" title="As speaker" claims={claims.data.asSpeaker} empty="No claims by this actor yet." hint="In the reader, add them as a speaker of a claim." />
      <ClaimColumn id="as-target" title="As target" claims={claims.data.asTarget} empty="No claims about this actor yet." hint="In the reader, add them as a target of a claim." />
    </div>
  )
}

function ClaimColumn({ id, title, claims, empty, hint }: { id: string; title: string; claims: Parameters<typeof ClaimContextList>[0]['claims']; empty: string; hint: string }) {
  const [limit, setLimit] = useState(FIRST_CLAIMS)
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        {title} <span className="muted">({plural(claims.length, 'claim')})</span>
      </h2>
      {claims.length > 0 ? (
        <>
          <ClaimContextList claims={claims.slice(0, limit)} testId={id} />
          {claims.length > limit && (
            <p className="table-hint">
              <button type="button" className="link-button" onClick={() => setLimit((l) => l + 100)}>
                Show {Math.min(100, claims.length - limit)} more of {claims.length - limit}
              </button>
            </p>
          )}
        </>
      ) : (
        <EmptyState title={empty}>{hint}</EmptyState>
      )}
    </section>
  )
}
