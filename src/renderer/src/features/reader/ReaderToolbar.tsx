// Tag buttons, undo and redo, find, the edit mode and the save status, above
// the text; the legend below it. Buttons keep the focus in the text
// (mousedown is cancelled) so the selection survives the click.
import { useEditorState, type Editor } from '@tiptap/react'
import { useSyncExternalStore, type MouseEvent } from 'react'
import { KINDS, type Kind } from '../../../../shared/domain'
import { KIND_STYLES } from '../../../../shared/kinds'
import { displayKeys } from '../../app/keyboard'
import { kindVars } from '../../app/ui/KindBadge'
import { SaveStatus } from './SaveStatus'
import { readerSaves } from './session/readerSaves'

type Props = {
  editor: Editor
  hasActive: boolean
  editing: boolean
  undoLabel: string | null
  redoLabel: string | null
  onTag: (kind: Kind) => void
  onUndo: () => void
  onRedo: () => void
  onFind: () => void
  onRetry: () => void
}

const keep = (e: MouseEvent) => e.preventDefault()

export function ReaderToolbar(props: Props) {
  const { hasActive, editing, undoLabel, redoLabel } = props
  // The toolbar follows the selection and the saves itself: a selection
  // being dragged, or a save going out, redraws it and not the whole reader.
  const selectionLength = useEditorState({
    editor: props.editor,
    selector: ({ editor: e }) => {
      const { from, to } = e.state.selection
      return from === to ? 0 : e.state.doc.textBetween(from, to, ' ').length
    },
  })
  const status = useSyncExternalStore(readerSaves.subscribe, readerSaves.getStatus)
  const [undoKey, redoKey] = displayKeys(['Ctrl+Z', 'Ctrl+Shift+Z'])
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
              disabled={editing || (selectionLength === 0 && !hasActive)}
              onMouseDown={keep}
              onClick={() => props.onTag(kind)}
              title={`${s.description} Key: ${s.key}${selectionLength === 0 && hasActive ? ' (retags the active claim)' : ''}`}
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
      <div className="toolbar-group">
        <button type="button" className="button button-small button-quiet icon-text" onMouseDown={keep} onClick={props.onUndo} disabled={!undoLabel} title={undoLabel ? `Undo ${undoLabel} (${undoKey})` : 'Nothing to undo'} aria-label={undoLabel ? `Undo ${undoLabel}` : 'Undo'} data-testid="undo-button">
          <span aria-hidden="true">↶</span>
        </button>
        <button type="button" className="button button-small button-quiet icon-text" onMouseDown={keep} onClick={props.onRedo} disabled={!redoLabel} title={redoLabel ? `Redo ${redoLabel} (${redoKey})` : 'Nothing to redo'} aria-label={redoLabel ? `Redo ${redoLabel}` : 'Redo'} data-testid="redo-button">
          <span aria-hidden="true">↷</span>
        </button>
        <button type="button" className="button button-small button-quiet" onMouseDown={keep} onClick={props.onFind} title="Find words in the text and select them (/ or Ctrl+F)" data-testid="find-button">
          Find
        </button>
      </div>
      <span className="selection-info muted" data-testid="selection-info" data-length={selectionLength}>
        {editing ? 'Editing the text' : selectionLength > 0 ? `${selectionLength} characters` : ''}
      </span>
      <SaveStatus status={status} onRetry={props.onRetry} />
    </div>
  )
}

export function Legend() {
  return (
    <ul className="legend" aria-label="Legend" data-testid="legend">
      {KINDS.map((kind) => {
        const s = KIND_STYLES[kind]
        return (
          <li key={kind} style={kindVars(kind)} title={`${s.description} Shown with a ${s.underline} underline and the letter ${s.letter}; key ${s.key}.`}>
            <span className="legend-sample claim" data-kind={kind} style={kindVars(kind)}>
              {s.letter}
            </span>
            <span>
              {s.label} <span className="muted">· {s.underline} ·</span> <kbd>{s.key}</kbd>
            </span>
          </li>
        )
      })}
      <li className="legend-mention" title="A name or alias of an actor in the registry: click it (or press M on it) to link the actor to the active claim.">
        <span className="actor-mention">Name</span>
        <span className="muted">known actor</span>
      </li>
      <li title="A claim the rules suggest (dashed lines, the proposed kind's letter and a question mark): ] goes to it, A accepts, X rejects.">
        <span className="suggestion-end suggestion" data-label="A?" style={kindVars('assertion')}>
          words
        </span>
        <span className="muted">suggested</span>
      </li>
    </ul>
  )
}
