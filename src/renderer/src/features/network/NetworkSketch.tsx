// The first frame of a big network: the same nodes, edges and labels at the
// same places, drawn as plain SVG by React in the render that brings the
// data, while cytoscape (whose first frame of a hundred elements costs a
// few hundred milliseconds of styles and textures) fills its canvas right
// after and takes over. Only for the rings layout, whose positions are ours
// (ringPositions), so the hand-over shows no jump.
import type { DrawnEdge, PlacedNode } from './networkSvg'
import { edgePaths } from './networkSvg'

export type Sketch = { nodes: PlacedNode[]; edges: DrawnEdge[]; zoom: number; pan: { x: number; y: number } }

/** As cytoscape's style: labels under 7 px on screen are not drawn. */
const MIN_LABEL_PX = 7

export function NetworkSketch({ sketch }: { sketch: Sketch }) {
  const { zoom, pan } = sketch
  const labels = 11 * zoom >= MIN_LABEL_PX
  return (
    <svg className="network-sketch" aria-hidden="true" data-testid="network-sketch">
      <g transform={`translate(${pan.x} ${pan.y}) scale(${zoom})`}>
        {edgePaths(sketch.nodes, sketch.edges).map(({ edge, d }) => (
          <path key={edge.id} d={d} fill="none" stroke={edge.colour} strokeWidth={edge.width} strokeOpacity={0.72} />
        ))}
        {sketch.nodes.map((n) => (
          <g key={n.id}>
            <circle cx={n.x} cy={n.y} r={n.size / 2} fill={n.colour} stroke="var(--surface)" strokeWidth={1.5} />
            {labels && (
              <text x={n.x} y={n.y + n.size / 2 + 13} textAnchor="middle" fontSize={11} fill="currentColor" stroke="var(--surface)" strokeWidth={3} paintOrder="stroke">
                {n.label}
              </text>
            )}
          </g>
        ))}
      </g>
    </svg>
  )
}
