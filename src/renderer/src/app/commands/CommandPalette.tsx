// The command palette (Ctrl/Cmd+K): every action by name, with its keys.
// Type to narrow the list (all words must match), arrows to move, Enter to
// run. It closes before running, so a command that moves the focus (into
// the speakers field, say) keeps it.
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { Modal } from '../ui/Modal'
import { displayKeys } from '../keyboard'
import type { AppCommand } from './registry'

export function matchCommands(commands: AppCommand[], query: string): AppCommand[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  return commands.filter((c) => {
    const haystack = `${c.label} ${c.group} ${(c.keys ?? []).join(' ')}`.toLowerCase()
    return words.every((w) => haystack.includes(w))
  })
}

export function CommandPalette({ commands, onClose }: { commands: AppCommand[]; onClose: () => void }) {
  const [query, setQuery] = useState('')
  const [highlight, setHighlight] = useState(0)
  const listId = useId()
  const listRef = useRef<HTMLUListElement>(null)
  const shown = useMemo(() => matchCommands(commands, query), [commands, query])

  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' })
  }, [highlight])

  const run = (command: AppCommand | undefined) => {
    if (!command || command.enabled === false) return
    onClose()
    // After the palette has gone and given the focus back.
    setTimeout(() => command.run(), 0)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault()
      setHighlight((h) => Math.min(h + 1, shown.length - 1))
    } else if (event.key === 'ArrowUp') {
      event.preventDefault()
      setHighlight((h) => Math.max(h - 1, 0))
    } else if (event.key === 'Enter') {
      event.preventDefault()
      run(shown[highlight])
    }
  }

  return (
    <Modal title="Commands" onClose={onClose} testId="command-palette" width="wide">
      <input
        className="palette-input"
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={shown[highlight] ? `${listId}-${highlight}` : undefined}
        aria-label="Type a command"
        placeholder="Type a command… (tag, next claim, speakers, undo, theme…)"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value)
          setHighlight(0)
        }}
        onKeyDown={onKeyDown}
        data-autofocus
        data-testid="palette-input"
      />
      <ul className="palette-list" role="listbox" id={listId} ref={listRef} aria-label="Commands" tabIndex={-1}>
        {shown.map((command, i) => (
          <li
            key={command.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === highlight}
            aria-disabled={command.enabled === false}
            className={`palette-option${i === highlight ? ' is-highlighted' : ''}`}
            onMouseEnter={() => setHighlight(i)}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => run(command)}
            data-testid="palette-option"
            data-command={command.id}
          >
            <span className="palette-group">{command.group}</span>
            <span className="palette-label">{command.label}</span>
            <span className="palette-keys">
              {displayKeys(command.keys ?? []).map((k) => (
                <kbd key={k}>{k}</kbd>
              ))}
            </span>
          </li>
        ))}
        {shown.length === 0 && <li className="palette-empty muted">No command matches “{query}”.</li>}
      </ul>
    </Modal>
  )
}
