// Create or edit an event: name, date or date range, the event it is part
// of (the breach of US agencies is part of US–Russia relations), description.
import { useState } from 'react'
import type { Event } from '../../../../shared/domain'
import { InlineForm, NameField, type FormShell } from '../registry/InlineForm'
import { andBelow } from '../registry/tree'
import { useDraft } from '../registry/useDraft'
import { eventTree, treeLabel } from './eventTree'

export type EventDraft = Omit<Event, 'id'>

type Props = {
  initial?: Event
  events: Event[]
  onSubmit: (draft: EventDraft) => Promise<boolean>
} & FormShell

const DATE_PATTERN = '\\d{4}(-\\d{2}(-\\d{2})?)?'

/** What is wrong with the dates, if anything (the store says the same; this says it before saving). */
function datesProblem(start: string, end: string): string | null {
  if (end && !start) return 'An event with an end date needs a start date too.'
  if (start && end && end < start && !end.startsWith(start)) return 'The end date is before the start date: swap them.'
  return null
}

export function EventForm({ initial, events, onSubmit, ...shell }: Props) {
  const { draft, bind, reset } = useDraft({
    name: initial?.name ?? '',
    date: initial?.date ?? '',
    endDate: initial?.endDate ?? '',
    parentId: initial?.parentId ?? '',
    description: initial?.description ?? '',
  })
  const [problem, setProblem] = useState<string | null>(null)
  const below = initial ? andBelow(initial.id, events, (e) => e.parentId) : new Set<string>()
  const parents = eventTree(events.filter((e) => !below.has(e.id)))

  const submit = async () => {
    const [date, endDate] = [draft.date.trim(), draft.endDate.trim()]
    const wrong = datesProblem(date, endDate)
    setProblem(wrong)
    if (wrong) return false
    return onSubmit({ name: draft.name.trim(), date, endDate, parentId: draft.parentId || null, description: draft.description.trim() })
  }

  return (
    <InlineForm {...shell} submitTestId="event-submit" canSubmit={Boolean(draft.name.trim())} onSubmit={submit} onSaved={initial ? undefined : reset} problem={problem}>
      <NameField {...bind('name')} placeholder="e.g. Breach of US government agencies" testId="event-name" wide />
      <label className="field field-narrow">
        <span>Date</span>
        <input {...bind('date')} placeholder="YYYY-MM-DD" pattern={DATE_PATTERN} title="A date like 2020-12-13 (or a month, 2020-12)" data-testid="event-date" />
      </label>
      <label className="field field-narrow">
        <span>Until (optional)</span>
        <input {...bind('endDate')} placeholder="YYYY-MM-DD" pattern={DATE_PATTERN} title="The last day, for an event that spans several days" data-testid="event-end-date" />
      </label>
      <label className="field">
        <span>Part of</span>
        <select {...bind('parentId')} data-testid="event-parent">
          <option value="">— none —</option>
          {parents.map(({ event, depth }) => (
            <option key={event.id} value={event.id}>
              {treeLabel(depth, event.name)}
            </option>
          ))}
        </select>
      </label>
      <label className="field field-wide-row">
        <span>Description</span>
        <input {...bind('description')} placeholder="What happened, in a sentence" data-testid="event-description" />
      </label>
    </InlineForm>
  )
}
