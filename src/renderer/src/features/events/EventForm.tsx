// Create or edit an event: name, date (YYYY-MM-DD), description.
import { useState, type FormEvent } from 'react'

export type EventDraft = { name: string; date: string; description: string }

type Props = {
  initial?: EventDraft
  submitLabel: string
  busy: boolean
  onSubmit: (draft: EventDraft) => Promise<boolean>
  onCancel?: () => void
  testId: string
}

export function EventForm({ initial, submitLabel, busy, onSubmit, onCancel, testId }: Props) {
  const [name, setName] = useState(initial?.name ?? '')
  const [date, setDate] = useState(initial?.date ?? '')
  const [description, setDescription] = useState(initial?.description ?? '')

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const done = await onSubmit({ name: name.trim(), date: date.trim(), description: description.trim() })
    if (done && !initial) {
      setName('')
      setDate('')
      setDescription('')
    }
  }

  return (
    <form className="inline-form" onSubmit={submit} data-testid={testId}>
      <label className="field field-grow">
        <span>Name</span>
        <input required value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Breach of US government agencies" data-testid="event-name" />
      </label>
      <label className="field field-narrow">
        <span>Date</span>
        <input value={date} onChange={(e) => setDate(e.target.value)} placeholder="YYYY-MM-DD" pattern="\d{4}(-\d{2}(-\d{2})?)?" title="A date like 2020-12-13" data-testid="event-date" />
      </label>
      <label className="field field-grow">
        <span>Description</span>
        <input value={description} onChange={(e) => setDescription(e.target.value)} placeholder="What happened, in a sentence" data-testid="event-description" />
      </label>
      <div className="inline-form-actions">
        <button type="submit" className="button button-primary" disabled={busy || !name.trim()} data-testid="event-submit">
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
