// Merging two actors that are one: every claim of the one that goes is
// relinked to the one that stays, its name and aliases become aliases, its
// members move over. Undoable (see MergeNotice).
import { useId, useState } from 'react'
import type { ActorWithCount } from '../../../../shared/contract'
import { Modal } from '../../app/ui/Modal'
import { plural } from '../../app/ui/format'

type Props = {
  actor: ActorWithCount
  actors: ActorWithCount[]
  busy: boolean
  onMerge: (keepId: string, mergeId: string) => Promise<boolean>
  onClose: () => void
}

export function MergeDialog({ actor, actors, busy, onMerge, onClose }: Props) {
  const listId = useId()
  const [otherName, setOtherName] = useState('')
  const [keepThis, setKeepThis] = useState(true)
  const other = actors.find((a) => a.id !== actor.id && a.name.toLowerCase() === otherName.trim().toLowerCase())
  const keep = keepThis ? actor : other
  const gone = keepThis ? other : actor

  return (
    <Modal title={`Merge ${actor.name} with another actor`} onClose={onClose} testId="merge-dialog" width="wide">
      <label className="field">
        <span>The same actor as</span>
        <input list={listId} value={otherName} onChange={(e) => setOtherName(e.target.value)} placeholder="Type a name and pick it from the list" data-testid="merge-other" />
        <datalist id={listId}>
          {actors
            .filter((a) => a.id !== actor.id)
            .map((a) => (
              <option key={a.id} value={a.name} />
            ))}
        </datalist>
      </label>
      {otherName.trim() && !other && <p className="form-problem">No actor is named “{otherName.trim()}”: pick one from the list.</p>}
      {other && keep && gone && (
        <>
          <fieldset className="merge-keep">
            <legend>Keep</legend>
            <label className="check-row">
              <input type="radio" name="keep" checked={keepThis} onChange={() => setKeepThis(true)} data-testid="merge-keep-this" />
              {actor.name} <span className="muted small">({plural(actor.claimCount, 'claim')})</span>
            </label>
            <label className="check-row">
              <input type="radio" name="keep" checked={!keepThis} onChange={() => setKeepThis(false)} data-testid="merge-keep-other" />
              {other.name} <span className="muted small">({plural(other.claimCount, 'claim')})</span>
            </label>
          </fieldset>
          <p className="merge-explain" data-testid="merge-explain">
            <strong>{gone.name}</strong> goes: its {plural(gone.claimCount, 'claim')} will name <strong>{keep.name}</strong> instead, “{gone.name}”
            {gone.aliases.length > 0 && ` and its aliases (${gone.aliases.join(', ')})`} become aliases of {keep.name}, and its members move to {keep.name}. You can undo this
            afterwards.
          </p>
        </>
      )}
      <div className="form-actions">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={busy || !keep || !gone}
          onClick={async () => {
            if (keep && gone && (await onMerge(keep.id, gone.id))) onClose()
          }}
          data-testid="merge-submit"
        >
          Merge{gone && keep ? ` ${gone.name} into ${keep.name}` : ''}
        </button>
      </div>
    </Modal>
  )
}
