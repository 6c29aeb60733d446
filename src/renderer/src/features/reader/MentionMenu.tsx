// The menu of an actor mention in the text (click it, or press M with the
// caret on it): add the actor as a speaker or a target of the active claim.
// A name several actors share ("Moscow": the Kremlin, Russia) lists each.
import { useEffect, useRef, type KeyboardEvent } from 'react'

export type MentionMenuState = { actorIds: string[]; text: string; x: number; y: number }

type Props = {
  menu: MentionMenuState
  actorName: (id: string) => string
  activeQuote: string | null
  linked: (actorId: string) => { speaker: boolean; target: boolean }
  onLink: (actorId: string, role: 'speakers' | 'targets') => void
  onClose: () => void
}

export function MentionMenu({ menu, actorName, activeQuote, linked, onLink, onClose }: Props) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus()
  }, [])
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      onClose()
    }
  }
  return (
    <div
      ref={ref}
      className="mention-menu"
      role="dialog"
      aria-label={`Link “${menu.text}”`}
      style={{ left: menu.x, top: menu.y }}
      onKeyDown={onKeyDown}
      onBlur={(e) => !e.currentTarget.contains(e.relatedTarget as Node | null) && onClose()}
      data-testid="mention-menu"
    >
      {activeQuote === null ? (
        <p className="muted small">Choose a claim first (click a highlight, or press J), then link “{menu.text}” to it.</p>
      ) : (
        <p className="muted small mention-for">For the active claim</p>
      )}
      {menu.actorIds.map((id) => {
        const state = linked(id)
        return (
          <div key={id} className="mention-row">
            <span className="mention-name">{actorName(id)}</span>
            <button type="button" className="button button-small" disabled={activeQuote === null || state.speaker} onClick={() => onLink(id, 'speakers')} data-testid="mention-speaker">
              {state.speaker ? 'Speaker ✓' : 'As speaker'}
            </button>
            <button type="button" className="button button-small" disabled={activeQuote === null || state.target} onClick={() => onLink(id, 'targets')} data-testid="mention-target">
              {state.target ? 'Target ✓' : 'As target'}
            </button>
          </div>
        )
      })}
      <button type="button" className="link-button small" onClick={onClose}>
        Close (Esc)
      </button>
    </div>
  )
}
