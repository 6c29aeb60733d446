// Create or edit an actor: name, type, aliases (comma-separated), the actor
// it is part of (membership, picked by name), colour and description.
import { useId, useState } from 'react'
import { ACTOR_TYPES, type Actor } from '../../../../shared/domain'
import { InlineForm, NameField, type FormShell } from '../registry/InlineForm'
import { andBelow } from '../registry/tree'
import { useDraft } from '../registry/useDraft'

export type ActorDraft = Omit<Actor, 'id'>

export function parseAliases(text: string): string[] {
  return [...new Set(text.split(',').map((a) => a.trim()).filter(Boolean))]
}

type Props = {
  initial?: Actor
  /** Every actor, to pick the one this one is part of. */
  actors: Pick<Actor, 'id' | 'name' | 'memberOf'>[]
  onSubmit: (draft: ActorDraft) => Promise<boolean>
} & FormShell

/** Actors this one may be part of: not itself, nor any of its own members. */
function possibleParents(actors: Props['actors'], self: string | undefined) {
  if (!self) return actors
  const below = andBelow(self, actors, (a) => a.memberOf)
  return actors.filter((a) => !below.has(a.id))
}

export function ActorForm({ initial, actors, onSubmit, ...shell }: Props) {
  const listId = useId()
  const { draft, set, bind, reset } = useDraft({
    name: initial?.name ?? '',
    type: initial?.type ?? 'person',
    aliases: initial?.aliases.join(', ') ?? '',
    parent: actors.find((a) => a.id === initial?.memberOf)?.name ?? '',
    colour: initial?.colour ?? '',
    description: initial?.description ?? '',
  })
  const [problem, setProblem] = useState<string | null>(null)
  const parents = possibleParents(actors, initial?.id)

  const submit = async () => {
    const wanted = draft.parent.trim()
    const memberOf = wanted ? parents.find((a) => a.name.toLowerCase() === wanted.toLowerCase()) : null
    if (memberOf === undefined) {
      setProblem(`No actor named “${wanted}” can hold ${draft.name.trim() || 'this actor'}: pick one from the list, or leave “Part of” empty.`)
      return false
    }
    setProblem(null)
    const type = draft.type as Actor['type']
    return onSubmit({ name: draft.name.trim(), type, aliases: parseAliases(draft.aliases), memberOf: memberOf?.id ?? null, colour: draft.colour, description: draft.description.trim() })
  }

  return (
    <InlineForm {...shell} submitTestId="actor-submit" canSubmit={Boolean(draft.name.trim())} onSubmit={submit} onSaved={initial ? undefined : reset} problem={problem}>
      <NameField {...bind('name')} placeholder="e.g. Joe Biden" testId="actor-name" />
      <label className="field field-narrow">
        <span>Type</span>
        <select {...bind('type')} data-testid="actor-type">
          {ACTOR_TYPES.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </label>
      <label className="field field-grow">
        <span>Aliases</span>
        <input {...bind('aliases')} placeholder="Comma-separated, e.g. Biden, President-elect Joe Biden" data-testid="actor-aliases" />
      </label>
      <label className="field">
        <span>Part of</span>
        <input list={listId} {...bind('parent')} placeholder="e.g. United States" aria-invalid={Boolean(problem)} data-testid="actor-member-of" />
        <datalist id={listId}>
          {parents.map((a) => (
            <option key={a.id} value={a.name} />
          ))}
        </datalist>
      </label>
      <div className="field field-colour">
        <span>Colour</span>
        <span className="colour-pick">
          <input type="color" value={draft.colour || '#8a8f98'} onChange={(e) => set('colour', e.target.value)} className={draft.colour ? '' : 'is-unset'} aria-label="Colour in networks and charts" data-testid="actor-colour" />
          {draft.colour ? (
            <button type="button" className="link-button small" onClick={() => set('colour', '')}>
              none
            </button>
          ) : (
            <span className="muted small">by type</span>
          )}
        </span>
      </div>
      <label className="field field-wide-row">
        <span>Description</span>
        <input {...bind('description')} placeholder="Who they are, in a sentence" data-testid="actor-description" />
      </label>
    </InlineForm>
  )
}
