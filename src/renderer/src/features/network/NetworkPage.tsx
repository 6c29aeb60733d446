// Actor networks drawn in the app: speaker → target (edges by kind, weighted
// by claims), and the congruence and conflict networks of discourse network
// analysis, with the weighting explained beside the drawing. Click a node or
// an edge to see its claims; every edge is also listed below the drawing.
import type { Core } from 'cytoscape'
import { useCallback, useRef, useState } from 'react'
import type { Network, NetworkInput, RollUp } from '../../../../shared/contract-analysis'
import type { z } from 'zod'
import { EmptyState, Loading } from '../../app/ui/EmptyState'
import { plural } from '../../app/ui/format'
import { useApiQuery } from '../../app/useApi'
import { SaveImageButtons } from '../charts/SaveImageButtons'
import { FilterBar } from '../compare/filters/FilterBar'
import { ANALYSIS_PERF, perfEnd, perfStart } from '../compare/perf'
import { NO_ROLL_UP, RollUpControl, rollUpKey, rollUpOrUndefined } from '../compare/RollUpControl'
import { TraceProvider } from '../compare/trace/TraceContext'
import { useSettled } from '../compare/useSettled'
import { useAnalysis } from '../compare/useAnalysis'
import { CytoscapeView, type LayoutName, type Selection } from './CytoscapeView'
import { EdgeList } from './EdgeList'
import { NetworkDetails } from './NetworkDetails'
import { networkImage } from './networkImage'
import { useActorNames } from '../compare/useActorNames'

export type NetworkOptions = Omit<z.input<typeof NetworkInput>, 'filters'>
type NetworkType = Network['type']

const TYPES: { id: NetworkType; label: string; hint: string }[] = [
  { id: 'speaker-target', label: 'Speaker → target', hint: 'Who makes claims about whom' },
  { id: 'congruence', label: 'Congruence', hint: 'Actors who make the same kind of claim about the same target or event' },
  { id: 'conflict', label: 'Conflict', hint: 'Actors who affirm and deny about the same target or event' },
]
/** The heaviest edges drawn at first: enough to show the structure, few
 * enough to draw at once; the list under the drawing says how many more. */
const EDGE_LIMITS = [50, 150, 500, 1500, 3000]

export function NetworkPage() {
  // Names for the claims drawer and membership depths: asked for once the
  // network is drawn, so the network never waits behind them.
  const { settled, settle } = useSettled()
  const actors = useApiQuery((client) => (settled ? client.actors.list({}) : Promise.resolve(undefined)), [settled])
  const actorName = useActorNames(actors.data)
  return (
    <TraceProvider actorName={actorName}>
      <NetworkContent actors={actors.data} onDrawn={settle} />
    </TraceProvider>
  )
}

