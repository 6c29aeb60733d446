// The end of a batch import: what arrived, what was left out and why. Every
// failed file is listed with the importer's reason; long lists can be saved
// as a text file to work through.
import type { FileOutcome } from '../../../../shared/contract-import'
import { plural } from '../../app/ui/format'
import { api, useAction } from '../../app/useApi'
import { summaryOf, type BatchState } from './useBatchImport'

/** Lists stay readable; the rest is in the saved list. */
const SHOWN = 300

export function BatchSummary({ state, onOpen, onMore, onDone }: { state: BatchState; onOpen: (articleId: string) => void; onMore: () => void; onDone: () => void }) {
  const sum = summaryOf(state)
  const { run } = useAction()
  const problems = [
    ...sum.failures.map((f) => `FAILED\t${f.file}\t${f.reason}`),
    ...sum.duplicateFiles.filter((d) => !d.kept).map((d) => `DUPLICATE\t${d.file}\tthe same text as “${d.existingTitle}”`),
    ...sum.skips.map((s) => `SKIPPED\t${s.file}\t${s.reason}`),
    ...sum.warnings.map((w) => `WARNING\t${w.file}\t${w.message}`),
  ]
  const saveList = () => run(() => api().file.save({ fileName: 'import-report.txt', mimeType: 'text/plain', content: problems.join('\n') + '\n' }), 'Could not save the list')
  const title = state.cancelled ? 'Import cancelled' : state.error && !state.status ? 'Import did not start' : 'Import finished'
  return (
    <section className="batch-summary" aria-label="Import summary" data-testid="import-summary" data-imported={sum.imported} data-duplicates={sum.duplicates} data-failed={sum.failures.length}>
      <h3 className="batch-summary-title">{title}</h3>
      {state.status && <FilesDone done={state.status.done} total={state.status.total ?? state.expected} />}
      <ul className="summary-counts">
        <li className="count-ok" data-testid="summary-imported">
          <strong>{sum.imported.toLocaleString()}</strong> imported
          {sum.claims > 0 && <span className="muted"> with {plural(sum.claims, 'claim')}</span>}
        </li>
        <li data-testid="summary-duplicates">
          <strong>{sum.duplicates.toLocaleString()}</strong> skipped as duplicate{sum.duplicates === 1 ? '' : 's'}
        </li>
        <li className={sum.failures.length ? 'count-bad' : ''} data-testid="summary-failed">
          <strong>{sum.failures.length.toLocaleString()}</strong> failed
        </li>
        {sum.keptDuplicates > 0 && <li>{plural(sum.keptDuplicates, 'duplicate')} kept as second copies</li>}
        {sum.actorsCreated > 0 && <li>{plural(sum.actorsCreated, 'new actor')}</li>}
        {state.ignored > 0 && <li className="muted">{plural(state.ignored, 'system file')} (like .DS_Store) left out</li>}
      </ul>
      {state.cancelled && <p className="muted">What was imported before you cancelled stays in the library; the other files were not imported. Import them again to finish: files already in are recognised as duplicates.</p>}
      {state.error && (
        <p className="batch-error" role="alert" data-testid="summary-error">
          {state.error}
        </p>
      )}
      <OutcomeList title="Failed files" testId="summary-failure" items={sum.failures} open />
      <OutcomeList title="Skipped as duplicates" testId="summary-duplicate" items={sum.duplicateFiles.filter((d) => !d.kept).map((d) => ({ file: d.file, reason: `the same text as “${d.existingTitle}”, already in the workspace.` }))} />
      <OutcomeList title="Left out" testId="summary-skip" items={sum.skips} />
      <OutcomeList title="Imported with warnings" testId="summary-warning" items={sum.warnings.map((w) => ({ file: w.file, reason: w.message }))} />
      {sum.recent.length > 0 && (
        <details className="summary-list">
          <summary>Last imported</summary>
          <ul>
            {sum.recent.map((r) => (
              <li key={r.articleId}>
                <button type="button" className="link-button" onClick={() => onOpen(r.articleId)}>
                  <bdi>{r.title}</bdi>
                </button>{' '}
                <span className="muted file-name">{r.file}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
      <div className="form-actions">
        {problems.length > 0 && (
          <button type="button" className="button button-quiet" onClick={() => void saveList()} data-testid="summary-save">
            Save this list
          </button>
        )}
        <button type="button" className="button" onClick={onMore} data-testid="summary-more">
          Import more
        </button>
        <button type="button" className="button button-primary" onClick={onDone} data-testid="summary-done" data-autofocus>
          Done
        </button>
      </div>
    </section>
  )
}

function OutcomeList({ title, items, testId, open = false }: { title: string; items: FileOutcome[]; testId: string; open?: boolean }) {
  if (!items.length) return null
  return (
    <details className={`summary-list summary-${testId}`} open={open}>
      <summary>
        {title} ({items.length.toLocaleString()})
      </summary>
      <ul>
        {items.slice(0, SHOWN).map((item, i) => (
          <li key={`${i}-${item.file}`} data-testid={testId} data-file={item.file}>
            {item.file && (
              <>
                <bdi className="file-name">{item.file}</bdi>
                {' — '}
              </>
            )}
            <span className="outcome-reason">{item.reason}</span>
          </li>
        ))}
      </ul>
      {items.length > SHOWN && <p className="muted small">…and {(items.length - SHOWN).toLocaleString()} more: “Save this list” writes them all to a file.</p>}
    </details>
  )
}

/** Where the batch ended: all files read, or how far a cancelled one got. */
function FilesDone({ done, total }: { done: number; total: number }) {
  return (
    <p className="summary-done muted small">
      <progress className="batch-bar" max={Math.max(total, 1)} value={done} aria-label="Files processed" data-testid="summary-progress" data-done={done} data-total={total} />
      {done === total ? `All ${total.toLocaleString()} file${total === 1 ? '' : 's'} processed.` : `${done.toLocaleString()} of ${total.toLocaleString()} files processed.`}
    </p>
  )
}
