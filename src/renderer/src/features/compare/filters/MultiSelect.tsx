// A compact "choose several" menu: a button that says what is chosen and a
// popover of checkboxes with a search box. Its options load when it first
// opens, so a filter bar costs nothing until someone uses it.
import { useCallback, useEffect, useId, useRef, useState } from 'react'
import { CheckOptions, usePopoverDismiss } from '../../../app/ui/CheckMenu'

export type Option = { value: string; label?: string; count?: number }

type Props = {
  label: string
  /** Shown when nothing is chosen (nothing chosen = everything). */
  allLabel: string
  selected: string[]
  onChange: (values: string[]) => void
  loadOptions: () => Promise<Option[]>
  testId: string
}

export function MultiSelect({ label, allLabel, selected, onChange, loadOptions, testId }: Props) {
  const [open, setOpen] = useState(false)
  const [options, setOptions] = useState<Option[] | null>(null)
  const [failed, setFailed] = useState<string | null>(null)
  const [query, setQuery] = useState('')
  const root = useRef<HTMLDivElement>(null)
  const listId = useId()

  useEffect(() => {
    if (!open || options) return
    loadOptions().then(setOptions, (err: unknown) => setFailed(err instanceof Error ? err.message : String(err)))
  }, [open, options, loadOptions])

  const close = useCallback(() => setOpen(false), [])
  usePopoverDismiss(open, close, root)

  const needle = query.trim().toLowerCase()
  // Chosen values stay listed even when the workspace no longer has them.
  const all: Option[] = [...(options ?? []), ...selected.filter((v) => !options?.some((o) => o.value === v)).map((value) => ({ value }))]
  const shown = needle ? all.filter((o) => (o.label ?? o.value).toLowerCase().includes(needle)) : all
  const summary = selected.length === 0 ? allLabel : selected.length === 1 ? selected[0] || '(none)' : `${selected.length} chosen`

  return (
    <div className="multi-select" ref={root} data-testid={testId}>
      <button type="button" className={`filter-button${selected.length ? ' is-active' : ''}`} aria-expanded={open} aria-controls={listId} onClick={() => setOpen((o) => !o)}>
        <span className="filter-button-label">{label}</span> <span className="filter-button-value">{summary}</span> <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div className="multi-select-popover" id={listId} role="group" aria-label={label}>
          <input className="multi-select-search" type="search" placeholder={`Find ${label.toLowerCase()}…`} value={query} onChange={(e) => setQuery(e.target.value)} autoFocus />
          {failed ? (
            <p className="muted small">{failed}</p>
          ) : !options ? (
            <p className="muted small">Loading…</p>
          ) : (
            <CheckOptions
              shown={shown.map((o) => ({ value: o.value, label: o.label ?? (o.value || '(no outlet)'), count: o.count }))}
              selected={selected}
              onChange={onChange}
              onDone={close}
              empty={all.length === 0 ? `No ${label.toLowerCase()} in this workspace yet.` : 'Nothing matches.'}
            />
          )}
        </div>
      )}
    </div>
  )
}
