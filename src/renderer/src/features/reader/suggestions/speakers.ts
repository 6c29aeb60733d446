// Who says it: the registry actors a suggestion's speaker is, and the actor
// to create when there is none yet. The back end matches speakers to the
// registry as it was when it ran; an actor added since (from the actor
// suggestions, or a picker) is matched here by name or alias, so accepting
// never creates a second "Sergei Ryabkov".
import type { ActorSuggestion, ClaimSuggestion } from '../../../../../shared/contract-suggest'
import type { Actor } from '../../../../../shared/domain'

type ActorType = Actor['type']

export type RegistryActor = { id: string; name: string; aliases: string[] }

/** Names compare without case, curly apostrophes or non-breaking spaces. */
export const nameKey = (name: string) => name.normalize('NFKC').replace(/[\u00a0\s]+/g, ' ').replace(/[’‘]/g, "'").trim().toLowerCase()

/** Every name and alias of the registry, to the actors that carry it. */
export function registryIndex(actors: readonly RegistryActor[]): Map<string, string[]> {
  const index = new Map<string, string[]>()
  for (const actor of actors) {
    for (const name of [actor.name, ...actor.aliases]) {
      const key = nameKey(name)
      const ids = index.get(key) ?? []
      if (!ids.includes(actor.id)) ids.push(actor.id)
      index.set(key, ids)
    }
  }
  return index
}

/** The actor suggestion a speaker name is one of the forms of. */
export function actorSuggestionFor(name: string, actors: readonly ActorSuggestion[]): ActorSuggestion | undefined {
  const key = nameKey(name)
  if (!key) return undefined
  return actors.find((a) => nameKey(a.name) === key || a.variants.some((v) => nameKey(v) === key))
}

/** The registry actors a suggestion's speaker refers to: the back end's
 * match while those actors exist, else any actor named by the speaker's
 * name or by another form of it the article uses. */
export function speakersOf(suggestion: ClaimSuggestion, index: Map<string, string[]>, known: ReadonlySet<string>, actorSuggestions: readonly ActorSuggestion[]): string[] {
  const matched = suggestion.speakerIds.filter((id) => known.has(id))
  if (matched.length > 0) return matched
  const forms = [suggestion.speakerName]
  const group = actorSuggestionFor(suggestion.speakerName, actorSuggestions)
  if (group) forms.push(group.name, ...group.variants)
  for (const form of forms) {
    const ids = index.get(nameKey(form))
    if (ids?.length) return ids
  }
  return []
}

/** The actor to add for a speaker not in the registry: the fullest form of
 * the name the article uses, the other forms as aliases. */
export function newSpeakerActor(suggestion: ClaimSuggestion, actorSuggestions: readonly ActorSuggestion[]): { name: string; type: ActorType; aliases: string[] } | null {
  const name = suggestion.speakerName.trim()
  if (!name) return null
  const group = actorSuggestionFor(name, actorSuggestions)
  if (group) return actorInput(group)
  return { name, type: 'other', aliases: [] }
}

/** actors.create's input for an actor suggestion. */
export function actorInput(group: ActorSuggestion): { name: string; type: ActorType; aliases: string[] } {
  const key = nameKey(group.name)
  const aliases = [...new Map(group.variants.filter((v) => nameKey(v) !== key).map((v) => [nameKey(v), v.trim()])).values()]
  return { name: group.name.trim(), type: group.type, aliases: aliases.slice(0, 200) }
}

/** A speaker worth adding by default: a name the article uses as a person's
 * or organisation's (not "officials" or "the ministry" alone). */
export function isNamedSpeaker(suggestion: ClaimSuggestion, actorSuggestions: readonly ActorSuggestion[]): boolean {
  return !!actorSuggestionFor(suggestion.speakerName, actorSuggestions)
}

/** The actor suggestions not yet in the registry under any of their forms. */
export function missingActors(actorSuggestions: readonly ActorSuggestion[], index: Map<string, string[]>): ActorSuggestion[] {
  return actorSuggestions.filter((a) => ![a.name, ...a.variants].some((form) => index.has(nameKey(form))))
}
