// A column header that sorts the library: a click sorts by it, a second
// click turns the order round. aria-sort says the order to screen readers.
import type { LibraryQuery } from '../../../../shared/contract-import'

export type SortKey = 'title' | 'outlet' | 'date' | 'claims'
export type SortState = NonNullable<LibraryQuery['sort']>

/** The first click's order: names A–Z, dates and counts highest first. */
export const firstDirection = (by: SortKey): 'asc' | 'desc' => (by === 'title' || by === 'outlet' ? 'asc' : 'desc')

export function nextSort(current: SortState, by: SortKey): SortState {
  if (current.by !== by) return { by, direction: firstDirection(by) }
  return { by, direction: (current.direction ?? firstDirection(by)) === 'asc' ? 'desc' : 'asc' }
}

type Props = { label: string; by: SortKey; sort: SortState; onSort: (by: SortKey) => void; className?: string }

export function SortHeader({ label, by, sort, onSort, className }: Props) {
  const active = sort.by === by
  const direction = sort.direction ?? (sort.by === 'relevance' ? 'desc' : firstDirection(by))
  return (
    <div role="columnheader" className={className} aria-sort={active ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'} data-testid={`sort-${by}`}>
      <button type="button" className={`sort-button${active ? ' is-active' : ''}`} onClick={() => onSort(by)} title={`Sort by ${label.toLowerCase()}`}>
        {label}
        <span className="sort-arrow" aria-hidden="true">
          {active ? (direction === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </div>
  )
}
