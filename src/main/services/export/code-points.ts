// Claimbook stores offsets in UTF-16 code units (JavaScript string indices).
// REFI-QDA, the W3C TextPositionSelector and brat count characters as
// Unicode code points (Python string indices), which differ after any
// character outside the Basic Multilingual Plane (an emoji, a rare CJK
// ideograph). This converts, in one pass over the text.
export function codePointOffsets(text: string): (utf16Offset: number) => number {
  // Fast path: no surrogate pairs, the two counts are the same.
  if (!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) return (offset) => offset
  const table = new Uint32Array(text.length + 1)
  let points = 0
  for (let i = 0; i < text.length; i++) {
    table[i] = points
    const code = text.charCodeAt(i)
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00
    if (pair) table[++i] = points
    points++
  }
  table[text.length] = points
  return (offset) => table[Math.max(0, Math.min(offset, text.length))]
}
