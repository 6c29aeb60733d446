// The filters every comparison, network and chart accepts (date range,
// outlets, tags, kinds, events), as one predicate over claims.
import { dateBounds, type Filters } from '../../../shared/contract-analysis'
import type { ClaimInContext, Event } from '../../../shared/domain'
import type { Dataset } from './dataset'
import { descendants } from './hierarchy'

const parentOf = (e: Event) => e.parentId

/** The event and, when asked, all its sub-events. */
export function eventScope(data: Dataset, eventId: string, includeChildren = false): Set<string> {
  return includeChildren ? descendants(eventId, data.events.values(), parentOf) : new Set([eventId])
}

/** A claim passes when it meets every filter given. A date filter keeps a
 * claim whose article's date (a day, month or year) overlaps the range, so
 * an article dated only "2020-12" is inside December 2020; an undated one is
 * outside any date range. */
export function claimFilter(data: Dataset, filters: Filters | undefined): (c: ClaimInContext) => boolean {
  if (!filters) return () => true
  const from = dateBounds(filters.from ?? '')
  const to = dateBounds(filters.to ?? '')
  const outlets = filters.outlets?.length ? new Set(filters.outlets.map((o) => o.trim())) : null
  const tags = filters.tags?.length ? new Set(filters.tags) : null
  const kinds = filters.kinds?.length ? new Set(filters.kinds) : null
  let events: Set<string> | null = null
  if (filters.eventIds?.length) {
    events = new Set()
    for (const id of filters.eventIds) for (const e of eventScope(data, id, true)) events.add(e)
  }
  return (c) => {
    if (kinds && !kinds.has(c.kind)) return false
    if (outlets && !outlets.has(c.outlet.trim())) return false
    if (events && !(c.eventId && events.has(c.eventId))) return false
    if (from || to) {
      const date = dateBounds(c.publishedAt)
      if (!date || (from && date.high < from.low) || (to && date.low > to.high)) return false
    }
    if (tags && !c.tags.some((t) => tags.has(t)) && !data.articleTags(c.articleId).some((t) => tags.has(t))) return false
    return true
  }
}
