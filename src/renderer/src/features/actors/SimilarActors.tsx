// Actors whose names or aliases look alike (actors.similar, score ≥ 0.8),
// each pair with a one-click merge either way, or set aside as different.
import { useState } from 'react'
import type { SimilarActors as Pair } from '../../../../shared/contract-analysis'
import { plural } from '../../app/ui/format'

type Props = { pairs: Pair[]; busy: boolean; onMerge: (keepId: string, mergeId: string) => void; onClose: () => void }

const pairKey = (p: Pair) => `${p.a.id}|${p.b.id}`

export function SimilarActors({ pairs, busy, onMerge, onClose }: Props) {
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set())
  const shown = pairs.filter((p) => !dismissed.has(pairKey(p)))
  return (
    <section className="card similar-card" aria-label="Similar actors" data-testid="similar-list">
      <header className="chart-card-header">
        <div>
          <h2 className="card-title">Actors that may be the same</h2>
          <p className="muted small">{shown.length ? `${plural(shown.length, 'pair')} whose names or aliases look alike, closest first.` : 'No look-alike names left.'}</p>
        </div>
        <button type="button" className="icon-button" aria-label="Close the similar actors" onClick={onClose}>
          ×
        </button>
      </header>
      {shown.length > 0 && (
        <ul className="similar-pairs">
          {shown.map((pair) => (
            <li key={pairKey(pair)} className="similar-pair" data-testid="similar-pair" data-a={pair.a.name} data-b={pair.b.name}>
              <span className="similar-names">
                <strong>{pair.a.name}</strong> <span className="muted">and</span> <strong>{pair.b.name}</strong>
                <span className="muted small"> · {Math.round(pair.score * 100)}% alike · {pair.reason}</span>
              </span>
              <span className="similar-actions">
                <button type="button" className="button button-small" disabled={busy} onClick={() => onMerge(pair.a.id, pair.b.id)} data-testid="similar-keep-a">
                  Keep {pair.a.name}
                </button>
                <button type="button" className="button button-small" disabled={busy} onClick={() => onMerge(pair.b.id, pair.a.id)} data-testid="similar-keep-b">
                  Keep {pair.b.name}
                </button>
                <button type="button" className="button button-small button-quiet" onClick={() => setDismissed(new Set([...dismissed, pairKey(pair)]))} data-testid="similar-dismiss">
                  Not the same
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
