// The editor of the active claim: kind, who speaks, about whom, which event,
// a note. Each change is saved as soon as it is made (the note on blur).
import { useState } from 'react'
import { KINDS, type Claim, type Kind } from '../../../../shared/domain'
import { KIND_STYLES } from '../../../../shared/kinds'
import type { ClaimPatch } from './claimPatch'
import { EntityPicker } from './EntityPicker'
import type { PickItem } from './pickerMatches'

type Props = {
  claim: Claim
  actors: PickItem[]
  events: PickItem[]
  onKind: (kind: Kind) => void
  onPatch: (patch: ClaimPatch) => void
  onDelete: () => void
  onCreateActor: (name: string) => Promise<string | undefined>
  onCreateEvent: (name: string) => Promise<string | undefined>
}

export function ClaimDetails({ claim, actors, events, onKind, onPatch, onDelete, onCreateActor, onCreateEvent }: Props) {
  const [note, setNote] = useState(claim.note)
  return (
    <div className="claim-details" data-testid="claim-details" data-claim-id={claim.id}>
      <div className="claim-details-row">
        <label className="field field-inline">
          <span>Kind</span>
          <select value={claim.kind} onChange={(e) => onKind(e.target.value as Kind)} data-testid="claim-kind">
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {KIND_STYLES[kind].letter} — {KIND_STYLES[kind].label}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button button-small button-danger-quiet"
          onClick={onDelete}
          title="Removes the highlight and its coding; the article text stays as it is."
          data-testid="claim-delete"
        >
          Delete claim
        </button>
      </div>
      <EntityPicker
        label="Speakers"
        testId="speakers-input"
        noun="actor"
        items={actors}
        selected={claim.speakers}
        multiple
        onChange={(speakers) => onPatch({ speakers })}
        onCreate={onCreateActor}
        placeholder="Who makes this claim?"
      />
      <EntityPicker
        label="Targets"
        testId="targets-input"
        noun="actor"
        items={actors}
        selected={claim.targets}
        multiple
        onChange={(targets) => onPatch({ targets })}
        onCreate={onCreateActor}
        placeholder="Who is it about?"
      />
      <EntityPicker
        label="Event"
        testId="event-input"
        noun="event"
        items={events}
        selected={claim.eventId ? [claim.eventId] : []}
        multiple={false}
        onChange={(ids) => onPatch({ eventId: ids[0] ?? null })}
        onCreate={onCreateEvent}
        placeholder="Which event is it about?"
      />
      <label className="field">
        <span>Note</span>
        <textarea
          rows={2}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          onBlur={() => note !== claim.note && onPatch({ note })}
          placeholder="Context, doubts, coding decisions…"
          data-testid="claim-note"
        />
      </label>
    </div>
  )
}
