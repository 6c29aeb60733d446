// The kind of a claim as a badge: letter + label + colour, so it reads
// without colour too. Styles come from the shared KIND_STYLES table.
import type { Kind } from '../../../../shared/domain'
import { KIND_STYLES } from '../../../../shared/kinds'
import type { CSSProperties } from 'react'

export function kindVars(kind: Kind): CSSProperties {
  const style = KIND_STYLES[kind]
  return { '--kind-colour': style.colour, '--kind-tint': style.tint, '--kind-underline': style.underline } as CSSProperties
}

export function KindBadge({ kind, compact = false }: { kind: Kind; compact?: boolean }) {
  const style = KIND_STYLES[kind]
  return (
    <span className="kind-badge" style={kindVars(kind)} data-kind={kind} title={style.description}>
      <span className="kind-letter" aria-hidden="true">
        {style.letter}
      </span>
      {compact ? <span className="visually-hidden">{style.label}</span> : <span className="kind-label">{style.label}</span>}
    </span>
  )
}
