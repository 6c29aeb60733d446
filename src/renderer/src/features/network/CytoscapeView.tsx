// The network drawn by cytoscape. Elements are replaced when the network
// changes; a tap on a node or an edge selects it (the page shows its
// claims). The instance is handed to the page for saving images. The view
// is mounted while the network is still being asked for, so cytoscape
// starts (styles parsed, canvases made) during that wait, not after it.
import cytoscape, { type Core, type ElementDefinition, type LayoutOptions } from 'cytoscape'
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { Network } from '../../../../shared/contract-analysis'
import { ringPositions, toElements } from './elements'
import { NetworkSketch, type Sketch } from './NetworkSketch'

export type LayoutName = 'auto' | 'cose' | 'concentric' | 'circle'
export type Selection = { type: 'node'; id: string } | { type: 'edge'; id: string } | null

/** Force-directed reads best but costs seconds with a hundred nodes; past
 * this many "auto" places actors in rings by how much they speak (instant),
 * and force-directed is one click away. */
const FORCE_LIMIT = 40
/** Past this many edges, edges are straight lines (see the style). */
const CURVE_LIMIT = 150

/** Rings are placed by us (ringPositions), before cytoscape draws; the
 * others are cytoscape's layouts. */
function chosenLayout(name: LayoutName, nodes: number): Exclude<LayoutName, 'auto'> {
  return name === 'auto' ? (nodes <= FORCE_LIMIT ? 'cose' : 'concentric') : name
}

function layoutOptions(name: 'cose' | 'circle'): LayoutOptions {
  if (name === 'cose')
    return {
      name: 'cose',
      animate: false,
      randomize: false,
      nodeDimensionsIncludeLabels: true,
      // Strong repulsion keeps the actors of a dense clique (everyone
      // congruent with everyone) apart enough to read their names.
      nodeRepulsion: () => 400_000,
      idealEdgeLength: () => 100,
      edgeElasticity: () => 100,
      gravity: 40,
      componentSpacing: 80,
      numIter: 1000,
      padding: 30,
    } as LayoutOptions
  return { name: 'circle', animate: false, padding: 30 } as LayoutOptions
}

/** The zoom and pan that fit rings we placed ourselves, without asking
 * cytoscape for the bounds of every label (that alone costs as much as
 * drawing a big network). */
function ringViewport(rings: { x: number; y: number }[], nodes: { size: number }[], width: number, height: number): { zoom: number; pan: { x: number; y: number } } {
  const radius = Math.max(1, ...rings.map((p, i) => Math.hypot(p.x, p.y) + nodes[i].size / 2 + 16))
  const zoom = Math.min(4, Math.max(0.1, Math.min(width, height) / (2 * radius + 40)))
  return { zoom, pan: { x: width / 2, y: height / 2 } }
}

type Props = {
  /** Undefined while it loads: the drawing stays empty. */
  network: Network | undefined
  layout: LayoutName
  selection: Selection
  onSelect: (selection: Selection) => void
  onReady: (cy: Core | null) => void
  /** Once the network has been drawn (painted). */
  onRendered: () => void
  /** Once the network can be seen: its sketch painted, or else its drawing. */
  onVisible: () => void
}

