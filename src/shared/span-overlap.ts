// When a claim counts as coding a suggestion: the rule `npm run eval:suggest`
// scores spans by (scripts/eval-suggest.mjs) — two spans match when they
// overlap by at least half of the shorter one. The back end (hiding coded
// suggestions in suggest.forArticle) and the reader (hiding one the moment
// it is accepted) both use it, so a suggestion accepted with narrowed
// boundaries stays hidden after a reload, as it was before it.

/** True when [aStart, aEnd) and [bStart, bEnd) share at least half of the
 * shorter span (and something at all). Works on any coordinates: plain-text
 * offsets or editor positions. */
export function overlapsByHalf(aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  const shared = Math.min(aEnd, bEnd) - Math.max(aStart, bStart)
  return shared > 0 && shared >= 0.5 * Math.min(aEnd - aStart, bEnd - bStart)
}
