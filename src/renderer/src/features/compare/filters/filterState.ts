// The filters every analysis view shares (comparisons, networks, charts,
// profiles, timelines): one state for the whole app session, so narrowing to
// an outlet or a date range on one view still holds on the next.
import { useSyncExternalStore } from 'react'
import type { Filters } from '../../../../../shared/contract-analysis'
import { KINDS, type Kind } from '../../../../../shared/domain'

export type FilterState = { from: string; to: string; outlets: string[]; tags: string[]; kinds: Kind[] }

export const NO_FILTERS: FilterState = { from: '', to: '', outlets: [], tags: [], kinds: [] }

let current: FilterState = NO_FILTERS
const listeners = new Set<() => void>()

export function setFilters(next: FilterState): void {
  current = next
  for (const listener of listeners) listener()
}

export function useFilters(): FilterState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => current,
  )
}

/** Dates are compared as text (ISO); "2020-12" covers the whole month. */
export function dateProblem(state: FilterState): string | null {
  if (state.from && state.to && state.from > state.to && !state.to.startsWith(state.from)) return 'The start date is after the end date: swap them.'
  return null
}

/** The filters as the API takes them: empty ones left out, all three kinds
 * the same as none. Undefined when nothing narrows. */
export function apiFilters(state: FilterState): Filters | undefined {
  const out: Filters = {}
  if (state.from) out.from = state.from
  if (state.to) out.to = state.to
  if (state.outlets.length) out.outlets = state.outlets
  if (state.tags.length) out.tags = state.tags
  if (state.kinds.length && state.kinds.length < KINDS.length) out.kinds = state.kinds
  return Object.keys(out).length ? out : undefined
}

/** A stable key for effect dependencies. */
export function filterKey(state: FilterState): string {
  return JSON.stringify(apiFilters(state) ?? {})
}

export function isFiltered(state: FilterState): boolean {
  return apiFilters(state) !== undefined
}
