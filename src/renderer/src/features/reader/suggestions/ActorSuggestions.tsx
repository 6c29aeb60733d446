// People and organisations the article names that the registry does not
// know yet, each with the forms the article uses; one click adds one (the
// other forms become its aliases, so its mentions are underlined at once).
import { useState } from 'react'
import type { ActorSuggestion } from '../../../../../shared/contract-suggest'
import { plural } from '../../../app/ui/format'

/** Shown before "Show all": the most mentioned come first. */
const FIRST = 8

const others = (actor: ActorSuggestion) => actor.variants.filter((v) => v !== actor.name)

type Props = { actors: ActorSuggestion[]; onAdd: (actors: ActorSuggestion[]) => Promise<void> }

export function ActorSuggestions({ actors, onAdd }: Props) {
  const [all, setAll] = useState(false)
  const [adding, setAdding] = useState<ReadonlySet<string>>(new Set())
  if (actors.length === 0) return null
  const sorted = [...actors].sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name))
  const listed = all ? sorted : sorted.slice(0, FIRST)
  const add = async (group: ActorSuggestion[]) => {
    setAdding((previous) => new Set([...previous, ...group.map((g) => g.name)]))
    try {
      await onAdd(group)
    } finally {
      setAdding((previous) => new Set([...previous].filter((name) => !group.some((g) => g.name === name))))
    }
  }
  return (
    <div className="actor-suggestions" data-testid="actor-suggestions">
      <div className="actor-suggestions-head">
        <h4>Named here, not in the registry</h4>
        <button type="button" className="link-button small" onClick={() => add(actors)} disabled={adding.size > 0} data-testid="actor-suggestions-add-all">
          Add all {actors.length}
        </button>
      </div>
      <ul className="actor-suggestion-list">
        {listed.map((actor) => (
          <li key={actor.name} className="actor-suggestion" data-testid="actor-suggestion" data-name={actor.name}>
            <div className="actor-suggestion-text">
              <span className="actor-suggestion-name">{actor.name}</span> <span className="muted small">{actor.type} · {plural(actor.mentions, 'mention')}</span>
              {others(actor).length > 0 && <span className="muted small actor-suggestion-variants">also: {others(actor).join(', ')}</span>}
            </div>
            <button type="button" className="button button-small button-quiet" onClick={() => add([actor])} disabled={adding.has(actor.name)} data-testid="actor-suggestion-add">
              Add
            </button>
          </li>
        ))}
      </ul>
      {!all && sorted.length > FIRST && (
        <button type="button" className="link-button small" onClick={() => setAll(true)}>
          Show all {sorted.length}
        </button>
      )}
    </div>
  )
}
