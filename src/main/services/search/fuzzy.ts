// Edit distance with a ceiling, counting a swap of two neighbouring letters
// as one edit ("trmup" is one typo from "trump"; optimal string alignment).
// Stops as soon as the distance must exceed `max`, which makes checking a
// query word against every indexed word of a similar length cheap enough to
// do on each keystroke.
export function withinDistance(a: string, b: string, max: number): number | null {
  if (Math.abs(a.length - b.length) > max) return null
  let before = new Array<number>(b.length + 1).fill(0)
  let prev = new Array<number>(b.length + 1)
  let curr = new Array<number>(b.length + 1)
  for (let j = 0; j <= b.length; j++) prev[j] = j
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1
      let d = Math.min(prev[j] + 1, curr[j - 1] + 1, prev[j - 1] + cost)
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) d = Math.min(d, before[j - 2] + 1)
      curr[j] = d
      if (d < rowMin) rowMin = d
    }
    if (rowMin > max) return null
    ;[before, prev, curr] = [prev, curr, before]
  }
  return prev[b.length] <= max ? prev[b.length] : null
}
