// "Suggest claims" in the library's toolbar: for every article, or — when a
// search or filters narrow the list — a choice between the listed articles
// and all of them. Unavailable (still focusable, saying why) in an empty
// library or while suggestions run.
import { useCallback, useId, useRef, useState } from 'react'
import { usePopoverDismiss } from '../../app/ui/CheckMenu'
import { plural } from '../../app/ui/format'

type Props = {
  /** Articles in the workspace, and those the list shows now. */
  inWorkspace: number
  listed: number
  filtered: boolean
  running: boolean
  onAll: () => void
  onListed: () => void
}

/** Why the action cannot run now, or null. */
export function suggestUnavailable(inWorkspace: number, running: boolean): string | null {
  if (inWorkspace === 0) return 'The library is empty: import articles first, then suggest claims for them.'
  if (running) return 'Suggestions are being made: wait for them to finish, or cancel them.'
  return null
}

export function SuggestClaimsButton({ inWorkspace, listed, filtered, running, onAll, onListed }: Props) {
  const [open, setOpen] = useState(false)
  const root = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)
  const menuId = useId()
  const whyId = useId()
  const close = useCallback(() => {
    setOpen(false)
    button.current?.focus()
  }, [])
  usePopoverDismiss(open, close, root)

  const why = suggestUnavailable(inWorkspace, running)
  const choose = (run: () => void) => {
    setOpen(false)
    run()
  }
  return (
    <div className="multi-select suggest-menu" ref={root}>
      <button
        ref={button}
        type="button"
        className="button"
        aria-disabled={why ? true : undefined}
        aria-describedby={why ? whyId : undefined}
        title={why ?? (filtered ? 'Suggest claims for the listed articles or for all of them' : `Suggest claims for all ${plural(inWorkspace, 'article')}; nothing is coded until you accept`)}
        aria-haspopup={filtered ? 'true' : undefined}
        aria-expanded={filtered ? open : undefined}
        aria-controls={filtered && open ? menuId : undefined}
        onClick={() => {
          if (why) return
          if (filtered) setOpen((o) => !o)
          else onAll()
        }}
        data-testid="suggest-claims"
      >
        Suggest claims{filtered ? ' ▾' : ''}
      </button>
      {why && (
        <span id={whyId} className="visually-hidden">
          {why}
        </span>
      )}
      {open && (
        <div className="multi-select-popover suggest-menu-popover" id={menuId} role="group" aria-label="Suggest claims for">
          <button type="button" className="menu-choice" onClick={() => choose(onListed)} autoFocus data-testid="suggest-listed">
            For the {plural(listed, 'listed article')}
          </button>
          <button type="button" className="menu-choice" onClick={() => choose(onAll)} data-testid="suggest-all">
            For all {plural(inWorkspace, 'article')}
          </button>
        </div>
      )}
    </div>
  )
}
