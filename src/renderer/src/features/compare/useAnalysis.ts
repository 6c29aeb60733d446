// Loading an analysis with the shared filters: the view says what to ask for
// given the API filters; a date range the wrong way round asks for nothing
// (the filter bar says what to fix).
import type { DependencyList } from 'react'
import type { ClaimbookApi } from '../../../../shared/contract'
import type { Filters } from '../../../../shared/contract-analysis'
import { useApiQuery, type Query } from '../../app/useApi'
import { apiFilters, dateProblem, filterKey, useFilters } from './filters/filterState'

export function useAnalysis<T>(load: (client: ClaimbookApi, filters: Filters | undefined) => Promise<T> | null, deps: DependencyList): Query<T | null> & { filtersKey: string } {
  const state = useFilters()
  const key = filterKey(state)
  const invalid = dateProblem(state) !== null
  const query = useApiQuery<T | null>((client) => (invalid ? Promise.resolve(null) : (load(client, apiFilters(state)) ?? Promise.resolve(null))), [...deps, key, invalid])
  return { ...query, filtersKey: key }
}
