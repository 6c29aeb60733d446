// Edit distance with a ceiling, counting a swap of two neighbouring letters
// as one edit ("trmup" is one typo from "trump"; optimal string alignment).
// Stops as soon as the distance must exceed `max`, which makes checking a
// query word against every indexed word of a similar length cheap enough to
// do on each keystroke. The three rows live in buffers shared by every call:
// a typo query checks tens of thousands of words, and allocating three
// arrays for each was most of the cost.
const MAX_WORD = 64
let before = new Int32Array(MAX_WORD + 1)
let prev = new Int32Array(MAX_WORD + 1)
let curr = new Int32Array(MAX_WORD + 1)

export function withinDistance(a: string, b: string, max: number): number | null {
  if (Math.abs(a.length - b.length) > max) return null
  if (b.length > MAX_WORD) return null
  before.fill(0, 0, b.length + 1)
  for (let j = 0; j <= b.length; j++) prev[j] = j
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i
    let rowMin = i
    const ai = a.charCodeAt(i - 1)
    const aPrev = i > 1 ? a.charCodeAt(i - 2) : -1
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1)
      const cost = ai === bj ? 0 : 1
      let d = prev[j] + 1
      if (curr[j - 1] + 1 < d) d = curr[j - 1] + 1
      if (prev[j - 1] + cost < d) d = prev[j - 1] + cost
      if (j > 1 && ai === b.charCodeAt(j - 2) && aPrev === bj && before[j - 2] + 1 < d) d = before[j - 2] + 1
      curr[j] = d
      if (d < rowMin) rowMin = d
    }
    if (rowMin > max) return null
    const spare = before
    before = prev
    prev = curr
    curr = spare
  }
  return prev[b.length] <= max ? prev[b.length] : null
}
