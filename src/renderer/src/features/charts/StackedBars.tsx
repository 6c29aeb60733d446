// Horizontal stacked bars: one bar per row (an actor), one segment per part
// (a kind). Every segment opens its claims; the legend and the numbers are
// part of the drawing, so a saved image reads on its own.
import { forwardRef, type KeyboardEvent } from 'react'
import type { ClaimRef } from '../../../../shared/contract-analysis'
import { clip, niceTicks } from './scale'
import { useWidth } from './useWidth'

export type BarSegment = { key: string; label: string; colour: string; refs: readonly ClaimRef[] }
export type BarRow = { key: string; label: string; total: number; segments: BarSegment[] }

type Props = {
  rows: BarRow[]
  legend: { label: string; colour: string }[]
  onPick: (row: BarRow, segment: BarSegment | null) => void
  title: string
}

const LABEL = 190
const RIGHT = 50
const ROW = 22
const GAP = 7
const TOP = 54

export const activate = (run: () => void) => (event: KeyboardEvent) => {
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault()
    run()
  }
}

export const StackedBars = forwardRef<SVGSVGElement, Props>(function StackedBars({ rows, legend, onPick, title }, ref) {
  const [box, WIDTH] = useWidth<HTMLDivElement>(880)
  const max = Math.max(1, ...rows.map((r) => r.total))
  const ticks = niceTicks(max)
  const top = ticks[ticks.length - 1]
  const plot = WIDTH - LABEL - RIGHT
  const x = (v: number) => LABEL + (plot * v) / top
  const height = TOP + rows.length * (ROW + GAP) + 10
  return (
    <div ref={box} className="chart-box">
      <svg ref={ref} className="chart-svg" width={WIDTH} height={height} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={title} data-testid="stacked-bars">
        <title>{title}</title>
        <g fontSize="12">
          {legend.map((item, i) => (
            <g key={item.label} transform={`translate(${LABEL + i * 130}, 10)`}>
              <rect width="12" height="12" rx="2" fill={item.colour} />
              <text x="18" y="10.5" fill="currentColor">
                {item.label}
              </text>
            </g>
          ))}
        </g>
        <g fontSize="11" fill="currentColor" opacity="0.7">
          {ticks.map((t) => (
            <g key={t}>
              <line x1={x(t)} x2={x(t)} y1={TOP - 8} y2={height - 8} stroke="currentColor" strokeOpacity="0.15" />
              <text x={x(t)} y={TOP - 12} textAnchor="middle">
                {t}
              </text>
            </g>
          ))}
        </g>
        {rows.map((row, i) => {
          const y = TOP + i * (ROW + GAP)
          let at = 0
          return (
            <g key={row.key} data-testid="bar-row" data-label={row.label} data-total={row.total}>
              <text x={LABEL - 8} y={y + ROW / 2 + 4} textAnchor="end" fontSize="12.5" fill="currentColor" className="chart-label" onClick={() => onPick(row, null)}>
                <title>{row.label}</title>
                {clip(row.label, 28)}
              </text>
              {row.segments.map((segment) => {
                const start = at
                at += segment.refs.length
                if (!segment.refs.length) return null
                return (
                  <rect
                    key={segment.key}
                    className="chart-hit"
                    x={x(start)}
                    y={y}
                    width={Math.max(1, x(at) - x(start) - 1)}
                    height={ROW}
                    fill={segment.colour}
                    role="button"
                    tabIndex={0}
                    aria-label={`${row.label}: ${segment.refs.length} ${segment.label}`}
                    onClick={() => onPick(row, segment)}
                    onKeyDown={activate(() => onPick(row, segment))}
                    data-testid="bar-segment"
                    data-segment={segment.key}
                    data-count={segment.refs.length}
                  >
                    <title>{`${row.label}: ${segment.refs.length} ${segment.label}`}</title>
                  </rect>
                )
              })}
              <text x={x(row.total) + 6} y={y + ROW / 2 + 4} fontSize="12" fill="currentColor" className="chart-label" onClick={() => onPick(row, null)}>
                {row.total}
              </text>
            </g>
          )
        })}
      </svg>
    </div>
  )
})
