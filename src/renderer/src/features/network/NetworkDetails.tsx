// Beside the drawing: what the selected node or edge stands for, and its
// claims. An actor's claims come from its profile (with the members the
// roll-up folded into it); a speaker → target edge carries its claims; a
// congruence or conflict edge's claims come concept by concept from
// analysis.edgeClaims.
import { useEffect } from 'react'
import type { EdgeClaims, Network, NetworkEdge, NetworkNode, RollUp } from '../../../../shared/contract-analysis'
import { KINDS, type Kind } from '../../../../shared/domain'
import { KIND_STYLES } from '../../../../shared/kinds'
import { useNavigate } from '../../app/routes'
import { KindBadge } from '../../app/ui/KindBadge'
import { plural } from '../../app/ui/format'
import { Loading } from '../../app/ui/EmptyState'
import { ClaimCountTable } from '../compare/CountTable'
import { KindBar, refsOf } from '../compare/KindBar'
import { ClaimCount, useTrace } from '../compare/trace/TraceContext'
import { useAnalysis } from '../compare/useAnalysis'
import type { Selection } from './CytoscapeView'
import { formatWeight } from './elements'
import type { NetworkOptions } from './NetworkPage'

type ActorLite = { id: string; name: string; memberOf: string | null }
type Props = { network: Network; selection: Selection; options: NetworkOptions; rollUp: RollUp; actors: ActorLite[] | undefined; onSelect: (s: Selection) => void }

/** How deep an actor sits in the membership tree (0: top level). */
function depthOf(id: string, actors: ActorLite[] | undefined): number {
  const byId = new Map((actors ?? []).map((a) => [a.id, a]))
  let depth = 0
  const seen = new Set([id])
  for (let a = byId.get(id); a?.memberOf && !seen.has(a.memberOf); a = byId.get(a.memberOf)) {
    seen.add(a.memberOf)
    depth++
  }
  return depth
}

