// Actor names by id, for the claims drawer and the targets under quotes.
import { useMemo } from 'react'

export function useActorNames(actors: readonly { id: string; name: string }[] | undefined): (id: string) => string | undefined {
  return useMemo(() => {
    const byId = new Map((actors ?? []).map((a) => [a.id, a.name]))
    return (id: string) => byId.get(id)
  }, [actors])
}
