// Who speaks in an annotation (a brat Source span) as an actor of the
// workspace: an existing actor whose name or an alias matches (case, spacing
// and the kind of apostrophe aside), otherwise a new actor, shared by every
// article of the same import. Pronouns ("he", "they") are nobody in
// particular: they are kept on the claim's note, never made actors.
import { nanoid } from 'nanoid'
import { Actor } from '../../../shared/domain'

const PRONOUNS = new Set(
  'i me my we us our you your he him his she her it its they them their who whom which that this these those one someone somebody anyone everyone nobody some others many'.split(' '),
)

/** The form names are compared in. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'(\[,.;:–—-]+|[\s"')\],.;:–—-]+$/g, '')
}

/** The name an actor gets from a span of text, or null when the span names
 * nobody in particular. */
export function actorName(span: string): string | null {
  const name = span.replace(/\s+/g, ' ').replace(/^[\s"“”'‘’(\[,.;:–—-]+|[\s"“”'‘’)\],.;:–—-]+$/g, '')
  if (!name || name.length > 300 || !/\p{L}/u.test(name)) return null
  return PRONOUNS.has(nameKey(name)) ? null : name
}

export class ActorMatcher {
  private readonly byKey = new Map<string, string>()
  private readonly created: Actor[] = []

  constructor(existing: readonly Actor[]) {
    for (const actor of existing) {
      for (const name of [actor.name, ...actor.aliases]) {
        const key = nameKey(name)
        if (key && !this.byKey.has(key)) this.byKey.set(key, actor.id)
      }
    }
  }

  /** The actor for a source span (created when new), or null for a
   * pronoun or a span that names nobody. */
  resolve(span: string): string | null {
    const name = actorName(span)
    if (!name) return null
    const key = nameKey(name)
    const known = this.byKey.get(key)
    if (known) return known
    // Parsed, so that every field the schema defaults is filled in.
    const actor = Actor.parse({ id: nanoid(12), name })
    this.created.push(actor)
    this.byKey.set(key, actor.id)
    return actor.id
  }

  /** Actors created since the last call, to be saved before the articles
   * that point at them. */
  takeCreated(): Actor[] {
    return this.created.splice(0)
  }

  /** A point to roll back to: the actors created after it are forgotten
   * (their article failed, so nothing points at them). */
  mark(): number {
    return this.created.length
  }

  rollback(mark: number): void {
    for (const actor of this.created.splice(mark)) this.byKey.delete(nameKey(actor.name))
  }
}
