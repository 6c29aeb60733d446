// The library's filters: outlet and tag (with the counts of the current
// search), date range, actor, event and whether an article has claims.
import type { LibraryPage, LibraryQuery } from '../../../../shared/contract-import'
import { useApiQuery } from '../../app/useApi'
import { FacetMenu, type FacetOption } from './FacetMenu'

export type Filters = NonNullable<LibraryQuery['filters']>

export const hasFilters = (f: Filters) => Object.values(f).some((v) => (Array.isArray(v) ? v.length > 0 : v !== undefined && v !== ''))

type Props = { filters: Filters; facets: LibraryPage['facets']; onChange: (filters: Filters) => void }

export function LibraryFilters({ filters, facets, onChange }: Props) {
  // Names for the actor and event menus; counts are their claims in all.
  const actors = useApiQuery((client) => client.actors.list({}), [])
  const events = useApiQuery((client) => client.events.list({}), [])
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => {
    const next = { ...filters, [key]: value }
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) delete next[key]
    onChange(next)
  }
  const facetOptions = (list: { value: string; count: number }[] | undefined): FacetOption[] => (list ?? []).map((f) => ({ value: f.value, label: f.value, count: f.count }))
  const actorOptions: FacetOption[] = (actors.data ?? []).map((a) => ({ value: a.id, label: a.name, count: a.claimCount }))
  const eventOptions: FacetOption[] = (events.data ?? []).map((e) => ({ value: e.id, label: e.name, count: e.claimCount }))
  return (
    <div className="library-filters" role="group" aria-label="Filter the articles" data-testid="library-filters">
      <FacetMenu label="Outlet" options={facetOptions(facets?.outlets)} selected={filters.outlets ?? []} onChange={(v) => set('outlets', v)} testId="filter-outlet" />
      <FacetMenu label="Tag" options={facetOptions(facets?.tags)} selected={filters.tags ?? []} onChange={(v) => set('tags', v)} testId="filter-tag" />
      <FacetMenu label="Actor" options={actorOptions} selected={filters.actorIds ?? []} onChange={(v) => set('actorIds', v)} testId="filter-actor" />
      <FacetMenu label="Event" options={eventOptions} selected={filters.eventIds ?? []} onChange={(v) => set('eventIds', v)} testId="filter-event" />
      <label className="filter-date">
        <span>From</span>
        <input type="date" value={filters.from ?? ''} max={filters.to} onChange={(e) => set('from', e.target.value || undefined)} data-testid="filter-from" title={facets?.dates ? `Earliest here: ${facets.dates.from}` : undefined} />
      </label>
      <label className="filter-date">
        <span>to</span>
        <input type="date" value={filters.to ?? ''} min={filters.from} onChange={(e) => set('to', e.target.value || undefined)} data-testid="filter-to" title={facets?.dates ? `Latest here: ${facets.dates.to}` : undefined} />
      </label>
      <label className="filter-claims">
        <span className="visually-hidden">Claims</span>
        <select value={filters.hasClaims === undefined ? '' : String(filters.hasClaims)} onChange={(e) => set('hasClaims', e.target.value === '' ? undefined : e.target.value === 'true')} data-testid="filter-claims">
          <option value="">With or without claims</option>
          <option value="true">With claims</option>
          <option value="false">Without claims</option>
        </select>
      </label>
      {hasFilters(filters) && (
        <button type="button" className="link-button" onClick={() => onChange({})} data-testid="clear-filters">
          Clear filters
        </button>
      )}
    </div>
  )
}
