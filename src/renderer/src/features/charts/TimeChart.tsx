// Counts over time, one series per outlet (or per kind): lines, or bars
// stacked per period. Every point and bar opens its claims; the legend is
// drawn inside, so a saved image reads on its own.
import { forwardRef } from 'react'
import type { ClaimRef } from '../../../../shared/contract-analysis'
import { activate } from './StackedBars'
import { clip, labelEvery, niceTicks } from './scale'
import { useWidth } from './useWidth'

export type TimeSeries = { key: string; label: string; colour: string; refs: readonly (readonly ClaimRef[])[] }

type Props = {
  periods: string[]
  series: TimeSeries[]
  mode: 'lines' | 'stacked'
  onPick: (series: TimeSeries | null, periodIndex: number) => void
  title: string
  height?: number
}

const LEFT = 46
const RIGHT = 16
const BOTTOM = 34

/** Bars wider than this read as blocks, not as counts. */
const MAX_BAR = 46

export const TimeChart = forwardRef<SVGSVGElement, Props>(function TimeChart({ periods, series, mode, onPick, title, height = 320 }, ref) {
  const [box, WIDTH] = useWidth<HTMLDivElement>(880)
  const perRow = Math.max(1, Math.floor((WIDTH - 60) / 165))
  const legendRows = Math.ceil(series.length / perRow)
  const top = 16 + legendRows * 20 + 12
  const totals = periods.map((_, p) => series.reduce((n, s) => n + s.refs[p].length, 0))
  const max = Math.max(1, ...(mode === 'stacked' ? totals : series.flatMap((s) => s.refs.map((r) => r.length))))
  const ticks = niceTicks(max)
  const ceiling = ticks[ticks.length - 1]
  const plotW = WIDTH - LEFT - RIGHT
  const plotH = height - top - BOTTOM
  const band = plotW / Math.max(1, periods.length)
  const xMid = (p: number) => LEFT + band * (p + 0.5)
  const y = (v: number) => top + plotH - (plotH * v) / ceiling
  const barWidth = Math.min(MAX_BAR, Math.max(2, band * 0.76))
  const every = labelEvery(periods.length, plotW, periods[0]?.length === 10 ? 74 : 58)

  return (
    <div ref={box} className="chart-box">
      <svg ref={ref} className="chart-svg" width={WIDTH} height={height} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={title} data-testid="time-chart">
        <title>{title}</title>
        <g fontSize="12">
          {series.map((s, i) => (
            <g key={s.key} transform={`translate(${LEFT + (i % perRow) * 165}, ${12 + Math.floor(i / perRow) * 20})`}>
              <rect width="12" height="12" rx="2" fill={s.colour} />
              <text x="18" y="10.5" fill="currentColor">
                {clip(s.label, 22)}
              </text>
            </g>
          ))}
        </g>
        <g fontSize="11" fill="currentColor">
          {ticks.map((t) => (
            <g key={t}>
              <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(t)} y2={y(t)} stroke="currentColor" strokeOpacity="0.13" />
              <text x={LEFT - 6} y={y(t) + 4} textAnchor="end" opacity="0.7">
                {t}
              </text>
            </g>
          ))}
          {periods.map((period, p) =>
            p % every === 0 ? (
              <text key={period} x={xMid(p)} y={height - BOTTOM + 18} textAnchor="middle" opacity="0.7">
                {period}
              </text>
            ) : null,
          )}
          <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(0)} y2={y(0)} stroke="currentColor" strokeOpacity="0.4" />
        </g>
        {mode === 'stacked' ? (
          <g>
            {periods.map((period, p) => {
              let at = 0
              return (
                <g key={period}>
                  {series.map((s) => {
                    const n = s.refs[p].length
                    if (!n) return null
                    const from = at
                    at += n
                    return (
                      <rect
                        key={s.key}
                        className="chart-hit"
                        x={xMid(p) - barWidth / 2}
                        width={barWidth}
                        y={y(at)}
                        height={Math.max(1, y(from) - y(at))}
                        fill={s.colour}
                        role="button"
                        tabIndex={periods.length <= 60 ? 0 : undefined}
                        aria-label={`${s.label}, ${period}: ${n}`}
                        onClick={() => onPick(s, p)}
                        onKeyDown={activate(() => onPick(s, p))}
                        data-testid="time-bar"
                        data-series={s.label}
                        data-period={period}
                        data-count={n}
                      >
                        <title>{`${s.label}, ${period}: ${n}`}</title>
                      </rect>
                    )
                  })}
                </g>
              )
            })}
          </g>
        ) : (
          <g>
            {series.map((s) => (
              <g key={s.key}>
                <polyline fill="none" stroke={s.colour} strokeWidth="2" strokeLinejoin="round" points={s.refs.map((r, p) => `${xMid(p).toFixed(1)},${y(r.length).toFixed(1)}`).join(' ')} />
                {s.refs.map((r, p) =>
                  r.length ? (
                    <circle
                      key={p}
                      className="chart-hit"
                      cx={xMid(p)}
                      cy={y(r.length)}
                      r={periods.length > 120 ? 2 : 3.5}
                      fill={s.colour}
                      role="button"
                      tabIndex={periods.length <= 60 ? 0 : undefined}
                      aria-label={`${s.label}, ${periods[p]}: ${r.length}`}
                      onClick={() => onPick(s, p)}
                      onKeyDown={activate(() => onPick(s, p))}
                      data-testid="time-point"
                      data-series={s.label}
                      data-period={periods[p]}
                      data-count={r.length}
                    >
                      <title>{`${s.label}, ${periods[p]}: ${r.length}`}</title>
                    </circle>
                  ) : null,
                )}
              </g>
            ))}
          </g>
        )}
      </svg>
    </div>
  )
})
