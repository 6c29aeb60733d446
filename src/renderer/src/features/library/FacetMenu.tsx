// A filter menu of the library: a button saying what is chosen and a
// popover of checkboxes with their counts. The options come with the page
// (facets) or from the registries, so the counts follow the search.
import { useCallback, useId, useRef, useState } from 'react'
import { CheckOptions, usePopoverDismiss, type CheckOption } from '../../app/ui/CheckMenu'

export type FacetOption = CheckOption

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

  const close = useCallback(() => setOpen(false), [])
  usePopoverDismiss(open, close, root)

  const labelOf = (value: string) => options.find((o) => o.value === value)?.label ?? value
  // A chosen value stays listed even when the search leaves none of it.
  const all = [...options, ...selected.filter((v) => !options.some((o) => o.value === v)).map((value) => ({ value, label: value, count: 0 }))]
  const needle = find.trim().toLowerCase()
  const shown = (needle ? all.filter((o) => o.label.toLowerCase().includes(needle)) : all).slice(0, 300)
  const summary = selected.length === 0 ? 'any' : selected.length === 1 ? labelOf(selected[0]) : `${selected.length} chosen`

  return (
    <div className="multi-select" ref={root} data-testid={testId}>
      <button type="button" className={`filter-button${selected.length ? ' is-active' : ''}`} aria-expanded={open} aria-controls={popoverId} onClick={() => setOpen((o) => !o)}>
        <span className="filter-button-label">{label}</span> <bdi className="filter-button-value">{summary}</bdi> <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div className="multi-select-popover" id={popoverId} role="group" aria-label={label}>
          {all.length > 8 && <input className="multi-select-search" type="search" placeholder={`Find ${label.toLowerCase()}…`} value={find} onChange={(e) => setFind(e.target.value)} autoFocus />}
          <CheckOptions
            shown={shown}
            selected={selected}
            onChange={onChange}
            onDone={close}
            empty={all.length === 0 ? `No ${label.toLowerCase()} among these articles.` : 'Nothing matches.'}
            focusFirst={all.length <= 8}
          />
        </div>
      )}
    </div>
  )
}