export function CytoscapeView({ network, layout, selection, onSelect, onReady, onRendered, onVisible }: Props) {
  const container = useRef<HTMLDivElement>(null)
  const cyRef = useRef<Core | null>(null)
  const handlers = useRef({ onSelect, onRendered, onVisible })
  handlers.current = { onSelect, onRendered, onVisible }
  const [sketch, setSketch] = useState<Sketch | null>(null)

  // One instance for the life of the view (a layout effect, like the one
  // that fills it below, so it exists when that one runs).
  useLayoutEffect(() => {
    // The theme's colours as cytoscape can read them (computed rgb(), not light-dark()).
    const style = getComputedStyle(container.current!)
    const text = style.color || '#1e2227'
    const halo = style.backgroundColor && style.backgroundColor !== 'rgba(0, 0, 0, 0)' ? style.backgroundColor : '#ffffff'
    const cy = cytoscape({
      container: container.current,
      minZoom: 0.1,
      maxZoom: 4,
      wheelSensitivity: 0.3,
      boxSelectionEnabled: false,
      // Positions are set by us or by the layout run below, never at start.
      layout: { name: 'preset' },
      style: [
        {
          selector: 'node',
          style: {
            'background-color': 'data(colour)',
            width: 'data(size)',
            height: 'data(size)',
            label: 'data(label)',
            'font-size': 11,
            color: text,
            'text-valign': 'bottom',
            'text-margin-y': 3,
            'text-outline-width': 2,
            'text-outline-color': halo,
            // Labels too small to read are not drawn (zoom in to see them).
            'min-zoomed-font-size': 7,
            'border-width': 1.5,
            'border-color': halo,
          },
        },
        {
          selector: 'edge',
          style: {
            width: 'data(width)',
            'line-color': 'data(colour)',
            'target-arrow-color': 'data(colour)',
            'curve-style': 'bezier',
            'control-point-step-size': 22,
            opacity: 0.72,
            'arrow-scale': 0.9,
          },
        },
        { selector: 'edge[?directed]', style: { 'target-arrow-shape': 'triangle' } },
        // Many edges: straight lines draw several times faster than curves
        // (edges of different kinds between the same two actors then overlap;
        // the list below the drawing has each of them).
        { selector: '.many', style: { 'curve-style': 'straight' } },
        { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#2c5a85' } },
        { selector: 'edge:selected', style: { opacity: 1, 'z-index': 10, 'underlay-color': '#2c5a85', 'underlay-opacity': 0.25, 'underlay-padding': 4 } },
      ],
    })
    cy.on('tap', 'node', (e) => handlers.current.onSelect({ type: 'node', id: e.target.id() }))
    cy.on('tap', 'edge', (e) => handlers.current.onSelect({ type: 'edge', id: e.target.id() }))
    cy.on('tap', (e) => {
      if (e.target === cy) handlers.current.onSelect(null)
    })
    cyRef.current = cy
    onReady(cy)
    return () => {
      onReady(null)
      cy.destroy()
      cyRef.current = null
    }
  }, []) // eslint-disable-line react-hooks/exhaustive-deps -- created once; handlers are read through a ref

  // New data: new elements, laid out, then reported drawn once painted.
  // Before the browser paints the rest of the page, so the drawing is not
  // one frame behind it. A big network in rings is sketched first (see
  // NetworkSketch) and handed to cytoscape on the frame after.
  useLayoutEffect(() => {
    const cy = cyRef.current
    const box = container.current
    if (!cy || !box || !network) return
    const { nodes, edges } = toElements(network)
    const many = edges.length > CURVE_LIMIT ? 'many' : ''
    const chosen = chosenLayout(layout, nodes.length)
    // Nodes come busiest first: in rings, the busiest sit in the middle.
    const rings = chosen === 'concentric' ? ringPositions(nodes.length) : undefined
    const viewport = rings ? ringViewport(rings, nodes, box.clientWidth, box.clientHeight) : undefined
    const sketched = viewport !== undefined && nodes.length > 0
    const elements: ElementDefinition[] = [
      ...nodes.map((data, i) => ({ group: 'nodes' as const, data, position: rings?.[i] })),
      ...edges.map((data) => ({ group: 'edges' as const, data, classes: many })),
    ]
    // Reported once, on cytoscape's first frame with the new elements; an
    // empty network may draw nothing, so two frames later it counts as drawn.
    // (Not once newer data has replaced these elements: `live`.)
    let live = true
    let reported = false
    const report = () => {
      if (reported || !live) return
      reported = true
      setSketch(null)
      if (!sketched) handlers.current.onVisible()
      handlers.current.onRendered()
    }
    const fill = () => {
      cy.batch(() => {
        cy.elements().remove()
        cy.add(elements)
      })
      cy.one('render', report)
      requestAnimationFrame(() => requestAnimationFrame(report))
      if (viewport) cy.viewport(viewport)
      else {
        cy.layout(layoutOptions(chosen as 'cose' | 'circle')).run()
        cy.fit(undefined, 30)
      }
    }
    if (!sketched) {
      fill()
      return () => void (live = false)
    }
    cy.elements().remove()
    setSketch({ nodes: nodes.map((n, i) => ({ ...n, ...rings![i] })), edges, ...viewport })
    let timer: ReturnType<typeof setTimeout> | undefined
    // The sketch is painted before this timer runs (animation frame, paint, then timers).
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        handlers.current.onVisible()
        fill()
      }, 0)
    })
    return () => {
      live = false
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [network, layout])

  // Selection from outside (the edge list) shows on the drawing too.
  useEffect(() => {
    const cy = cyRef.current
    if (!cy) return
    cy.elements(':selected').unselect()
    if (selection) cy.getElementById(selection.id).select()
  }, [selection, network])

  return (
    <>
      <div ref={container} className="network-canvas" data-testid="network-canvas" data-nodes={network?.nodes.length ?? 0} data-edges={network?.edges.length ?? 0} aria-busy={!network || sketch !== null} aria-label="Network drawing (the edges are listed below)" role="img" />
      {sketch && <NetworkSketch sketch={sketch} />}
    </>
  )
}
