// Saving the drawn network: PNG from cytoscape itself, SVG written from the
// positions it laid out (networkSvg.ts). Both on white with dark labels,
// whatever the theme on screen.
import type { Core } from 'cytoscape'
import type { ImageSource } from '../charts/saveImage'
import { EXPORT_TEXT } from '../charts/saveImage'
import { networkSvg, type DrawnEdge, type PlacedNode } from './networkSvg'

const MAX_PNG_SIDE = 4000

export function networkImage(cy: Core, title: string): ImageSource {
  return {
    title,
    svg: () => {
      const nodes: PlacedNode[] = cy.nodes().map((n) => ({ id: n.id(), label: String(n.data('label')), colour: String(n.data('colour')), size: Number(n.data('size')), ...n.position() }))
      const edges: DrawnEdge[] = cy.edges().map((e) => ({ id: e.id(), source: String(e.data('source')), target: String(e.data('target')), colour: String(e.data('colour')), width: Number(e.data('width')), directed: Boolean(e.data('directed')) }))
      return networkSvg(nodes, edges, title)
    },
    png: async () => {
      const box = cy.elements().boundingBox()
      const scale = Math.min(2, MAX_PNG_SIDE / Math.max(1, box.w, box.h))
      // Labels as on paper for the export (a style bypass), then back to the screen's.
      cy.nodes().style({ color: EXPORT_TEXT, 'text-outline-color': '#ffffff', 'border-color': '#ffffff' })
      try {
        return cy.png({ full: true, output: 'base64', bg: '#ffffff', scale })
      } finally {
        cy.nodes().removeStyle('color text-outline-color border-color')
      }
    },
  }
}
