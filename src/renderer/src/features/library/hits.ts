// Search hits as pieces of text: the library wraps the hit pieces in <mark>
// as React text, never as HTML, so a title or snippet can hold anything.

export type Piece = { text: string; hit: boolean }

/** Splits `text` at the hit ranges ([start, end) in UTF-16 units, as the
 * search index gives them). Ranges out of order, overlapping or out of
 * bounds are tolerated: they are sorted, clipped and merged. */
export function splitHits(text: string, hits: readonly (readonly [number, number])[] | undefined): Piece[] {
  const ranges = (hits ?? [])
    .map(([a, b]) => [Math.max(0, Math.min(a, text.length)), Math.max(0, Math.min(b, text.length))] as const)
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0])
  const pieces: Piece[] = []
  let at = 0
  for (const [start, end] of ranges) {
    if (end <= at) continue
    const from = Math.max(start, at)
    const last = pieces[pieces.length - 1]
    if (from > at) pieces.push({ text: text.slice(at, from), hit: false })
    // Touching or overlapping hits make one mark.
    if (from === at && last?.hit) last.text += text.slice(from, end)
    else pieces.push({ text: text.slice(from, end), hit: true })
    at = end
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at), hit: false })
  return pieces
}
