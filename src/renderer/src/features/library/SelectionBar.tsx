// What can be done with the chosen articles: edit their metadata at once,
// export them, suggest claims in them, or let them go.
import { useState } from 'react'
import { plural } from '../../app/ui/format'
import { ExportButton } from '../export/ExportButton'
import { BulkEditDialog } from './BulkEditDialog'

type Props = {
  ids: string[]
  /** Tags of the listed articles, to offer for removal. */
  knownTags: string[]
  onClear: () => void
  onEdited: (updated: number) => void
  /** Claim suggestions for the chosen articles (a background job). */
  onSuggest: () => void
  /** Why suggestions cannot start now, or null. */
  cannotSuggest: string | null
}

export function SelectionBar({ ids, knownTags, onClear, onEdited, onSuggest, cannotSuggest }: Props) {
  const [editing, setEditing] = useState(false)
  return (
    <div className="selection-bar" role="region" aria-label="Chosen articles" data-testid="selection-bar" data-count={ids.length}>
      <strong data-testid="selection-count">{plural(ids.length, 'article')} chosen</strong>
      <button type="button" className="button button-small button-primary" onClick={() => setEditing(true)} data-testid="bulk-edit">
        Edit metadata…
      </button>
      <ExportButton scope={{ type: 'articles', ids }} />
      <button
        type="button"
        className="button button-small"
        aria-disabled={cannotSuggest ? true : undefined}
        title={cannotSuggest ?? 'Suggest claims in the chosen articles; nothing is coded until you accept'}
        onClick={() => cannotSuggest || onSuggest()}
        data-testid="selection-suggest"
      >
        Suggest claims
      </button>
      <button type="button" className="link-button" onClick={onClear} data-testid="selection-clear">
        Clear selection
      </button>
      {editing && (
        <BulkEditDialog
          ids={ids}
          knownTags={knownTags}
          onClose={() => setEditing(false)}
          onDone={(updated) => {
            setEditing(false)
            onEdited(updated)
          }}
        />
      )}
    </div>
  )
}
