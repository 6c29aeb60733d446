// The library's strip for claim suggestions over many articles: while the
// job runs, its progress (done of total, the article being read, Cancel);
// when it ends, the summary — articles analysed, open suggestions found,
// the articles with most of them to open in the reader, any article that
// could not be read. Nothing is coded: the researcher accepts or rejects
// each suggestion in the reader.
import { useState } from 'react'
import { SUGGEST_TOP_ARTICLES } from '../../../../shared/contract-suggest'
import { JobProgress } from '../../app/ui/JobProgress'
import type { SuggestCorpus } from './useSuggestCorpus'

/** "1,000 open suggestions": counts of a corpus get thousands separators. */
const count = (n: number, one: string) => `${n.toLocaleString()} ${n === 1 ? one : `${one}s`}`

/** Articles named before "Show all". */
const FIRST_SHOWN = 10

type Props = { job: SuggestCorpus; onOpen: (articleId: string) => void }

export function SuggestCorpusStrip({ job, onOpen }: Props) {
  const { state, cancel, dismiss } = job
  const [all, setAll] = useState(false)
  if (state.phase === 'idle') return null
  const status = state.status
  if (state.phase === 'starting' || state.phase === 'running') {
    const total = status?.total ?? 0
    const done = status?.done ?? 0
    return (
      <div className="import-strip suggest-strip">
        <JobProgress
          label={status ? `Suggesting claims: ${done.toLocaleString()} of ${count(total, 'article')}` : 'Starting the suggestions…'}
          done={done}
          total={total}
          current={status?.current}
          cancelling={state.cancelling}
          onCancel={cancel}
          cancelLabel="Cancel"
          regionLabel="Claim suggestions in progress"
          barLabel="Articles analysed"
          testId="suggest"
          currentIsFile={false}
        />
      </div>
    )
  }

  const summary = status?.summary
  const cancelled = status?.state === 'cancelled'
  const top = summary?.top ?? []
  const shown = all ? top : top.slice(0, FIRST_SHOWN)
  return (
    <section className="suggest-summary" aria-label="Claim suggestions" data-testid="suggest-summary" data-state={status?.state ?? 'failed'}>
      <div className="suggest-summary-head">
        <p role="status">
          <strong>{cancelled ? 'Suggestions cancelled' : state.error && !summary ? 'Suggestions stopped' : 'Suggestions ready'}</strong>
          {summary && (
            <>
              {': '}
              <span data-testid="suggest-summary-counts">
                {count(summary.articles, 'article')} analysed{state.scope ? ` (${state.scope})` : ''}, {count(summary.suggestions, 'open suggestion')} found.
              </span>
            </>
          )}
          {cancelled && status?.total ? ` ${(status.total - status.done).toLocaleString()} not analysed; start again to cover them.` : ''}
        </p>
        <button type="button" className="icon-button" aria-label="Dismiss the suggestion summary" onClick={dismiss} data-testid="suggest-dismiss">
          ×
        </button>
      </div>
      {state.error && (
        <p className="batch-error" role="alert" data-testid="suggest-error">
          {state.error}
        </p>
      )}
      {summary && summary.suggestions > 0 && (
        <>
          <p className="muted small">Nothing was coded. Open an article to accept, adjust or reject its suggestions (the counts are those of this run).</p>
          <h3 className="suggest-top-title">Most suggestions</h3>
          <ol className="suggest-top" data-testid="suggest-top">
            {shown.map((t) => (
              <li key={t.articleId}>
                <span className="suggest-top-row">
                  <button type="button" className="link-button" onClick={() => onOpen(t.articleId)} title={t.title} data-testid="suggest-top-open" data-article-id={t.articleId}>
                    <bdi>{t.title || 'Untitled'}</bdi>
                  </button>
                  <span className="suggest-count" data-testid="suggest-top-count">
                    {count(t.suggestions, 'suggestion')}
                  </span>
                </span>
              </li>
            ))}
          </ol>
          {top.length > FIRST_SHOWN && (
            <button type="button" className="link-button small" onClick={() => setAll((a) => !a)} aria-expanded={all} data-testid="suggest-top-more">
              {all ? 'Show fewer' : top.length < SUGGEST_TOP_ARTICLES ? `Show all ${top.length}` : `Show the ${top.length} with most`}
            </button>
          )}
        </>
      )}
      {summary && summary.articles > 0 && summary.suggestions === 0 && <p className="muted small">No open suggestion in these articles: everything the rules found is coded or rejected already.</p>}
      {summary && summary.failures.length > 0 && (
        <details className="suggest-failures" data-testid="suggest-failures">
          <summary>{count(summary.failures.length, 'article')} could not be analysed</summary>
          <ul>
            {summary.failures.map((f) => (
              <li key={f.articleId}>
                <bdi>{f.title}</bdi>: {f.message}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  )
}
