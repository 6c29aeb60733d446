// Charts where people would rather look than read: claims per actor by kind,
// and claims over time by outlet. Each can be saved as PNG or SVG, and each
// bar and point opens its claims.
import { useRef, useState } from 'react'
import type { Charts, RollUp } from '../../../../shared/contract-analysis'
import { KINDS } from '../../../../shared/domain'
import { KIND_STYLES } from '../../../../shared/kinds'
import { EmptyState, Loading } from '../../app/ui/EmptyState'
import { plural } from '../../app/ui/format'
import { useApiQuery } from '../../app/useApi'
import { FilterBar } from '../compare/filters/FilterBar'
import { NO_ROLL_UP, RollUpControl, rollUpKey, rollUpOrUndefined } from '../compare/RollUpControl'
import { ClaimCount, TraceProvider, useTrace } from '../compare/trace/TraceContext'
import { useAnalysis } from '../compare/useAnalysis'
import { ChartCard } from './ChartCard'
import { svgSource } from './saveImage'
import { seriesColour } from './scale'
import { StackedBars, type BarRow } from './StackedBars'
import { TimeChart, type TimeSeries } from './TimeChart'
import { useActorNames } from '../compare/useActorNames'

export function ChartsPage() {
  const actors = useApiQuery((client) => client.actors.list({}), [])
  const actorName = useActorNames(actors.data)
  return (
    <TraceProvider actorName={actorName}>
      <ChartsContent />
    </TraceProvider>
  )
}

function ChartsContent() {
  const [rollUp, setRollUp] = useState<RollUp>(NO_ROLL_UP)
  const [top, setTop] = useState(25)
  const charts = useAnalysis((client, filters) => client.analysis.charts({ filters: filters ?? {}, rollUp: rollUpOrUndefined(rollUp), top }), [rollUpKey(rollUp), top])
  const data = charts.data

  return (
    <div className="page page-wide" data-testid="charts-page">
      <header className="page-header">
        <div>
          <h1>Charts</h1>
          <p className="page-subtitle">Who speaks, how, and when. Click a bar or a point to read its claims.</p>
        </div>
      </header>
      <FilterBar />
      <div className="view-controls">
        <RollUpControl value={rollUp} onChange={setRollUp} testId="charts-roll-up" />
        <label className="field field-inline control-field">
          <span>Actors shown</span>
          <select value={top} onChange={(e) => setTop(Number(e.target.value))} data-testid="charts-top">
            {[10, 25, 50, 100].map((n) => (
              <option key={n} value={n}>
                top {n}
              </option>
            ))}
          </select>
        </label>
        {charts.loading && data && <span className="muted small">Updating…</span>}
      </div>
      {!data ? (
        charts.loading ? <Loading /> : null
      ) : data.perActor.length === 0 && data.overTime.series.length === 0 ? (
        <EmptyState title="No claims to chart yet." testId="charts-empty">
          Tag claims in the reader and link them to speakers; the charts fill in as you code.
        </EmptyState>
      ) : (
        <>
          <PerActorChart data={data} />
          <OverTimeChart data={data} />
        </>
      )}
    </div>
  )
}

function PerActorChart({ data }: { data: Charts }) {
  const { show } = useTrace()
  const svg = useRef<SVGSVGElement>(null)
  const rows: BarRow[] = data.perActor.map((row) => ({
    key: row.actor?.id ?? 'none',
    label: row.actor?.name ?? '(deleted actor)',
    total: row.total,
    segments: KINDS.map((kind) => ({ key: kind, label: KIND_STYLES[kind].label.toLowerCase() + (row.kinds[kind].length === 1 ? '' : 's'), colour: KIND_STYLES[kind].colour, refs: row.kinds[kind] })),
  }))
  const title = 'Claims per actor, by kind'
  return (
    <ChartCard
      title={title}
      testId="chart-per-actor"
      subtitle={
        <>
          Claims each actor speaks in, most first.
          {data.otherActors.actors > 0 && ` ${plural(data.otherActors.actors, 'more actor')} with ${plural(data.otherActors.total, 'claim')} are not shown.`}
        </>
      }
      source={() => svgSource(title, () => svg.current)}
    >
      {rows.length === 0 ? (
        <p className="muted">No claim has a speaker yet.</p>
      ) : (
        <StackedBars
          ref={svg}
          title={title}
          rows={rows}
          legend={KINDS.map((k) => ({ label: KIND_STYLES[k].label, colour: KIND_STYLES[k].colour }))}
          onPick={(row, segment) => show({ title: row.label, detail: segment ? segment.label : 'every claim it speaks in', refs: segment ? segment.refs : row.segments.flatMap((s) => s.refs) })}
        />
      )}
    </ChartCard>
  )
}

function OverTimeChart({ data }: { data: Charts }) {
  const { show } = useTrace()
  const svg = useRef<SVGSVGElement>(null)
  const [mode, setMode] = useState<'lines' | 'stacked'>('stacked')
  const { overTime } = data
  const series: TimeSeries[] = overTime.series.map((s, i) => ({ key: s.outlet, label: s.outlet || '(no outlet)', colour: seriesColour(i), refs: s.refs }))
  const title = `Claims over time by outlet (per ${overTime.unit})`
  return (
    <ChartCard
      title={title}
      testId="chart-over-time"
      subtitle={
        <>
          By the date of each claim’s article.{' '}
          {overTime.undated.length > 0 && (
            <>
              Without a usable date:{' '}
              {overTime.undated.map((u, i) => (
                <span key={u.outlet}>
                  {i > 0 && ', '}
                  {u.outlet || '(no outlet)'} <ClaimCount refs={u.refs} title={`${u.outlet || '(no outlet)'}: undated claims`} />
                </span>
              ))}
              .
            </>
          )}
        </>
      }
      source={() => svgSource(title, () => svg.current)}
      controls={
        <span className="segmented" role="radiogroup" aria-label="Drawn as">
          {(['stacked', 'lines'] as const).map((m) => (
            <button key={m} type="button" role="radio" className="segment" aria-checked={mode === m} onClick={() => setMode(m)} data-testid={`time-mode-${m}`}>
              {m === 'stacked' ? 'Stacked bars' : 'Lines'}
            </button>
          ))}
        </span>
      }
    >
      {overTime.periods.length === 0 ? (
        <p className="muted">No claim comes from a dated article yet: set the articles’ publication dates in the library.</p>
      ) : (
        <TimeChart
          ref={svg}
          title={title}
          periods={overTime.periods}
          series={series}
          mode={mode}
          onPick={(s, p) => s && show({ title: `${s.label}, ${overTime.periods[p]}`, refs: s.refs[p] })}
        />
      )}
    </ChartCard>
  )
}
