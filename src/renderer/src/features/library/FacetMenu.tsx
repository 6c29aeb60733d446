// A filter menu of the library: a button saying what is chosen and a
// popover of checkboxes with their counts. The options come with the page
// (facets) or from the registries, so the counts follow the search.
import { useEffect, useId, useRef, useState } from 'react'

export type FacetOption = { value: string; label: string; count?: number }

type Props = {
  label: string
  options: FacetOption[]
  selected: string[]
  onChange: (values: string[]) => void
  testId: string
}

export function FacetMenu({ label, options, selected, onChange, testId }: Props) {
  const [open, setOpen] = useState(false)
  const [find, setFind] = useState('')
  const root = useRef<HTMLDivElement>(null)
  const popoverId = useId()

  useEffect(() => {
    if (!open) return
    const outside = (event: MouseEvent) => root.current?.contains(event.target as Node) || setOpen(false)
    const escape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      event.stopPropagation()
      setOpen(false)
      root.current?.querySelector<HTMLElement>('.filter-button')?.focus()
    }
    document.addEventListener('mousedown', outside)
    document.addEventListener('keydown', escape, true)
    return () => {
      document.removeEventListener('mousedown', outside)
      document.removeEventListener('keydown', escape, true)
    }
  }, [open])

  const labelOf = (value: string) => options.find((o) => o.value === value)?.label ?? value
  // A chosen value stays listed even when the search leaves none of it.
  const all = [...options, ...selected.filter((v) => !options.some((o) => o.value === v)).map((value) => ({ value, label: value, count: 0 }))]
  const needle = find.trim().toLowerCase()
  const shown = (needle ? all.filter((o) => o.label.toLowerCase().includes(needle)) : all).slice(0, 300)
  const toggle = (value: string) => onChange(selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value])
  const summary = selected.length === 0 ? 'any' : selected.length === 1 ? labelOf(selected[0]) : `${selected.length} chosen`

  return (
    <div className="multi-select" ref={root} data-testid={testId}>
      <button type="button" className={`filter-button${selected.length ? ' is-active' : ''}`} aria-expanded={open} aria-controls={popoverId} onClick={() => setOpen((o) => !o)}>
        <span className="filter-button-label">{label}</span> <bdi className="filter-button-value">{summary}</bdi> <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div className="multi-select-popover" id={popoverId} role="group" aria-label={label}>
          {all.length > 8 && <input className="multi-select-search" type="search" placeholder={`Find ${label.toLowerCase()}…`} value={find} onChange={(e) => setFind(e.target.value)} autoFocus />}
          {shown.length === 0 ? (
            <p className="muted small">{all.length === 0 ? `No ${label.toLowerCase()} among these articles.` : 'Nothing matches.'}</p>
          ) : (
            <ul className="multi-select-list">
              {shown.map((o) => (
                <li key={o.value}>
                  <label className="check-row">
                    <input type="checkbox" checked={selected.includes(o.value)} onChange={() => toggle(o.value)} data-value={o.value} autoFocus={all.length <= 8 && o === shown[0]} />
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
            <button type="button" className="button button-small" onClick={() => setOpen(false)}>
              Done
            </button>
          </div>
        </div>
      )}
    </div>
  )
}
