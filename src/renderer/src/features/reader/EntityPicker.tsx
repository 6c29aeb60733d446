// A type-ahead picker for actors (several), an event (one) or codebook tags,
// with an inline "Create …" when nothing matches: coding should never stop
// to visit another page, nor leave the keyboard. Follows the ARIA combobox
// pattern (listbox popup, active descendant).
//
// Keys: type part of a name or any alias; ↓/↑ move; Enter picks the
// highlighted entry; Shift+Enter creates one with the typed name (or picks
// it when it exists); Backspace in an empty field removes the last pick;
// Escape closes the list (a second Escape leaves the field, see ClaimDetails).
import { memo, useId, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react'
import { exactMatch, matchIndex, pickIndex, type PickItem } from './pickerMatches'
import { PERF, perfEnd, perfStart } from './perf'

type Props = {
  label: string
  testId: string
  /** The field's name for "jump to" keys (S, T, E, G). */
  field: string
  noun: string
  items: PickItem[]
  selected: string[]
  multiple: boolean
  onChange: (ids: string[]) => void
  /** Creates a new entry with this name; resolves to its id. */
  onCreate: (name: string) => Promise<string | undefined>
  placeholder?: string
  /** Not ready yet (its list is loading). */
  disabled?: boolean
}

const maps = new WeakMap<PickItem[], Map<string, PickItem>>()

/** One lookup per list, shared by the pickers that show it. */
function itemsById(items: PickItem[]): Map<string, PickItem> {
  let map = maps.get(items)
  if (!map) maps.set(items, (map = new Map(items.map((item) => [item.id, item]))))
  return map
}

type Option = { type: 'item'; item: PickItem; alias?: string } | { type: 'create'; name: string }

export const EntityPicker = memo(function EntityPicker({ label, testId, field, noun, items, selected, multiple, onChange, onCreate, placeholder, disabled }: Props) {
  const inputId = useId()
  const listId = useId()
  const [query, setQuery] = useState('')
  const [open, setOpen] = useState(false)
  const [highlight, setHighlight] = useState(0)
  const [creating, setCreating] = useState(false)
  const inputRef = useRef<HTMLInputElement>(null)

  const index = useMemo(() => pickIndex(items), [items])
  const byId = useMemo(() => itemsById(items), [items])
  const options: Option[] = useMemo(() => {
    const found: Option[] = matchIndex(index, query, multiple ? selected : []).map((m) => ({ type: 'item', item: m.item, alias: m.alias }))
    if (query.trim() && !exactMatch(index, query)) found.push({ type: 'create', name: query.trim() })
    return found
  }, [index, query, selected, multiple])

  // A keystroke is measured until the list it changed is in the DOM.
  useLayoutEffect(() => perfEnd(PERF.pickerKey), [options])

  const pick = async (option: Option) => {
    let id: string | undefined
    if (option.type === 'item') id = option.item.id
    else {
      setCreating(true)
      id = await onCreate(option.name)
      setCreating(false)
    }
    if (!id) return
    onChange(multiple ? [...selected.filter((s) => s !== id), id] : [id])
    setQuery('')
    setHighlight(0)
    // Close after each pick so the list never covers the next field; typing
    // or the arrow keys open it again.
    setOpen(false)
    inputRef.current?.focus()
  }

  const remove = (id: string) => {
    onChange(selected.filter((s) => s !== id))
    inputRef.current?.focus()
  }
  /** One event per claim: while it is set, typing picks another in its place. */
  const full = !multiple && selected.length > 0

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && !event.altKey) {
      event.preventDefault()
      if (!open) setOpen(true)
      else setHighlight((h) => Math.min(h + 1, options.length - 1))
    } else if (event.key === 'ArrowUp' && !event.altKey) {
      event.preventDefault()
      setHighlight((h) => Math.max(h - 1, 0))
    } else if (event.key === 'Enter' && query.trim()) {
      event.preventDefault()
      if (creating) return
      if (event.shiftKey) {
        const existing = exactMatch(index, query)
        void pick(existing ? { type: 'item', item: existing } : { type: 'create', name: query.trim() })
      } else if (options[highlight]) void pick(options[highlight])
    } else if (event.key === 'Enter' && open && options[highlight]) {
      event.preventDefault()
      void pick(options[highlight])
    } else if (event.key === 'Escape' && open) {
      event.stopPropagation() // close the list, keep the focus here
      event.nativeEvent.stopImmediatePropagation()
      setOpen(false)
    } else if (event.key === 'Backspace' && !query && selected.length > 0) {
      remove(selected[selected.length - 1])
    }
  }

  const showList = open && (options.length > 0 || creating)
  const optionId = (i: number) => `${listId}-${i}`

  return (
    <div className="picker" data-testid={`${testId}-picker`}>
      <label className="picker-label" htmlFor={inputId}>
        {label}
      </label>
      <div className="picker-box" onMouseDown={(e) => e.target === e.currentTarget && (e.preventDefault(), inputRef.current?.focus())}>
        {selected.map((id) => {
          const item = byId.get(id)
          const name = item?.name ?? (noun === 'tag' ? id : 'Unknown')
          return (
            <span key={id} className="chip" data-testid="picker-chip" data-id={id} style={item?.colour ? ({ '--chip-colour': item.colour } as CSSProperties) : undefined}>
              {item?.colour !== undefined && <span className="chip-dot" aria-hidden="true" />}
              {name}
              <button
                type="button"
                className="chip-remove"
                // Backspace removes chips from the keyboard; Tab goes field to field.
                tabIndex={-1}
                aria-label={`Remove ${name}`}
                onClick={() => remove(id)}
              >
                ×
              </button>
            </span>
          )
        })}
        <input
          ref={inputRef}
          id={inputId}
          className="picker-input"
          role="combobox"
          aria-expanded={showList}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={showList && options[highlight] ? optionId(highlight) : undefined}
          value={query}
          placeholder={disabled ? `Loading the ${noun}s…` : full ? `Type to change the ${noun}…` : (placeholder ?? `Type a ${noun} name…`)}
          disabled={disabled}
          onChange={(e) => {
            perfStart(PERF.pickerKey)
            setQuery(e.target.value)
            setHighlight(0)
            setOpen(true)
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
          readOnly={creating}
          aria-busy={creating}
          data-testid={testId}
          data-field={field}
        />
      </div>
      {showList && (
        // tabIndex -1: Chromium puts a scrolling list in the Tab order; Tab
        // must go on to the next field (the list closes on blur).
        <ul className="picker-list" role="listbox" id={listId} aria-label={`${label} suggestions`} tabIndex={-1}>
          {options.map((option, i) => (
            <li
              key={option.type === 'item' ? option.item.id : `create:${option.name}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === highlight}
              className={`picker-option${i === highlight ? ' is-highlighted' : ''}${option.type === 'create' ? ' picker-create' : ''}`}
              onMouseDown={(e) => e.preventDefault()} // keep focus in the input
              onMouseEnter={() => setHighlight(i)}
              onClick={() => void pick(option)}
              data-testid={option.type === 'item' ? 'picker-option' : 'picker-create'}
              data-name={option.type === 'item' ? option.item.name : option.name}
            >
              {option.type === 'item' ? (
                <>
                  {option.item.colour && <span className="chip-dot" style={{ '--chip-colour': option.item.colour } as CSSProperties} aria-hidden="true" />}
                  <span>{option.item.name}</span>
                  {option.alias && <span className="picker-alias">“{option.alias}”</span>}
                  {option.item.detail && <span className="muted picker-detail">{option.item.detail}</span>}
                </>
              ) : (
                <span>
                  Create {noun} “{option.name}” <kbd>Shift+Enter</kbd>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
})
