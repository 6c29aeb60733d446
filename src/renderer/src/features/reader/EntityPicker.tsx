// A type-ahead picker for actors (several) or an event (one), with an inline
// "Create …" when nothing matches: coding should never stop to visit another
// page. Follows the ARIA combobox pattern (listbox popup, active descendant).
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { hasExactName, matchItems, type PickItem } from './pickerMatches'

type Props = {
  label: string
  testId: string
  noun: string
  items: PickItem[]
  selected: string[]
  multiple: boolean
  onChange: (ids: string[]) => void
  /** Creates a new entry with this name; resolves to its id. */
  onCreate: (name: string) => Promise<string | undefined>
  placeholder?: string
}

type Option = { type: 'item'; item: PickItem } | { type: 'create'; name: string }

export function EntityPicker({ label, testId, noun, items, selected, multiple, onChange, onCreate, placeholder }: Props) {
  const inputId = useId()
  const listId = useId()
  const [query, setQuery] = useState('')
  const [open, setOpen] = useState(false)
  const [highlight, setHighlight] = useState(0)
  const [creating, setCreating] = useState(false)
  const inputRef = useRef<HTMLInputElement>(null)

  const byId = useMemo(() => new Map(items.map((item) => [item.id, item])), [items])
  const options: Option[] = useMemo(() => {
    const found: Option[] = matchItems(items, query, multiple ? selected : []).map((item) => ({ type: 'item', item }))
    if (query.trim() && !hasExactName(items, query)) found.push({ type: 'create', name: query.trim() })
    return found
  }, [items, query, selected, multiple])

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
  }

  const remove = (id: string) => {
    onChange(selected.filter((s) => s !== id))
    // The input reappears for a single pick; keep typing where the chip was.
    if (!multiple) setTimeout(() => inputRef.current?.focus(), 0)
  }
  /** One event per claim: while it is set, the chip stands alone. */
  const full = !multiple && selected.length > 0

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault()
      setOpen(true)
      setHighlight((h) => Math.min(h + 1, options.length - 1))
    } else if (event.key === 'ArrowUp') {
      event.preventDefault()
      setHighlight((h) => Math.max(h - 1, 0))
    } else if (event.key === 'Enter') {
      event.preventDefault()
      const option = options[highlight]
      if (open && option && !creating) void pick(option)
    } else if (event.key === 'Escape' && open) {
      event.stopPropagation() // close the list, keep the claim active
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
          const name = byId.get(id)?.name ?? 'Unknown'
          return (
            <span key={id} className="chip" data-testid="picker-chip" data-id={id}>
              {name}
              <button type="button" className="chip-remove" aria-label={`Remove ${name}`} onClick={() => remove(id)}>
                ×
              </button>
            </span>
          )
        })}
        <input
          hidden={full}
          ref={inputRef}
          id={inputId}
          className="picker-input"
          role="combobox"
          aria-expanded={showList}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={showList && options[highlight] ? optionId(highlight) : undefined}
          value={query}
          placeholder={placeholder ?? `Type a ${noun} name…`}
          onChange={(e) => {
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
        />
      </div>
      {showList && (
        <ul className="picker-list" role="listbox" id={listId} aria-label={`${label} suggestions`}>
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
                  <span>{option.item.name}</span>
                  {option.item.detail && <span className="muted picker-detail">{option.item.detail}</span>}
                </>
              ) : (
                <span>
                  Create {noun} “{option.name}”
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
