// Accepting a suggestion is coding like any other: claim marks added in one
// editor transaction (saved with the body, undone by the reader's history),
// then the speakers and cue set on each new claim with session.patch. The
// history then holds one mark entry and one link entry per claim; undo and
// redo take them together (undoRedoAccepts), so one Ctrl+Z takes an accepted
// suggestion back whole, as one key made it.
import type { Editor } from '@tiptap/core'
import { TextSelection } from '@tiptap/pm/state'
import { nanoid } from 'nanoid'
import type { Kind } from '../../../../../shared/domain'
import { KIND_STYLES } from '../../../../../shared/kinds'
import { LABEL_META, trimmedRange } from '../editorClaims'
import type { CodingSession } from '../session/CodingSession'
import type { Range } from './placement'

/** Labels in the undo history ("Undo accept suggestion as denial"). */
const ACCEPT_LABEL = 'accept suggestion'
export const ACCEPT_LINKS_LABEL = 'speaker and cue of the accepted suggestion'

export type Acceptance = { range: Range; kind: Kind }

/** Marks the ranges as claims in one transaction (one undo step); returns
 * the new claim ids in the order given, null for a range of blanks only.
 * The caret ends after the last claim, so "next suggestion" goes on from there. */
export function addAcceptedClaims(editor: Editor, accepted: readonly Acceptance[]): (string | null)[] {
  const tr = editor.state.tr
  let end = -1
  const ids = accepted.map(({ range, kind }) => {
    const trimmed = trimmedRange(tr.doc, range)
    if (!trimmed) return null
    const id = nanoid(12)
    tr.addMark(trimmed.from, trimmed.to, editor.schema.marks.claim.create({ id, kind }))
    end = Math.max(end, trimmed.to)
    return id
  })
  if (end < 0) return ids
  tr.setSelection(TextSelection.create(tr.doc, end))
  const kinds = [...new Set(accepted.map((a) => KIND_STYLES[a.kind].label.toLowerCase()))]
  const count = ids.filter(Boolean).length
  tr.setMeta(LABEL_META, count === 1 ? `${ACCEPT_LABEL} as ${kinds[0]}` : `${ACCEPT_LABEL}s (${count})`)
  editor.view.dispatch(tr)
  return ids
}

/** What an accepted claim is linked to: the speaker actors and the cue. */
export type AcceptedLinks = { speakers: string[]; cue: string }

/** Sets the links of a claim just accepted (nothing when there are none). */
export function linkAcceptedClaim(session: CodingSession, claimId: string, links: AcceptedLinks): void {
  const patch = { ...(links.speakers.length > 0 ? { speakers: links.speakers } : {}), ...(links.cue ? { cue: links.cue } : {}) }
  if (Object.keys(patch).length > 0) session.patch(claimId, patch, ACCEPT_LINKS_LABEL)
}

const isAccept = (label: string | null) => !!label?.startsWith(ACCEPT_LABEL)

/** Undo or redo, taking an accepted suggestion's marks and links together.
 * Returns the label of what was undone or redone (null: nothing to do). */
export function undoRedoAccepts(session: CodingSession, direction: 'undo' | 'redo'): string | null {
  const { history } = session
  if (direction === 'undo') {
    if (history.undoLabel !== ACCEPT_LINKS_LABEL) return session.undo()
    // The links first (they were set last), then the marks they belong to.
    while (history.undoLabel === ACCEPT_LINKS_LABEL) session.undo()
    return isAccept(history.undoLabel) ? session.undo() : ACCEPT_LINKS_LABEL
  }
  const label = session.redo()
  if (isAccept(label)) while (history.redoLabel === ACCEPT_LINKS_LABEL) session.redo()
  return label
}
