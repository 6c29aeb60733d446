// After a merge: what it did, with Undo right there; and the recent merges,
// each still undoable.
import type { MergeResult, MergeSummary, UnmergeResult } from '../../../../shared/contract-analysis'
import { plural } from '../../app/ui/format'

export type MergeOutcome = { kind: 'merged'; result: MergeResult; mergedName: string } | { kind: 'undone'; result: UnmergeResult }

type NoticeProps = { outcome: MergeOutcome; busy: boolean; onUndo: (undoId: string) => void; onDismiss: () => void }

export function MergeNotice({ outcome, busy, onUndo, onDismiss }: NoticeProps) {
  return (
    <div className="banner banner-success merge-banner" role="status" data-testid="merge-banner" data-state={outcome.kind}>
      {outcome.kind === 'merged' ? (
        <span>
          Merged <strong>{outcome.mergedName}</strong> into <strong>{outcome.result.actor.name}</strong>: {plural(outcome.result.relinkedClaims, 'claim')} relinked
          {outcome.result.movedMembers > 0 && `, ${plural(outcome.result.movedMembers, 'member')} moved`}.{' '}
          <button type="button" className="button button-small" disabled={busy} onClick={() => onUndo(outcome.result.undoId)} data-testid="merge-undo">
            Undo
          </button>
        </span>
      ) : (
        <span>
          Brought back <strong>{outcome.result.restored.name}</strong> with {plural(outcome.result.restoredClaims, 'claim')}
          {outcome.result.restoredMembers > 0 && ` and ${plural(outcome.result.restoredMembers, 'member')}`}.
          {outcome.result.skipped.length > 0 && <> Kept as they are now, because they changed after the merge: {outcome.result.skipped.join('; ')}.</>}
        </span>
      )}
      <button type="button" className="icon-button" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  )
}

type RecentProps = { merges: MergeSummary[]; busy: boolean; onUndo: (undoId: string) => void }

export function RecentMerges({ merges, busy, onUndo }: RecentProps) {
  if (merges.length === 0) return null
  return (
    <section className="card" aria-label="Recent merges" data-testid="recent-merges">
      <h2 className="card-title">Recent merges</h2>
      <ul className="plain-list">
        {merges.slice(0, 10).map((m) => (
          <li key={m.undoId} className="plain-row" data-testid="recent-merge" data-merged={m.merged.name} data-keep={m.keep.name}>
            <span>
              <strong>{m.merged.name}</strong> into <strong>{m.keep.name}</strong>
              <span className="muted small">
                {' '}
                · {plural(m.claims, 'claim')}
                {m.members > 0 && `, ${plural(m.members, 'member')}`} · {new Date(m.at).toLocaleString()}
              </span>
            </span>
            <button type="button" className="button button-small button-quiet" disabled={busy} onClick={() => onUndo(m.undoId)} data-testid="recent-merge-undo">
              Undo
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
