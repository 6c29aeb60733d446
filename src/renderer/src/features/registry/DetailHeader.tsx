// The top of an actor's or an event's page: the way back, the name, a line
// about it, its actions; and what to show when it no longer exists.
import type { ReactNode } from 'react'
import { EmptyState } from '../../app/ui/EmptyState'

type Props = { backLabel: string; onBack: () => void; title: ReactNode; subtitle?: ReactNode; actions?: ReactNode }

export function DetailHeader({ backLabel, onBack, title, subtitle, actions }: Props) {
  return (
    <header className="page-header">
      <div>
        <button type="button" className="link-button back-link" onClick={onBack}>
          ← {backLabel}
        </button>
        <h1>{title}</h1>
        {subtitle && <div className="page-subtitle">{subtitle}</div>}
      </div>
      {actions && <div className="page-actions">{actions}</div>}
    </header>
  )
}

export function MissingItem({ what, backLabel, onBack }: { what: string; backLabel: string; onBack: () => void }) {
  return (
    <div className="page">
      <EmptyState title={`This ${what} no longer exists.`}>
        <p>It may have been deleted or merged into another.</p>
        <button type="button" className="button" onClick={onBack}>
          Back to {backLabel}
        </button>
      </EmptyState>
    </div>
  )
}
