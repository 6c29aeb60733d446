// A tiny router kept in React state: the app is one window with a handful of
// pages, so a router package would add more than it saves. Routes are plain
// data so any component can say where to go next.
import { createContext, useContext } from 'react'

export type Route =
  | { page: 'library' }
  | { page: 'reader'; articleId: string; claimId?: string }
  | { page: 'actors' }
  | { page: 'actor'; actorId: string }
  | { page: 'events' }
  | { page: 'event'; eventId: string }
  | { page: 'compare'; eventId?: string; view?: CompareView }
  | { page: 'network' }
  | { page: 'charts' }
  | { page: 'export' }

/** The comparisons: event × actor, outlets side by side, two sides head to head. */
export type CompareView = 'actors' | 'outlets' | 'head'

/** The sidebar sections; detail pages belong to the section they came from. */
export type Section = 'library' | 'actors' | 'events' | 'compare' | 'network' | 'charts' | 'export'

export function sectionOf(route: Route): Section {
  switch (route.page) {
    case 'library':
    case 'reader':
      return 'library'
    case 'actors':
    case 'actor':
      return 'actors'
    case 'events':
    case 'event':
      return 'events'
    case 'compare':
      return 'compare'
    case 'network':
      return 'network'
    case 'charts':
      return 'charts'
    case 'export':
      return 'export'
  }
}

export type Navigate = (route: Route) => void

export const NavigationContext = createContext<Navigate>(() => {
  throw new Error('NavigationContext is missing: render inside <App/>')
})

export function useNavigate(): Navigate {
  return useContext(NavigationContext)
}
