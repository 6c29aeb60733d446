// Route -> page. Keys make a page start fresh when its subject changes.
import { ActorDetailPage } from '../features/actors/ActorDetailPage'
import { ActorsPage } from '../features/actors/ActorsPage'
import { ComparePage } from '../features/compare/ComparePage'
import { EventDetailPage } from '../features/events/EventDetailPage'
import { EventsPage } from '../features/events/EventsPage'
import { ExportPage } from '../features/export/ExportPage'
import { LibraryPage } from '../features/library/LibraryPage'
import { ReaderPage } from '../features/reader/ReaderPage'
import { NetworkPage } from '../features/network/NetworkPage'
import { ChartsPage } from '../features/charts/ChartsPage'
import type { Route } from './routes'
import '../styles/analysis.css'

export function PageView({ route }: { route: Route }) {
  switch (route.page) {
    case 'library':
      return <LibraryPage />
    case 'reader':
      return <ReaderPage key={route.articleId} articleId={route.articleId} claimId={route.claimId} />
    case 'actors':
      return <ActorsPage />
    case 'actor':
      return <ActorDetailPage key={route.actorId} actorId={route.actorId} />
    case 'events':
      return <EventsPage />
    case 'event':
      return <EventDetailPage key={route.eventId} eventId={route.eventId} />
    case 'compare':
      return <ComparePage key={`${route.eventId ?? ''}|${route.view ?? ''}`} initialEventId={route.eventId} initialView={route.view} />
    case 'network':
      return <NetworkPage />
    case 'charts':
      return <ChartsPage />
    case 'export':
      return <ExportPage />
  }
}
