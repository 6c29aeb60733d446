// The parts every "choose several" filter menu shares (the library's facet
// menus, the comparison filters): closing the popover on a click outside or
// Escape, and the list of checkboxes with Clear and Done.
import { useEffect, type RefObject } from 'react'

export type CheckOption = { value: string; label: string; count?: number }

/** While open: a click outside the menu or Escape closes it (Escape also
 * gives the focus back to the menu's button). */
export function usePopoverDismiss(open: boolean, close: () => void, root: RefObject<HTMLDivElement | null>): void {
  useEffect(() => {
    if (!open) return
    const outside = (event: MouseEvent) => root.current?.contains(event.target as Node) || close()
    const escape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      event.stopPropagation()
      close()
      root.current?.querySelector<HTMLElement>('.filter-button')?.focus()
    }
    document.addEventListener('mousedown', outside)
    document.addEventListener('keydown', escape, true)
    return () => {
      document.removeEventListener('mousedown', outside)
      document.removeEventListener('keydown', escape, true)
    }
  }, [open, close, root])
}

type Props = {
  shown: CheckOption[]
  selected: string[]
  onChange: (values: string[]) => void
  onDone: () => void
  /** Said when there is nothing to list. */
  empty: string
  /** Focus the first box when the list is short (no search box above it). */
  focusFirst?: boolean
}

/** Checkboxes (labels isolated for right-to-left names), then Clear and Done. */
export function CheckOptions({ shown, selected, onChange, onDone, empty, focusFirst = false }: Props) {
  const toggle = (value: string) => onChange(selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value])
  return (
    <>
      {shown.length === 0 ? (
        <p className="muted small">{empty}</p>
      ) : (
        <ul className="multi-select-list">
          {shown.map((o) => (
            <li key={o.value}>
              <label className="check-row">
                <input type="checkbox" checked={selected.includes(o.value)} onChange={() => toggle(o.value)} data-value={o.value} autoFocus={focusFirst && o === shown[0]} />
                <bdi className="check-label">{o.label}</bdi>
                {o.count !== undefined && <span className="muted small facet-count">{o.count.toLocaleString()}</span>}
              </label>
            </li>
          ))}
        </ul>
      )}
      <div className="multi-select-actions">
        <button type="button" className="link-button small" onClick={() => onChange([])} disabled={selected.length === 0}>
          Clear
        </button>
        <button type="button" className="button button-small" onClick={onDone}>
          Done
        </button>
      </div>
    </>
  )
}
