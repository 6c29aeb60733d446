// An event's claims by date and outlet (events.timeline), as stacked bars;
// each bar opens its claims.
import { useRef } from 'react'
import type { EventTimeline as Timeline } from '../../../../shared/contract-analysis'
import { ChartCard } from '../charts/ChartCard'
import { svgSource } from '../charts/saveImage'
import { seriesColour } from '../charts/scale'
import { TimeChart } from '../charts/TimeChart'
import { refsOf } from '../compare/KindBar'
import { ClaimCount, useTrace } from '../compare/trace/TraceContext'

export function EventTimeline({ timeline }: { timeline: Timeline }) {
  const { show } = useTrace()
  const svg = useRef<SVGSVGElement>(null)
  const title = `${timeline.event.name}: claims per ${timeline.unit} by outlet`
  const series = timeline.outlets.map((outlet, i) => ({
    key: outlet,
    label: outlet || '(no outlet)',
    colour: seriesColour(i),
    refs: timeline.periods.map((p) => {
      const cell = p.outlets.find((o) => o.outlet === outlet)
      return cell ? refsOf(cell.kinds) : []
    }),
  }))
  return (
    <ChartCard
      title="Timeline"
      testId="event-timeline"
      subtitle={
        <>
          Claims by the date of their article, per {timeline.unit}, and by outlet.
          {timeline.undated.length > 0 && (
            <>
              {' '}
              Without a usable date:{' '}
              {timeline.undated.map((u, i) => (
                <span key={u.outlet}>
                  {i > 0 && ', '}
                  {u.outlet || '(no outlet)'} <ClaimCount refs={refsOf(u.kinds)} title={`${u.outlet || '(no outlet)'}: undated claims`} />
                </span>
              ))}
              .
            </>
          )}
        </>
      }
      source={() => svgSource(title, () => svg.current)}
    >
      {timeline.periods.length === 0 ? (
        <p className="muted small">None of its claims comes from a dated article yet.</p>
      ) : (
        <TimeChart ref={svg} title={title} height={260} mode="stacked" periods={timeline.periods.map((p) => p.period)} series={series} onPick={(s, i) => s && show({ title: `${s.label}, ${timeline.periods[i].period}`, detail: timeline.event.name, refs: s.refs[i] })} />
      )}
    </ChartCard>
  )
}
