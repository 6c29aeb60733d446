// Opens one article for coding: loads it with the actor and event lists the
// claim editor picks from.
import { useNavigate } from '../../app/routes'
import { EmptyState, Loading } from '../../app/ui/EmptyState'
import { useApiQuery } from '../../app/useApi'
import { ReaderWorkspace } from './ReaderWorkspace'

export function ReaderPage({ articleId, claimId }: { articleId: string; claimId?: string }) {
  const navigate = useNavigate()
  const article = useApiQuery((client) => client.articles.get({ id: articleId }), [articleId])
  const actors = useApiQuery((client) => client.actors.list({}), [])
  const events = useApiQuery((client) => client.events.list({}), [])

  if (article.error) {
    return (
      <div className="page">
        <EmptyState title="This article could not be opened.">
          <p>{article.error.message}</p>
          <button type="button" className="button" onClick={() => navigate({ page: 'library' })}>
            Back to the library
          </button>
        </EmptyState>
      </div>
    )
  }
  if (!article.data || !actors.data || !events.data) return <Loading label="Opening the article…" />
  return (
    <ReaderWorkspace
      article={article.data}
      actors={actors.data}
      events={events.data}
      focusClaimId={claimId}
      onActorCreated={(actor) => actors.setData((all) => [...(all ?? []), { ...actor, claimCount: 0 }])}
      onEventCreated={(event) => events.setData((all) => [...(all ?? []), { ...event, claimCount: 0 }])}
    />
  )
}
