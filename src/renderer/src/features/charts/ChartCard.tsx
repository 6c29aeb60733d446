// A chart on a card: title, what it shows, Save PNG / Save SVG, the chart.
import type { ReactNode } from 'react'
import { SaveImageButtons } from './SaveImageButtons'
import type { ImageSource } from './saveImage'

type Props = { title: string; subtitle?: ReactNode; source: () => ImageSource | null; children: ReactNode; testId: string; controls?: ReactNode }

export function ChartCard({ title, subtitle, source, children, testId, controls }: Props) {
  return (
    <section className="card chart-card" data-testid={testId} aria-label={title}>
      <header className="chart-card-header">
        <div>
          <h2 className="card-title">{title}</h2>
          {subtitle && <p className="muted small chart-subtitle">{subtitle}</p>}
        </div>
        <div className="chart-card-actions">
          {controls}
          <SaveImageButtons source={source} />
        </div>
      </header>
      {children}
    </section>
  )
}
