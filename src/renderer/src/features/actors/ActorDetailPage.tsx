// One actor across the workspace: what they said, and what was said about them.
import { useNavigate } from '../../app/routes'
import { ClaimContextList } from '../../app/ui/ClaimContextList'
import { EmptyState, Loading } from '../../app/ui/EmptyState'
import { plural } from '../../app/ui/format'
import { useApiQuery } from '../../app/useApi'

export function ActorDetailPage({ actorId }: { actorId: string }) {
  const navigate = useNavigate()
  const actors = useApiQuery((client) => client.actors.list({}), [])
  const claims = useApiQuery((client) => client.claims.byActor({ id: actorId }), [actorId])
  const actor = actors.data?.find((a) => a.id === actorId)

  if (actors.data && !actor) {
    return (
      <div className="page">
        <EmptyState title="This actor no longer exists.">
          <button type="button" className="button" onClick={() => navigate({ page: 'actors' })}>
            Back to actors
          </button>
        </EmptyState>
      </div>
    )
  }
  return (
    <div className="page" data-testid="actor-page">
      <header className="page-header">
        <div>
          <button type="button" className="link-button back-link" onClick={() => navigate({ page: 'actors' })}>
            ← Actors
          </button>
          <h1>{actor?.name ?? '…'}</h1>
          {actor && (
            <p className="page-subtitle">
              <span className="type-tag">{actor.type}</span>
              {actor.aliases.length > 0 && <span> · also: {actor.aliases.join(', ')}</span>}
            </p>
          )}
        </div>
      </header>
      {!claims.data ? (
        claims.loading ? <Loading /> : null
      ) : (
        <div className="two-columns">
          <section aria-labelledby="as-speaker">
            <h2 id="as-speaker" className="section-title">
              As speaker <span className="muted">({plural(claims.data.asSpeaker.length, 'claim')})</span>
            </h2>
            {claims.data.asSpeaker.length > 0 ? (
              <ClaimContextList claims={claims.data.asSpeaker} testId="as-speaker" />
            ) : (
              <EmptyState title="No claims by this actor yet.">In the reader, add them as a speaker of a claim.</EmptyState>
            )}
          </section>
          <section aria-labelledby="as-target">
            <h2 id="as-target" className="section-title">
              As target <span className="muted">({plural(claims.data.asTarget.length, 'claim')})</span>
            </h2>
            {claims.data.asTarget.length > 0 ? (
              <ClaimContextList claims={claims.data.asTarget} testId="as-target" />
            ) : (
              <EmptyState title="No claims about this actor yet.">In the reader, add them as a target of a claim.</EmptyState>
            )}
          </section>
        </div>
      )}
    </div>
  )
}
