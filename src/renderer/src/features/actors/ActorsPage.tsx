// The actor registry: who speaks and who is spoken about, across articles.
import { useState } from 'react'
import type { ActorWithCount } from '../../../../shared/contract'
import { useNavigate } from '../../app/routes'
import { useConfirm } from '../../app/ui/confirm'
import { EmptyState, Loading } from '../../app/ui/EmptyState'
import { plural } from '../../app/ui/format'
import { api, useAction, useApiQuery } from '../../app/useApi'
import { ActorForm, type ActorDraft } from './ActorForm'

export function ActorsPage() {
  const navigate = useNavigate()
  const confirm = useConfirm()
  const actors = useApiQuery((client) => client.actors.list({}), [])
  const { busy, run } = useAction()
  const [editing, setEditing] = useState<string | null>(null)

  const create = async (draft: ActorDraft) => {
    const actor = await run(() => api().actors.create(draft), 'Could not create the actor')
    if (actor) actors.reload()
    return Boolean(actor)
  }

  const update = async (id: string, draft: ActorDraft) => {
    const actor = await run(() => api().actors.update({ id, patch: draft }), 'Could not save the actor')
    if (actor) {
      setEditing(null)
      actors.reload()
    }
    return Boolean(actor)
  }

  const remove = async (actor: ActorWithCount) => {
    const message =
      actor.claimCount > 0
        ? `${actor.name} is linked to ${plural(actor.claimCount, 'claim')}; deleting unlinks it from them. Nothing else is lost.`
        : `${actor.name} is not linked to any claim.`
    if (actor.claimCount > 0) {
      const ok = await confirm({ title: `Delete ${actor.name}?`, message, confirmLabel: 'Delete actor', danger: true })
      if (!ok) return
    }
    await run(() => api().actors.delete({ id: actor.id }), 'Could not delete the actor')
    actors.reload()
  }

  const list = [...(actors.data ?? [])].sort((a, b) => a.name.localeCompare(b.name))
  return (
    <div className="page" data-testid="actors-page">
      <header className="page-header">
        <div>
          <h1>Actors</h1>
          <p className="page-subtitle">People, organisations and countries who make claims or are their targets.</p>
        </div>
      </header>
      <section className="card" aria-label="New actor">
        <h2 className="card-title">New actor</h2>
        <ActorForm submitLabel="Add actor" busy={busy} onSubmit={create} testId="actor-create-form" />
      </section>
      {actors.loading && !actors.data ? (
        <Loading />
      ) : list.length === 0 ? (
        <EmptyState title="No actors yet." testId="actors-empty">
          Add one above, or create them while coding: type a name in a claim’s Speakers or Targets field.
        </EmptyState>
      ) : (
        <table className="data-table" data-testid="actor-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Type</th>
              <th scope="col">Aliases</th>
              <th scope="col" className="col-number">
                Claims
              </th>
              <th scope="col" className="col-actions">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((actor) =>
              editing === actor.id ? (
                <tr key={actor.id} className="editing-row">
                  <td colSpan={5}>
                    <ActorForm
                      initial={{ name: actor.name, type: actor.type, aliases: actor.aliases }}
                      submitLabel="Save"
                      busy={busy}
                      onSubmit={(draft) => update(actor.id, draft)}
                      onCancel={() => setEditing(null)}
                      testId="actor-edit-form"
                    />
                  </td>
                </tr>
              ) : (
                <tr key={actor.id} data-testid="actor-row" data-actor-id={actor.id}>
                  <td>
                    <button type="button" className="row-title" onClick={() => navigate({ page: 'actor', actorId: actor.id })} data-testid="actor-open">
                      {actor.name}
                    </button>
                  </td>
                  <td>
                    <span className="type-tag">{actor.type}</span>
                  </td>
                  <td className="muted">{actor.aliases.join(', ') || '—'}</td>
                  <td className="col-number">{actor.claimCount}</td>
                  <td className="col-actions">
                    <button type="button" className="button button-small button-quiet" onClick={() => setEditing(actor.id)} aria-label={`Edit ${actor.name}`}>
                      Edit
                    </button>
                    <button type="button" className="button button-small button-quiet" onClick={() => void remove(actor)} aria-label={`Delete ${actor.name}`} data-testid="actor-delete">
                      Delete
                    </button>
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
    </div>
  )
}
