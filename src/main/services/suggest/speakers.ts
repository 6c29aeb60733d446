// Who a source span is: a registry actor matched by name, alias or surname,
// and for a pronoun ("he", "they", "who") or a description ("the minister",
// "the ministry"), the last named speaker it can refer to.
import type { Actor } from '../../../shared/domain'
import { nameKey } from '../corpus/actor-match'
import { GROUP_PRONOUNS, ORG_WORDS, PERSON_PRONOUNS, PERSON_TITLES, PRONOUNS } from './lexicon'

export type SpeakerType = 'person' | 'group'
export type Speaker = { name: string; type: SpeakerType; ids: string[] }

/** A name without the title before it and the possessive after it:
 * "Russian Deputy Foreign Minister Sergei Ryabkov" → "Sergei Ryabkov". */
export function bareName(span: string): string {
  const words = span
    .replace(/[’']s$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
  let i = 0
  // A leading nationality ("Russian") belongs to the title that follows it.
  if (words.length > 2 && /(ian|ese|ish|ch|an|i)$/.test(words[0]) && PERSON_TITLES.has(words[1].toLowerCase())) i = 1
  while (i < words.length - 1 && (PERSON_TITLES.has(words[i].toLowerCase()) || /^(the|of|a|an)$/i.test(words[i]))) i++
  return words.slice(i).join(' ').replace(/^[“"(]+|[”")]+$/g, '')
}

const lastWord = (key: string) => key.slice(key.lastIndexOf(' ') + 1)

export class RegistryMatcher {
  private readonly exact = new Map<string, string[]>()
  private readonly surname = new Map<string, string[]>()
  readonly types = new Map<string, SpeakerType>()
  readonly names = new Map<string, string>()

  constructor(actors: readonly Actor[]) {
    for (const actor of actors) {
      this.types.set(actor.id, actor.type === 'person' ? 'person' : 'group')
      this.names.set(actor.id, actor.name)
      for (const name of [actor.name, ...actor.aliases]) {
        const key = nameKey(name)
        if (!key) continue
        add(this.exact, key, actor.id)
        // Surnames only for people: "Ryabkov" is Sergei Ryabkov, but
        // "Ministry" is not every ministry.
        if (actor.type === 'person' && key.includes(' ')) add(this.surname, lastWord(key), actor.id)
      }
    }
  }

  /** Registry actors a name refers to, surest first: the whole span, the
   * name without its title, then the surname when only one person has it. */
  match(span: string): string[] {
    for (const candidate of [span, bareName(span)]) {
      const hit = this.exact.get(nameKey(candidate))
      if (hit) return [...hit]
    }
    const key = nameKey(bareName(span))
    if (!key || !/\p{Lu}/u.test(span)) return []
    const bySurname = this.surname.get(lastWord(key))
    return bySurname && bySurname.length === 1 ? [...bySurname] : []
  }
}

function add(map: Map<string, string[]>, key: string, id: string): void {
  const ids = map.get(key)
  if (!ids) map.set(key, [id])
  else if (!ids.includes(id)) ids.push(id)
}

export type Reference = { kind: 'pronoun' | 'description'; wants: SpeakerType | 'any' }

/** How a source span refers to its speaker when it does not name one. */
export function referenceOf(span: string): Reference | null {
  const lower = span.toLowerCase().trim()
  if (PRONOUNS.has(lower)) return { kind: 'pronoun', wants: PERSON_PRONOUNS.has(lower) ? 'person' : GROUP_PRONOUNS.has(lower) ? 'group' : 'any' }
  const words = lower.split(/\s+/)
  if (words[0] !== 'the' || words.length > 5 || /\p{Lu}/u.test(span.slice(4))) return null
  const head = words[words.length - 1].replace(/[’']s$/, '')
  if (ORG_WORDS.has(head)) return { kind: 'description', wants: 'group' }
  if (PERSON_TITLES.has(head)) return { kind: 'description', wants: 'person' }
  return null
}

/** The type of a named speaker, from the registry or its words. */
export function typeOfName(name: string, ids: string[], registry: RegistryMatcher): SpeakerType {
  const known = ids.map((id) => registry.types.get(id)).find(Boolean)
  if (known) return known
  const words = name.toLowerCase().split(/\s+/)
  return words.some((w) => ORG_WORDS.has(w)) || /s$/.test(words[words.length - 1]) ? 'group' : 'person'
}
