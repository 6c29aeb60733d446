// The actor registry: who speaks and who is spoken about. Type, aliases,
// membership, colour, description; merging two actors that are one (with
// undo), and finding actors whose names look alike.
import { useState } from 'react'
import type { ActorWithCount } from '../../../../shared/contract'
import type { SimilarActors as Pair } from '../../../../shared/contract-analysis'
import { useNavigate } from '../../app/routes'
import { EmptyState, Loading } from '../../app/ui/EmptyState'
import { plural } from '../../app/ui/format'
import { api, useApiQuery } from '../../app/useApi'
import { ActorSwatch } from '../compare/CompareTable'
import { RegistryTable, type Column } from '../registry/RegistryTable'
import { useRegistry } from '../registry/useRegistry'
import { ActorForm, type ActorDraft } from './ActorForm'
import { MergeDialog } from './MergeDialog'
import { MergeNotice, RecentMerges, type MergeOutcome } from './MergeNotice'
import { SimilarActors } from './SimilarActors'

const FIRST_ROWS = 200
const SIMILAR_MIN_SCORE = 0.8

export function ActorsPage() {
  const navigate = useNavigate()
  const actors = useApiQuery((client) => client.actors.list({}), [])
  const merges = useApiQuery((client) => client.merges.list({}), [])
  const registry = useRegistry<ActorDraft>({
    noun: 'actor',
    list: actors,
    create: (draft) => api().actors.create(draft),
    update: (id, draft) => api().actors.update({ id, patch: draft }),
    remove: (id) => api().actors.delete({ id }),
  })
  const [query, setQuery] = useState('')
  const [showAll, setShowAll] = useState(false)
  const [merging, setMerging] = useState<ActorWithCount | null>(null)
  const [outcome, setOutcome] = useState<MergeOutcome | null>(null)
  const [similar, setSimilar] = useState<Pair[] | null>(null)

  const all = [...(actors.data ?? [])].sort((a, b) => a.name.localeCompare(b.name))
  const byId = new Map(all.map((a) => [a.id, a]))
  const needle = query.trim().toLowerCase()
  const list = needle ? all.filter((a) => [a.name, ...a.aliases, a.type, byId.get(a.memberOf ?? '')?.name ?? ''].some((t) => t.toLowerCase().includes(needle))) : all
  const shown = showAll ? list : list.slice(0, FIRST_ROWS)

  const findSimilar = async () => {
    const pairs = await registry.run(() => api().actors.similar({ minScore: SIMILAR_MIN_SCORE }), 'Could not look for similar actors')
    if (pairs) setSimilar(pairs)
  }

  const merge = async (keepId: string, mergeId: string) => {
    const mergedName = byId.get(mergeId)?.name ?? ''
    const result = await registry.run(() => api().actors.merge({ keepId, mergeId }), 'Could not merge the actors')
    if (!result) return false
    setOutcome({ kind: 'merged', result, mergedName })
    actors.reload()
    merges.reload()
    if (similar) setSimilar(similar.filter((p) => p.a.id !== mergeId && p.b.id !== mergeId))
    return true
  }

  const undo = async (undoId: string) => {
    const result = await registry.run(() => api().actors.unmerge({ undoId }), 'Could not undo the merge')
    if (!result) return
    setOutcome({ kind: 'undone', result })
    actors.reload()
    merges.reload()
  }

  const columns: Column<ActorWithCount>[] = [
    {
      header: 'Name',
      cell: (actor) => (
        <>
          <button type="button" className="row-title" onClick={() => navigate({ page: 'actor', actorId: actor.id })} data-testid="actor-open">
            <ActorSwatch actor={actor} />
            {actor.name}
          </button>
          {actor.description && <div className="muted row-sub">{actor.description}</div>}
        </>
      ),
    },
    { header: 'Type', cell: (actor) => <span className="type-tag">{actor.type}</span> },
    {
      header: 'Part of',
      cell: (actor) => {
        const parent = byId.get(actor.memberOf ?? '')
        return parent ? (
          <button type="button" className="link-button" onClick={() => navigate({ page: 'actor', actorId: parent.id })} data-testid="actor-parent">
            {parent.name}
          </button>
        ) : (
          <span className="muted">—</span>
        )
      },
    },
    { header: 'Aliases', cell: (actor) => <span className="muted">{actor.aliases.join(', ') || '—'}</span> },
    {
      header: 'Claims',
      className: 'col-number',
      cell: (actor) =>
        actor.claimCount ? (
          <button type="button" className="count-link" onClick={() => navigate({ page: 'actor', actorId: actor.id })} aria-label={`${plural(actor.claimCount, 'claim')}: open ${actor.name}’s profile`} data-testid="actor-claim-count">
            {actor.claimCount}
          </button>
        ) : (
          <span className="count-zero">0</span>
        ),
    },
  ]

  return (
    <div className="page" data-testid="actors-page">
      <header className="page-header">
        <div>
          <h1>Actors</h1>
          <p className="page-subtitle">People, organisations and countries who make claims or are their targets.</p>
        </div>
        <div className="page-actions">
          <button type="button" className="button" onClick={() => void findSimilar()} disabled={registry.busy || all.length < 2} data-testid="similar-button">
            Find similar actors
          </button>
        </div>
      </header>
      {outcome && <MergeNotice outcome={outcome} busy={registry.busy} onUndo={(id) => void undo(id)} onDismiss={() => setOutcome(null)} />}
      {similar && <SimilarActors pairs={similar} busy={registry.busy} onMerge={(keep, gone) => void merge(keep, gone)} onClose={() => setSimilar(null)} />}
      <section className="card" aria-label="New actor">
        <h2 className="card-title">New actor</h2>
        <ActorForm actors={all} submitLabel="Add actor" busy={registry.busy} onSubmit={registry.create} testId="actor-create-form" />
      </section>
      {actors.loading && !actors.data ? (
        <Loading />
      ) : all.length === 0 ? (
        <EmptyState title="No actors yet." testId="actors-empty">
          Add one above, or create them while coding: type a name in a claim’s Speakers or Targets field.
        </EmptyState>
      ) : (
        <>
          <div className="table-toolbar">
            <input className="search-input" type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Find an actor by name, alias, type or membership" aria-label="Find an actor" data-testid="actor-search" />
            <span className="muted small">{needle ? `${list.length} of ${plural(all.length, 'actor')}` : plural(all.length, 'actor')}</span>
          </div>
          <RegistryTable
            items={shown}
            columns={columns}
            editing={registry.editing}
            onEdit={(actor) => registry.setEditing(actor.id)}
            onDelete={(actor) => void registry.remove(actor)}
            actions={(actor) => (
              <button type="button" className="button button-small button-quiet" onClick={() => setMerging(actor)} aria-label={`Merge ${actor.name} with another actor`} data-testid="actor-merge">
                Merge…
              </button>
            )}
            renderEditor={(actor) => (
              <ActorForm initial={actor} actors={all} submitLabel="Save" busy={registry.busy} onSubmit={(draft) => registry.update(actor.id, draft)} onCancel={() => registry.setEditing(null)} testId="actor-edit-form" />
            )}
            testId="actor-table"
            rowTestId="actor-row"
            deleteTestId="actor-delete"
            rowAttributes={(actor) => ({ 'data-actor-id': actor.id, 'data-actor': actor.name })}
          />
          {shown.length < list.length && (
            <p className="table-hint">
              {shown.length} of {list.length} shown ·{' '}
              <button type="button" className="link-button" onClick={() => setShowAll(true)}>
                Show all
              </button>
            </p>
          )}
        </>
      )}
      <RecentMerges merges={merges.data ?? []} busy={registry.busy} onUndo={(id) => void undo(id)} />
      {merging && <MergeDialog actor={merging} actors={all} busy={registry.busy} onMerge={merge} onClose={() => setMerging(null)} />}
    </div>
  )
}
