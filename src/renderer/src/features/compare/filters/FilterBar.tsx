// One filter bar for every analysis view: date range, outlets, tags, kinds.
// It edits the shared filter state (filterState.ts); each view reloads when
// the filters change. Outlets and tags come from the library's facets.
import { useCallback } from 'react'
import { KINDS, type Kind } from '../../../../../shared/domain'
import { KIND_STYLES } from '../../../../../shared/kinds'
import { kindVars } from '../../../app/ui/KindBadge'
import { api } from '../../../app/useApi'
import { MultiSelect, type Option } from './MultiSelect'
import { dateProblem, isFiltered, NO_FILTERS, setFilters, useFilters } from './filterState'

async function facets(which: 'outlets' | 'tags'): Promise<Option[]> {
  const page = await api().library.query({ limit: 1, facets: true })
  return (page.facets?.[which] ?? []).map((f) => ({ value: f.value, count: f.count }))
}

export function FilterBar({ hideKinds = false }: { hideKinds?: boolean }) {
  const filters = useFilters()
  const loadOutlets = useCallback(() => facets('outlets'), [])
  const loadTags = useCallback(() => facets('tags'), [])
  const problem = dateProblem(filters)
  const toggleKind = (kind: Kind) => setFilters({ ...filters, kinds: filters.kinds.includes(kind) ? filters.kinds.filter((k) => k !== kind) : [...filters.kinds, kind] })

  return (
    <div className="filter-bar" role="group" aria-label="Filters" data-testid="filter-bar">
      <span className="filter-bar-title">Filters</span>
      <label className="filter-date">
        <span>From</span>
        <input type="date" value={filters.from} onChange={(e) => setFilters({ ...filters, from: e.target.value })} aria-invalid={Boolean(problem)} data-testid="filter-from" />
      </label>
      <label className="filter-date">
        <span>to</span>
        <input type="date" value={filters.to} onChange={(e) => setFilters({ ...filters, to: e.target.value })} aria-invalid={Boolean(problem)} data-testid="filter-to" />
      </label>
      <MultiSelect label="Outlets" allLabel="all" selected={filters.outlets} onChange={(outlets) => setFilters({ ...filters, outlets })} loadOptions={loadOutlets} testId="filter-outlets" />
      <MultiSelect label="Tags" allLabel="any" selected={filters.tags} onChange={(tags) => setFilters({ ...filters, tags })} loadOptions={loadTags} testId="filter-tags" />
      {!hideKinds && (
        <span className="filter-kinds" role="group" aria-label="Kinds">
          {KINDS.map((kind) => {
            const on = filters.kinds.length === 0 || filters.kinds.includes(kind)
            return (
              <button
                key={kind}
                type="button"
                className={`kind-toggle${on ? ' is-on' : ''}`}
                style={kindVars(kind)}
                aria-pressed={filters.kinds.includes(kind)}
                title={filters.kinds.length === 0 ? `All kinds are shown; click to show only ${KIND_STYLES[kind].label.toLowerCase()}s` : `Show ${KIND_STYLES[kind].label.toLowerCase()}s or not`}
                onClick={() => toggleKind(kind)}
                data-testid={`filter-kind-${kind}`}
              >
                <span className="kind-swatch" aria-hidden="true">
                  {KIND_STYLES[kind].letter}
                </span>
                {KIND_STYLES[kind].label}
              </button>
            )
          })}
        </span>
      )}
      {isFiltered(filters) && (
        <button type="button" className="link-button small filter-clear" onClick={() => setFilters(NO_FILTERS)} data-testid="filter-clear">
          Clear filters
        </button>
      )}
      {problem && (
        <p className="filter-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  )
}
