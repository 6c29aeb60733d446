// Every edge of the drawing as a table: readable without the picture (and by
// screen readers), sortable by weight, each weight leading to its claims.
import { useState } from 'react'
import type { Network } from '../../../../shared/contract-analysis'
import { KIND_STYLES } from '../../../../shared/kinds'
import { plural } from '../../app/ui/format'
import { ClaimCount } from '../compare/trace/TraceContext'
import type { Selection } from './CytoscapeView'
import { formatWeight } from './elements'

const FIRST = 50

type Props = { network: Network; selection: Selection; onSelect: (s: Selection) => void }

export function EdgeList({ network, selection, onSelect }: Props) {
  const [limit, setLimit] = useState(FIRST)
  if (network.edges.length === 0) return null
  const label = new Map(network.nodes.map((n) => [n.id, n.label]))
  const tie = network.type === 'speaker-target' ? 'Kind' : 'Tie'
  return (
    <section className="network-edges" aria-label="Edges">
      <h2 className="section-title">
        Edges <span className="muted">({network.edges.length}, heaviest first)</span>
      </h2>
      <table className="data-table" data-testid="network-edge-table">
        <thead>
          <tr>
            <th scope="col">{network.directed ? 'Speaker' : 'Actor'}</th>
            <th scope="col">{network.directed ? 'Target' : 'Actor'}</th>
            <th scope="col">{tie}</th>
            <th scope="col" className="col-number">
              Weight
            </th>
            <th scope="col" className="col-number">
              {network.directed ? 'Claims' : 'Concepts'}
            </th>
          </tr>
        </thead>
        <tbody>
          {network.edges.slice(0, limit).map((edge) => {
            const source = label.get(edge.source) ?? edge.source
            const target = label.get(edge.target) ?? edge.target
            return (
              <tr
                key={edge.id}
                className={selection?.type === 'edge' && selection.id === edge.id ? 'is-selected' : undefined}
                onClick={() => onSelect({ type: 'edge', id: edge.id })}
                data-testid="network-edge"
                data-source={source}
                data-target={target}
                data-kinds={edge.kinds.join(' ')}
                data-weight={edge.weight}
                data-count={edge.count}
              >
                <td>{source}</td>
                <td>{target}</td>
                <td>{network.type === 'speaker-target' ? edge.kinds.map((k) => KIND_STYLES[k].label).join(', ') : network.type === 'congruence' ? `same ${edge.kinds.map((k) => KIND_STYLES[k].label.toLowerCase()).join(' / ')}` : 'affirm vs deny'}</td>
                <td className="col-number">{formatWeight(edge.weight)}</td>
                <td className="col-number">
                  {edge.refs ? (
                    <ClaimCount refs={edge.refs} title={`${source} → ${target}`} detail={edge.kinds.map((k) => KIND_STYLES[k].label).join(', ')} testId="edge-claims" />
                  ) : (
                    <button type="button" className="count-link" onClick={() => onSelect({ type: 'edge', id: edge.id })} aria-label={`${plural(edge.count, 'shared concept')}: show the claims`} data-testid="edge-concepts">
                      {edge.count}
                    </button>
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      {network.edges.length > limit && (
        <p className="table-hint">
          {limit} of {network.edges.length} shown ·{' '}
          <button type="button" className="link-button" onClick={() => setLimit(network.edges.length)}>
            Show all
          </button>
        </p>
      )}
    </section>
  )
}