function NetworkContent({ actors, onDrawn }: { actors: { id: string; name: string; memberOf: string | null }[] | undefined; onDrawn: () => void }) {
  const [type, setType] = useState<NetworkType>('speaker-target')
  const [rollUp, setRollUp] = useState<RollUp>(NO_ROLL_UP)
  const [concepts, setConcepts] = useState<'targets' | 'events' | 'both'>('both')
  const [match, setMatch] = useState<'kind' | 'polarity'>('kind')
  const [normalise, setNormalise] = useState<'none' | 'average' | 'jaccard' | 'cosine'>('none')
  const [maxEdges, setMaxEdges] = useState(150)
  const [minWeight, setMinWeight] = useState(0)
  const [layout, setLayout] = useState<LayoutName>('auto')
  const [selection, setSelection] = useState<Selection>(null)
  const cy = useRef<Core | null>(null)
  const dna = type !== 'speaker-target'

  const options: NetworkOptions = {
    type,
    rollUp: rollUpOrUndefined(rollUp),
    maxEdges,
    ...(minWeight > 0 ? { minWeight } : {}),
    ...(dna ? { concepts, normalise, ...(type === 'congruence' ? { match } : {}) } : {}),
  }
  const optionsKey = JSON.stringify(options) + rollUpKey(rollUp)
  // Opening the page, and each later change of options, is timed until the
  // network can be seen, and until cytoscape has drawn it (perfEnd does
  // nothing without a start).
  useState(() => [ANALYSIS_PERF.network, ANALYSIS_PERF.networkDrawn].forEach(perfStart))
  const opened = useRef(false)
  const result = useAnalysis((client, filters) => {
    if (opened.current) [ANALYSIS_PERF.network, ANALYSIS_PERF.networkDrawn].forEach(perfStart)
    opened.current = true
    return client.analysis.network({ ...options, filters })
  }, [optionsKey])
  const network = result.data
  // What surrounds the drawing (the details beside it, the explanation and
  // the list of edges under it) waits for the first drawing: opening the
  // page shows the network first and the rest a frame later. After that it
  // follows the data as it comes.
  const [firstDrawn, setFirstDrawn] = useState(false)
  const drawn = firstDrawn ? network : null
  const onVisible = useCallback(() => perfEnd(ANALYSIS_PERF.network), [])
  const onRendered = useCallback(() => {
    perfEnd(ANALYSIS_PERF.networkDrawn)
    setFirstDrawn(true)
    onDrawn()
  }, [onDrawn])

  const image = () => (cy.current && network ? networkImage(cy.current, TYPES.find((t) => t.id === type)!.label + ' network') : null)

  return (
    <div className="page page-wide" data-testid="network-page">
      <header className="page-header">
        <div>
          <h1>Network</h1>
          <p className="page-subtitle">Actors as nodes; click a node or an edge to read the claims behind it.</p>
        </div>
        <div className="page-actions">
          <SaveImageButtons source={image} />
        </div>
      </header>
      <div className="segmented network-types" role="radiogroup" aria-label="Network">
        {TYPES.map((t) => (
          <button
            key={t.id}
            type="button"
            role="radio"
            className="segment"
            aria-checked={type === t.id}
            title={t.hint}
            onClick={() => {
              setType(t.id)
              setSelection(null)
              setMinWeight(0)
            }}
            data-testid={`network-type-${t.id}`}
          >
            {t.label}
          </button>
        ))}
      </div>
      <FilterBar />
      <div className="view-controls">
        <RollUpControl value={rollUp} onChange={setRollUp} testId="network-roll-up" />
        {dna && (
          <>
            <label className="field field-inline control-field" title="What two actors must both speak about to be linked">
              <span>About the same</span>
              <select value={concepts} onChange={(e) => setConcepts(e.target.value as typeof concepts)} data-testid="network-concepts">
                <option value="both">target or event</option>
                <option value="targets">target</option>
                <option value="events">event</option>
              </select>
            </label>
            {type === 'congruence' && (
              <label className="field field-inline control-field">
                <span>Alike when</span>
                <select value={match} onChange={(e) => setMatch(e.target.value as typeof match)} data-testid="network-match">
                  <option value="kind">same kind</option>
                  <option value="polarity">same polarity</option>
                </select>
              </label>
            )}
            <label className="field field-inline control-field" title="How an edge’s weight is normalised (explained below the drawing)">
              <span>Weight</span>
              <select value={normalise} onChange={(e) => setNormalise(e.target.value as typeof normalise)} data-testid="network-normalise">
                <option value="none">shared concepts (raw)</option>
                <option value="average">average activity</option>
                <option value="jaccard">Jaccard</option>
                <option value="cosine">cosine</option>
              </select>
            </label>
          </>
        )}
        <label className="field field-inline control-field">
          <span>Edges shown</span>
          <select value={maxEdges} onChange={(e) => setMaxEdges(Number(e.target.value))} data-testid="network-max-edges">
            {EDGE_LIMITS.map((n) => (
              <option key={n} value={n}>
                heaviest {n.toLocaleString()}
              </option>
            ))}
          </select>
        </label>
        <label className="field field-inline control-field">
          <span>Min. weight</span>
          <input className="number-input" type="number" min={0} step={dna && normalise !== 'none' ? 0.05 : 1} value={minWeight} onChange={(e) => setMinWeight(Math.max(0, Number(e.target.value) || 0))} data-testid="network-min-weight" />
        </label>
        <label className="field field-inline control-field">
          <span>Layout</span>
          <select value={layout} onChange={(e) => setLayout(e.target.value as LayoutName)} data-testid="network-layout">
            <option value="auto">automatic</option>
            <option value="cose">force-directed</option>
            <option value="concentric">rings by claims</option>
            <option value="circle">circle</option>
          </select>
        </label>
        {result.loading && network && <span className="muted small">Updating…</span>}
      </div>
      {network || result.loading ? (
        <>
          <div className="network-layout">
            <div className="network-stage">
              {!network && (
                <div className="network-empty">
                  <Loading />
                </div>
              )}
              {network?.edges.length === 0 && (
                <div className="network-empty">
                  <EmptyState title="No edges to draw." testId="network-empty">
                    {type === 'speaker-target'
                      ? 'Claims draw an arrow once they have a speaker and a target. Link them in the reader.'
                      : 'Two actors are linked once both make claims about the same target or event. Try “About the same: target or event”, or a lower minimum weight.'}
                  </EmptyState>
                </div>
              )}
              <CytoscapeView network={network ?? undefined} layout={layout} selection={selection} onSelect={setSelection} onReady={(c) => (cy.current = c)} onRendered={onRendered} onVisible={onVisible} />
              {network && <NetworkLegend network={network} />}
            </div>
            {drawn ? <NetworkDetails network={drawn} selection={selection} options={options} rollUp={rollUp} actors={actors} onSelect={setSelection} /> : <aside className="network-details card" aria-busy="true" />}
          </div>
          {drawn && (
            <>
              <section className="network-explanation" aria-label="How to read this network" data-testid="network-explanation">
                <h2 className="section-title">How to read it</h2>
                <p>{drawn.explanation}</p>
                <p className="muted small" data-testid="network-stats">
                  {plural(drawn.nodes.length, 'actor')} and {plural(drawn.edges.length, 'edge')} shown
                  {drawn.stats.edgesLeftOut > 0 && ` · ${plural(drawn.stats.edgesLeftOut, 'lighter edge')} left out (show more edges or lower the minimum weight)`}
                  {drawn.stats.nodesLeftOut > 0 && ` · ${plural(drawn.stats.nodesLeftOut, 'actor')} only in edges left out`}
                </p>
              </section>
              <EdgeList network={drawn} selection={selection} onSelect={setSelection} />
            </>
          )}
        </>
      ) : null}
    </div>
  )
}

function NetworkLegend({ network }: { network: Network }) {
  return (
    <div className="network-legend" aria-hidden="true">
      {network.type === 'speaker-target' ? (
        <>
          <span className="legend-item">
            <span className="legend-line" style={{ background: '#0072B2' }} /> assertion
          </span>
          <span className="legend-item">
            <span className="legend-line" style={{ background: '#D55E00' }} /> denial
          </span>
          <span className="legend-item">
            <span className="legend-line" style={{ background: '#009E73' }} /> attribution
          </span>
          <span className="legend-item muted">arrow: speaker → target · width: claims</span>
        </>
      ) : (
        <span className="legend-item muted">width: weight · node size: claims</span>
      )}
    </div>
  )
}
