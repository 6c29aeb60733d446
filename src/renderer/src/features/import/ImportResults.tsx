// Per-file outcome of an import, so one bad file never hides the good ones
// (or the other way round).
import type { ImportResult } from './importFiles'

export function ImportResults({ results, pending, onDismiss }: { results: ImportResult[]; pending: number; onDismiss?: () => void }) {
  if (results.length === 0 && pending === 0) return null
  const failed = results.filter((r) => !r.ok).length
  return (
    <section className="import-results" aria-label="Import results" data-testid="import-results">
      <header className="import-results-header">
        <strong>
          {pending > 0
            ? `Importing… ${results.length} of ${results.length + pending} done`
            : `Imported ${results.length - failed} of ${results.length} file${results.length === 1 ? '' : 's'}`}
        </strong>
        {onDismiss && pending === 0 && (
          <button type="button" className="icon-button" aria-label="Dismiss import results" onClick={onDismiss}>
            ×
          </button>
        )}
      </header>
      <ul>
        {results.map((result, i) => (
          <li key={`${i}-${result.fileName}`} className={result.ok ? 'import-ok' : 'import-failed'} data-testid="import-result" data-ok={result.ok}>
            <span aria-hidden="true">{result.ok ? '✓' : '✕'}</span> <span className="file-name">{result.fileName}</span>
            {result.ok ? <span className="muted"> — “{result.article.title}”</span> : <span role="alert"> — not imported: {result.error}</span>}
          </li>
        ))}
      </ul>
    </section>
  )
}
