// Create or edit an actor: name, type, aliases (comma-separated).
import { useState, type FormEvent } from 'react'
import { ACTOR_TYPES, type Actor } from '../../../../shared/domain'

export type ActorDraft = { name: string; type: Actor['type']; aliases: string[] }

export function parseAliases(text: string): string[] {
  return [...new Set(text.split(',').map((a) => a.trim()).filter(Boolean))]
}

type Props = {
  initial?: ActorDraft
  submitLabel: string
  busy: boolean
  onSubmit: (draft: ActorDraft) => Promise<boolean>
  onCancel?: () => void
  testId: string
}

export function ActorForm({ initial, submitLabel, busy, onSubmit, onCancel, testId }: Props) {
  const [name, setName] = useState(initial?.name ?? '')
  const [type, setType] = useState<Actor['type']>(initial?.type ?? 'person')
  const [aliases, setAliases] = useState(initial?.aliases.join(', ') ?? '')

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const done = await onSubmit({ name: name.trim(), type, aliases: parseAliases(aliases) })
    if (done && !initial) {
      setName('')
      setAliases('')
    }
  }

  return (
    <form className="inline-form" onSubmit={submit} data-testid={testId}>
      <label className="field">
        <span>Name</span>
        <input required value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Joe Biden" data-testid="actor-name" />
      </label>
      <label className="field field-narrow">
        <span>Type</span>
        <select value={type} onChange={(e) => setType(e.target.value as Actor['type'])} data-testid="actor-type">
          {ACTOR_TYPES.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </label>
      <label className="field field-grow">
        <span>Aliases</span>
        <input value={aliases} onChange={(e) => setAliases(e.target.value)} placeholder="Comma-separated, e.g. Biden, President-elect Joe Biden" data-testid="actor-aliases" />
      </label>
      <div className="inline-form-actions">
        <button type="submit" className="button button-primary" disabled={busy || !name.trim()} data-testid="actor-submit">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  )
}
