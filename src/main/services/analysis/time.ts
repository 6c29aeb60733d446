// Periods for charts over time: days for a short span (up to two months),
// months otherwise, with the empty periods in between so that a time axis
// has no holes.
import type { TimeUnit } from '../../../shared/contract-analysis'

const MAX_DAYS_BY_DAY = 62

/** The day ("2020-12-24") or month ("2020-12") of a date; null when the
 * date is empty or too coarse (a year alone) for the unit. */
export function periodOf(date: string, unit: TimeUnit): string | null {
  const length = unit === 'day' ? 10 : 7
  return date.length >= length ? date.slice(0, length) : null
}

const dayNumber = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000

/** Days when every date falls on a known day within about two months of
 * the others; months otherwise. */
export function unitFor(dates: Iterable<string>): TimeUnit {
  let first = ''
  let last = ''
  for (const date of dates) {
    if (!date) continue
    if (date.length < 10) return 'month'
    const day = date.slice(0, 10)
    if (!first || day < first) first = day
    if (!last || day > last) last = day
  }
  return first && dayNumber(last) - dayNumber(first) <= MAX_DAYS_BY_DAY ? 'day' : 'month'
}

/** Every period from `first` to `last` inclusive (both from periodOf). */
export function periodsBetween(first: string, last: string, unit: TimeUnit): string[] {
  const out: string[] = []
  if (unit === 'day') {
    for (let n = dayNumber(first), end = dayNumber(last); n <= end; n++) out.push(new Date(n * 86_400_000).toISOString().slice(0, 10))
    return out
  }
  let year = Number(first.slice(0, 4))
  let month = Number(first.slice(5, 7))
  for (let period = first; period <= last; period = `${year}-${String(month).padStart(2, '0')}`) {
    out.push(period)
    month++
    if (month > 12) {
      month = 1
      year++
    }
  }
  return out
}
