// The scope of an export in words, as the dialog states it: "the workspace",
// "this article", "12 articles", the event “…”, the actor “…”.
import type { ExportScope } from '../../../../shared/contract-export'
import { useApiQuery } from '../../app/useApi'

export function scopeWords(scope: ExportScope, name?: string): string {
  switch (scope.type) {
    case 'workspace':
      return 'the workspace'
    case 'article':
      return 'this article'
    case 'articles': {
      const count = new Set(scope.ids).size
      return count === 1 ? '1 article' : `${count.toLocaleString('en')} articles`
    }
    case 'event':
      return name === undefined ? 'an event' : `the event “${name}”`
    case 'actor':
      return name === undefined ? 'an actor' : `the actor “${name}”`
  }
}

/** The words, with the event's or actor's name looked up. */
export function useScopeWords(scope: ExportScope): string {
  const named = scope.type === 'event' || scope.type === 'actor' ? scope : null
  const lookup = useApiQuery(
    async (client) => {
      if (!named) return undefined
      const list = named.type === 'event' ? await client.events.list({}) : await client.actors.list({})
      return list.find((entry) => entry.id === named.id)?.name
    },
    [named?.type, named?.id],
  )
  return scopeWords(scope, lookup.data)
}
