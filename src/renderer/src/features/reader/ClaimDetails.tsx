// The editor of the active claim: kind, who speaks, about whom, which event,
// codebook tags, a note. Each change is saved as soon as it is made (the note
// when the field is left, or Ctrl/Cmd+Enter) and can be undone. Tab goes
// field to field; Escape in a field (its list closed) goes back to the text.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { KINDS, type Claim, type Kind } from '../../../../shared/domain'
import { KIND_STYLES } from '../../../../shared/kinds'
import { isModKey } from '../../app/keyboard'
import type { ClaimPatch } from './claimPatch'
import { EntityPicker } from './EntityPicker'
import type { PickItem } from './pickerMatches'

const NONE: PickItem[] = []

type Props = {
  claimId: string
  kind: Kind
  /** The stored record; undefined for a claim whose first save is on its way. */
  record: Claim | undefined
  /** null while the actor registry is still loading. */
  actors: PickItem[] | null
  events: PickItem[]
  tags: PickItem[]
  /** Where the click or the caret is on several claims: which one this is. */
  overlap: { index: number; count: number } | null
  /** A field to move the focus into (S, T, E, N, G), once this editor is shown. */
  focusField: string | null
  onFocused: () => void
  onKind: (kind: Kind) => void
  onPatch: (patch: ClaimPatch, label: string) => void
  onDelete: () => void
  onCreateActor: (name: string) => Promise<string | undefined>
  onCreateEvent: (name: string) => Promise<string | undefined>
  onCreateTag: (name: string) => Promise<string | undefined>
  onExit: () => void
}

export function ClaimDetails(props: Props) {
  const { claimId, kind, record, actors, events, tags, overlap, onPatch } = props
  const storedNote = record?.note ?? ''
  const [note, setNote] = useState(storedNote)
  const noteRef = useRef<HTMLTextAreaElement>(null)
  /** The note as last saved from here or stored: Ctrl+Enter and the blur that
   * follows it save once. */
  const savedNote = useRef(storedNote)
  // An undo or redo changes the stored note: show it unless it is being typed.
  useEffect(() => {
    savedNote.current = storedNote
    if (document.activeElement !== noteRef.current) setNote(storedNote)
  }, [storedNote])
  const saveNote = () => {
    if (note === savedNote.current) return
    savedNote.current = note
    onPatch({ note }, 'note')
  }
  const rootRef = useRef<HTMLDivElement>(null)
  const { focusField, onFocused } = props
  useEffect(() => {
    if (!focusField) return
    rootRef.current?.querySelector<HTMLElement>(`[data-field="${focusField}"]`)?.focus()
    onFocused()
  }, [focusField, onFocused])

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault()
      if (event.target === noteRef.current) saveNote()
      props.onExit()
    } else if (event.key === 'Enter' && isModKey(event) && event.target === noteRef.current) {
      event.preventDefault()
      saveNote()
      props.onExit()
    }
  }

  return (
    <div ref={rootRef} className="claim-details" data-testid="claim-details" data-claim-id={claimId} onKeyDown={onKeyDown}>
      {overlap && overlap.count > 1 && (
        <p className="claim-overlap" data-testid="claim-overlap">
          Claim {overlap.index + 1} of {overlap.count} at this spot — click the text again (or press <kbd>C</kbd>) for the next.
        </p>
      )}
      <div className="claim-details-row">
        <label className="field field-inline">
          <span>Kind</span>
          <select value={kind} onChange={(e) => props.onKind(e.target.value as Kind)} data-testid="claim-kind" data-field="kind">
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_STYLES[k].letter} — {KIND_STYLES[k].label} ({KIND_STYLES[k].key})
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button button-small button-danger-quiet"
          onClick={props.onDelete}
          title="Removes the highlight and its coding; the article text stays as it is. Undo brings it back. Key: Delete"
          data-testid="claim-delete"
        >
          Delete claim
        </button>
      </div>
      <EntityPicker
        label="Speakers"
        testId="speakers-input"
        field="speakers"
        noun="actor"
        items={actors ?? NONE}
        disabled={!actors}
        selected={record?.speakers ?? []}
        multiple
        onChange={(speakers) => onPatch({ speakers }, 'speakers')}
        onCreate={props.onCreateActor}
        placeholder="Who makes this claim? (S)"
      />
      <EntityPicker
        label="Targets"
        testId="targets-input"
        field="targets"
        noun="actor"
        items={actors ?? NONE}
        disabled={!actors}
        selected={record?.targets ?? []}
        multiple
        onChange={(targets) => onPatch({ targets }, 'targets')}
        onCreate={props.onCreateActor}
        placeholder="Who is it about? (T)"
      />
      <EntityPicker
        label="Event"
        testId="event-input"
        field="event"
        noun="event"
        items={events}
        selected={record?.eventId ? [record.eventId] : []}
        multiple={false}
        onChange={(ids) => onPatch({ eventId: ids[0] ?? null }, 'event')}
        onCreate={props.onCreateEvent}
        placeholder="Which event is it about? (E)"
      />
      <EntityPicker
        label="Tags"
        testId="tags-input"
        field="tags"
        noun="tag"
        items={tags}
        selected={record?.tags ?? []}
        multiple
        onChange={(names) => onPatch({ tags: names }, 'tags')}
        onCreate={props.onCreateTag}
        placeholder="Frames from the codebook: security, economy… (G)"
      />
      <label className="field">
        <span>Note</span>
        <textarea
          ref={noteRef}
          rows={2}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          onBlur={saveNote}
          placeholder="Context, doubts, coding decisions… (N; Ctrl+Enter saves)"
          data-testid="claim-note"
          data-field="note"
        />
      </label>
    </div>
  )
}
