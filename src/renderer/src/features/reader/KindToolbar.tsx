// Tag buttons and the legend. Buttons keep the focus in the text (mousedown
// is cancelled) so the selection survives the click.
import { KINDS, type Kind } from '../../../../shared/domain'
import { KIND_STYLES } from '../../../../shared/kinds'
import { kindVars } from '../../app/ui/KindBadge'
import { SaveStatus } from './SaveStatus'
import type { SaveStatus as Status } from './useSaveQueue'

type Props = { selectionLength: number; onTag: (kind: Kind) => void; status: Status }

export function KindToolbar({ selectionLength, onTag, status }: Props) {
  return (
    <div className="kind-toolbar" role="toolbar" aria-label="Tag the selected text">
      <div className="kind-buttons">
        {KINDS.map((kind) => {
          const s = KIND_STYLES[kind]
          return (
            <button
              key={kind}
              type="button"
              className="kind-button"
              style={kindVars(kind)}
              disabled={selectionLength === 0}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => onTag(kind)}
              title={`${s.description} Key: ${s.key}`}
              aria-keyshortcuts={s.key}
              data-testid={`tag-${kind}`}
            >
              <span className="kind-swatch" aria-hidden="true">
                {s.letter}
              </span>
              {s.label}
              <kbd>{s.key}</kbd>
            </button>
          )
        })}
      </div>
      <span className="selection-info muted" data-testid="selection-info" data-length={selectionLength}>
        {selectionLength > 0 ? `${selectionLength} characters selected` : 'Select text, then tag it'}
      </span>
      <SaveStatus status={status} />
    </div>
  )
}

export function Legend() {
  return (
    <ul className="legend" aria-label="Legend" data-testid="legend">
      {KINDS.map((kind) => {
        const s = KIND_STYLES[kind]
        return (
          <li key={kind} style={kindVars(kind)} title={`${s.description} Shown with a ${s.underline} underline; key ${s.key}.`}>
            <span className="legend-sample claim" data-kind={kind} style={kindVars(kind)}>
              {s.letter}
            </span>
            <span>
              {s.label} <span className="muted">· {s.underline} ·</span> <kbd>{s.key}</kbd>
            </span>
          </li>
        )
      })}
    </ul>
  )
}
