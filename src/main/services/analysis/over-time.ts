// Claims over time, split by one more key (kind totals for a profile, outlet
// for a timeline or a chart): the periods from the first to the last dated
// claim, empty ones included, and the claims that cannot be placed.
import type { TimeUnit } from '../../../shared/contract-analysis'
import type { ClaimInContext } from '../../../shared/domain'
import { KindTally } from './tally'
import { periodOf, periodsBetween, unitFor } from './time'

export type Series = {
  unit: TimeUnit
  periods: string[]
  /** period → key → tally; a period with no claims has no entry. */
  cells: Map<string, Map<string, KindTally>>
  /** key → tally of claims with no usable date for the unit. */
  undated: Map<string, KindTally>
}

function tallyIn(map: Map<string, KindTally>, key: string): KindTally {
  let tally = map.get(key)
  if (!tally) map.set(key, (tally = new KindTally()))
  return tally
}

export function overTime(claims: readonly ClaimInContext[], keyOf: (c: ClaimInContext) => string): Series {
  const unit = unitFor(claims.map((c) => c.publishedAt))
  const cells = new Map<string, Map<string, KindTally>>()
  const undated = new Map<string, KindTally>()
  let first = ''
  let last = ''
  for (const c of claims) {
    const period = periodOf(c.publishedAt, unit)
    if (!period) {
      tallyIn(undated, keyOf(c)).add(c)
      continue
    }
    if (!first || period < first) first = period
    if (!last || period > last) last = period
    let row = cells.get(period)
    if (!row) cells.set(period, (row = new Map()))
    tallyIn(row, keyOf(c)).add(c)
  }
  return { unit, periods: first ? periodsBetween(first, last, unit) : [], cells, undated }
}