export function NetworkDetails({ network, selection, options, rollUp, actors, onSelect }: Props) {
  const node = selection?.type === 'node' ? network.nodes.find((n) => n.id === selection.id) : undefined
  const edge = selection?.type === 'edge' ? network.edges.find((e) => e.id === selection.id) : undefined
  const label = (id: string) => network.nodes.find((n) => n.id === id)?.label ?? id
  return (
    <aside className="network-details card" aria-live="polite" data-testid="network-details">
      {(node || edge) && (
        <button type="button" className="link-button small network-clear" onClick={() => onSelect(null)} data-testid="network-clear">
          ← Most active actors
        </button>
      )}
      {node ? (
        <NodeDetails key={node.id} node={node} network={network} rollUp={rollUp} actors={actors} label={label} onSelect={onSelect} />
      ) : edge ? (
        <EdgeDetails key={edge.id} edge={edge} network={network} options={options} label={label} />
      ) : (
        <>
          <h2 className="card-title">Most active actors</h2>
          <p className="muted small">Click an actor or an edge in the drawing (or in the list below) to see its claims.</p>
          <ol className="plain-list">
            {network.nodes.slice(0, 12).map((n) => (
              <li key={n.id} className="plain-row">
                <button type="button" className="row-title" onClick={() => onSelect({ type: 'node', id: n.id })} data-testid="network-node-pick" data-node={n.label}>
                  {n.label}
                </button>
                <span className="muted small">{plural(n.claimCount, 'claim')}</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </aside>
  )
}

function NodeDetails({ node, network, rollUp, actors, label, onSelect }: { node: NetworkNode; network: Network; rollUp: RollUp; actors: ActorLite[] | undefined; label: (id: string) => string; onSelect: (s: Selection) => void }) {
  const navigate = useNavigate()
  // Under a roll-up the node stands for itself and the members folded into it.
  const includeMembers = rollUp.to === 'top' || (rollUp.to === 'level' && depthOf(node.id, actors) === rollUp.level)
  const profile = useAnalysis((client, filters) => client.actors.profile({ id: node.id, includeMembers, filters }), [node.id, includeMembers])
  const edges = network.edges.filter((e) => e.source === node.id || e.target === node.id)
  const folded = node.members.filter((m) => m !== node.id)
  const received = profile.data ? dedupe(profile.data.targetedBy.flatMap((t) => refsOf(t.kinds))) : []
  return (
    <div data-testid="network-node-details" data-node={node.label}>
      <h2 className="card-title">{node.label}</h2>
      <p className="muted small">
        <span className="type-tag">{node.actorType}</span>
        {folded.length > 0 && ` · with ${folded.map(label).join(', ')}`}
      </p>
      {!profile.data ? (
        <Loading />
      ) : (
        <>
          <p className="detail-line">
            Speaks in{' '}
            <ClaimCount refs={refsOf(profile.data.byKind)} title={node.label} detail="claims it speaks in" testId="node-speaks">
              {plural(profile.data.total, 'claim')}
            </ClaimCount>
          </p>
          <KindBar kinds={profile.data.byKind} title={node.label} />
          <p className="detail-line">
            Targeted by others in{' '}
            <ClaimCount refs={received} title={node.label} detail="claims that target it" testId="node-targeted">
              {plural(received.length, 'claim')}
            </ClaimCount>
          </p>
        </>
      )}
      {edges.length > 0 && (
        <>
          <h3 className="detail-heading">Edges ({edges.length})</h3>
          <ul className="plain-list">
            {edges.slice(0, 15).map((e) => (
              <li key={e.id} className="plain-row">
                <button type="button" className="link-button" onClick={() => onSelect({ type: 'edge', id: e.id })}>
                  {e.source === node.id ? `${network.directed ? '→' : '—'} ${label(e.target)}` : `${network.directed ? '←' : '—'} ${label(e.source)}`}
                </button>
                <span className="muted small">
                  {network.type === 'speaker-target' ? KIND_STYLES[e.kinds[0]].label.toLowerCase() : ''} {formatWeight(e.weight)}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" className="link-button small" onClick={() => navigate({ page: 'actor', actorId: node.id })}>
        Open {node.label}’s profile →
      </button>
    </div>
  )
}

function EdgeDetails({ edge, network, options, label }: { edge: NetworkEdge; network: Network; options: NetworkOptions; label: (id: string) => string }) {
  const { show } = useTrace()
  const title = `${label(edge.source)} ${edge.directed ? '→' : '—'} ${label(edge.target)}`
  const claims = useAnalysis((client, filters) => (edge.refs ? null : client.analysis.edgeClaims({ ...options, filters, source: edge.source, target: edge.target })), [edge.id])
  const detail: EdgeClaims | null | undefined = claims.data

  // Clicking an edge is asking for its claims: show them at once.
  useEffect(() => {
    if (edge.refs) show({ title, detail: edge.kinds.map((k) => KIND_STYLES[k].label).join(', '), refs: edge.refs })
    else if (detail) show({ title, detail: `${plural(detail.concepts.length, 'shared concept')}`, refs: detail.refs })
  }, [edge, detail]) // eslint-disable-line react-hooks/exhaustive-deps -- once per edge and its answer

  return (
    <div data-testid="network-edge-details" data-source={label(edge.source)} data-target={label(edge.target)}>
      <h2 className="card-title">{title}</h2>
      {network.type === 'speaker-target' ? (
        <>
          <p className="detail-line">
            <KindBadge kind={edge.kinds[0]} />{' '}
            <ClaimCount refs={edge.refs} title={title} testId="edge-detail-claims">
              {plural(edge.count, 'claim')}
            </ClaimCount>
          </p>
          <p className="muted small">The weight of this arrow is its number of claims.</p>
        </>
      ) : !detail ? (
        <Loading />
      ) : (
        <>
          <p className="detail-line">
            Weight <strong>{formatWeight(edge.weight)}</strong> · {plural(edge.count, 'shared concept')} ·{' '}
            <ClaimCount refs={detail.refs} title={title} detail="every claim behind this edge" testId="edge-detail-claims">
              {plural(detail.refs.length, 'claim')}
            </ClaimCount>
          </p>
          <ClaimCountTable
            rows={detail.concepts.map((c) => ({ key: `${c.concept.type}:${c.concept.id}`, label: <ConceptLabel concept={c.concept} />, name: `${title}: ${c.concept.label}`, total: c.refs.length, refs: c.refs, concept: c }))}
            heading="About"
            columns={[
              { heading: label(edge.source), cell: (row) => <Kinds kinds={row.concept.sourceKinds} /> },
              { heading: label(edge.target), cell: (row) => <Kinds kinds={row.concept.targetKinds} /> },
            ]}
            empty="No shared concepts."
            testId="edge-concepts-table"
            rowTestId="edge-concept"
            className="count-table-compact"
          />
        </>
      )}
    </div>
  )
}

function ConceptLabel({ concept }: { concept: EdgeClaims['concepts'][number]['concept'] }) {
  return (
    <>
      {concept.label} <span className="muted small">({concept.type === 'actor' ? 'target' : 'event'})</span>
    </>
  )
}

function Kinds({ kinds }: { kinds: Kind[] }) {
  return (
    <span className="kind-list">
      {KINDS.filter((k) => kinds.includes(k)).map((k) => (
        <KindBadge key={k} kind={k} compact />
      ))}
    </span>
  )
}

function dedupe<T extends { articleId: string; claimId: string }>(refs: T[]): T[] {
  const seen = new Set<string>()
  return refs.filter((r) => {
    const key = `${r.articleId}/${r.claimId}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
