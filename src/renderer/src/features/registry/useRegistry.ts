// What the actor and event registries do alike: create, save an edit, delete
// after saying what the deletion unlinks, and reload the list.
import { useState } from 'react'
import { useConfirm } from '../../app/ui/confirm'
import { plural } from '../../app/ui/format'
import { useAction, type Query } from '../../app/useApi'
import { useWorkspace } from '../../app/workspace'

type Item = { id: string; name: string; claimCount: number }

type Options<D> = {
  noun: 'actor' | 'event'
  /** Reloaded after every change. */
  list: Pick<Query<unknown>, 'reload'>
  create: (draft: D) => Promise<unknown>
  update: (id: string, draft: D) => Promise<unknown>
  remove: (id: string) => Promise<unknown>
  /** Ask even when no claim is linked (an event may hold sub-events). */
  alwaysConfirm?: boolean
}

export function useRegistry<D>({ noun, list, create, update, remove, alwaysConfirm = false }: Options<D>) {
  const confirm = useConfirm()
  const { refresh } = useWorkspace()
  const { busy, run } = useAction()
  const [editing, setEditing] = useState<string | null>(null)

  const done = (result: unknown) => {
    if (result === undefined) return false
    list.reload()
    refresh()
    return true
  }

  return {
    busy,
    run,
    editing,
    setEditing,
    create: async (draft: D) => done(await run(() => create(draft), `Could not create the ${noun}`)),
    update: async (id: string, draft: D) => {
      const ok = done(await run(() => update(id, draft), `Could not save the ${noun}`))
      if (ok) setEditing(null)
      return ok
    },
    remove: async (item: Item) => {
      const message =
        item.claimCount > 0
          ? `${item.name} is linked to ${plural(item.claimCount, 'claim')}; deleting unlinks it from them. Nothing else is lost.`
          : `${item.name} is not linked to any claim. Nothing else is lost.`
      if (item.claimCount > 0 || alwaysConfirm) {
        const ok = await confirm({ title: `Delete ${item.name}?`, message, confirmLabel: `Delete ${noun}`, danger: true })
        if (!ok) return
      }
      done(await run(() => remove(item.id), `Could not delete the ${noun}`))
    },
  }
}
