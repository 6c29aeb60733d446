// What the library showed when the user left it (to read an article, most
// often): the search, sort, filters, the active row and how far the list
// was scrolled. Coming back restores them, so a researcher working through a
// filtered list does not start again from the top. Kept for as long as the
// window is open, not saved.
import type { Filters } from './LibraryFilters'
import type { SortState } from './SortHeader'

export type LibraryView = { search: string; sort: SortState | null; filters: Filters; scrollTop: number; active: number }

export const libraryMemory: LibraryView = { search: '', sort: null, filters: {}, scrollTop: 0, active: 0 }
