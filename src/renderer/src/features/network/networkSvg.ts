// The network as a standalone SVG, written from the positions cytoscape laid
// out: circles and labels for the actors, lines (curved apart when two
// actors are joined by several edges) with arrowheads for speaker → target.
// Escapes every label: actor names are user text.
import type { EdgeData, NodeData } from './elements'

export type PlacedNode = Pick<NodeData, 'id' | 'label' | 'colour' | 'size'> & { x: number; y: number }
export type DrawnEdge = Pick<EdgeData, 'id' | 'source' | 'target' | 'colour' | 'width' | 'directed'>

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"
const PAD = 40
const ARROW = 9

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')
}

const n2 = (v: number) => (Math.round(v * 10) / 10).toString()

/** The path of each edge between placed nodes: several edges between the
 * same two actors bend apart, as on screen. Shared by the SVG file and the
 * sketch drawn before cytoscape (NetworkSketch). */
export function edgePaths(nodes: PlacedNode[], edges: DrawnEdge[]): { edge: DrawnEdge; d: string }[] {
  const byId = new Map(nodes.map((n) => [n.id, n]))
  const pairs = new Map<string, DrawnEdge[]>()
  for (const e of edges) {
    const key = e.source < e.target ? `${e.source}\u0000${e.target}` : `${e.target}\u0000${e.source}`
    const group = pairs.get(key)
    if (group) group.push(e)
    else pairs.set(key, [e])
  }
  const out: { edge: DrawnEdge; d: string }[] = []
  for (const group of pairs.values()) {
    group.forEach((e, i) => {
      const s = byId.get(e.source)
      const t = byId.get(e.target)
      if (!s || !t) return
      const dx = t.x - s.x
      const dy = t.y - s.y
      const length = Math.hypot(dx, dy) || 1
      // Offsets keep a consistent side whichever way each edge points.
      const flip = e.source < e.target ? 1 : -1
      const bend = (i - (group.length - 1) / 2) * 22 * flip
      const cx = (s.x + t.x) / 2 + (-dy / length) * bend
      const cy = (s.y + t.y) / 2 + (dx / length) * bend
      const towards = (from: PlacedNode, to: { x: number; y: number }, gap: number) => {
        const d = Math.hypot(to.x - from.x, to.y - from.y) || 1
        const r = from.size / 2 + gap
        return { x: from.x + ((to.x - from.x) / d) * r, y: from.y + ((to.y - from.y) / d) * r }
      }
      const start = towards(s, { x: cx, y: cy }, 1)
      const end = towards(t, { x: cx, y: cy }, 1)
      out.push({ edge: e, d: bend === 0 ? `M${n2(start.x)},${n2(start.y)} L${n2(end.x)},${n2(end.y)}` : `M${n2(start.x)},${n2(start.y)} Q${n2(cx)},${n2(cy)} ${n2(end.x)},${n2(end.y)}` })
    })
  }
  return out
}

export function networkSvg(nodes: PlacedNode[], edges: DrawnEdge[], title: string): string {
  const minX = Math.min(...nodes.map((n) => n.x - n.size / 2 - 60))
  const maxX = Math.max(...nodes.map((n) => n.x + n.size / 2 + 60))
  const minY = Math.min(...nodes.map((n) => n.y - n.size / 2))
  const maxY = Math.max(...nodes.map((n) => n.y + n.size / 2 + 20))
  const x0 = (nodes.length ? minX : 0) - PAD
  const y0 = (nodes.length ? minY : 0) - PAD - 24
  const width = (nodes.length ? maxX - minX : 200) + 2 * PAD
  const height = (nodes.length ? maxY - minY : 100) + 2 * PAD + 24

  const colours = [...new Set(edges.filter((e) => e.directed).map((e) => e.colour))]
  const markerOf = (colour: string) => `arrow-${colours.indexOf(colour)}`
  const paths = edgePaths(nodes, edges).map(
    ({ edge: e, d }) => `<path d="${d}" fill="none" stroke="${escapeXml(e.colour)}" stroke-width="${n2(e.width)}" stroke-opacity="0.8"${e.directed ? ` marker-end="url(#${markerOf(e.colour)})"` : ''}/>`,
  )

  const markers = colours
    .map(
      (c) =>
        `<marker id="${markerOf(c)}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="${ARROW}" markerHeight="${ARROW}" markerUnits="userSpaceOnUse" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${escapeXml(c)}"/></marker>`,
    )
    .join('')
  const circles = nodes
    .map(
      (n) =>
        `<g><circle cx="${n2(n.x)}" cy="${n2(n.y)}" r="${n2(n.size / 2)}" fill="${escapeXml(n.colour)}" stroke="#ffffff" stroke-width="1.5"/>` +
        `<text x="${n2(n.x)}" y="${n2(n.y + n.size / 2 + 13)}" text-anchor="middle" font-size="11" fill="#1e2227" stroke="#ffffff" stroke-width="3" paint-order="stroke">${escapeXml(n.label)}</text></g>`,
    )
    .join('')
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n2(width)}" height="${n2(height)}" viewBox="${n2(x0)} ${n2(y0)} ${n2(width)} ${n2(height)}" font-family="${escapeXml(FONT)}">` +
    `<title>${escapeXml(title)}</title>` +
    `<rect x="${n2(x0)}" y="${n2(y0)}" width="${n2(width)}" height="${n2(height)}" fill="#ffffff"/>` +
    `<text x="${n2(x0 + PAD / 2)}" y="${n2(y0 + 24)}" font-size="14" font-weight="600" fill="#1e2227">${escapeXml(title)}</text>` +
    `<defs>${markers}</defs><g>${paths.join('')}</g><g>${circles}</g></svg>\n`
  )
}
