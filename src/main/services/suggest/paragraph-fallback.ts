// When the rules fail on a text (a fault met on input no test foresaw), the
// article should not lose every suggestion with it: the text is read again
// paragraph by paragraph, each on its own, and only the paragraphs that
// still fail go without, counted in a notice that says what to do. In this
// mode a pronoun cannot point back to a speaker named in an earlier
// paragraph; everything else is found as usual.
import type { ActorSuggestion, TextSpan } from '../../../shared/contract-suggest'
import type { Actor } from '../../../shared/domain'
import { suggestForText, withIds, type TextSuggestions, type Unnumbered } from './engine'

type Suggest = (text: string, registry: readonly Actor[]) => TextSuggestions

const shifted = (s: TextSpan, by: number): TextSpan => ({ ...s, start: s.start + by, end: s.end + by })

/** The engine's suggestions for `text`, or, when it throws, those of each
 * paragraph that it can read, with a notice naming how many it could not. */
export function suggestGuarded(text: string, registry: readonly Actor[], suggest: Suggest = suggestForText): TextSuggestions & { notice?: string } {
  try {
    return suggest(text, registry)
  } catch (err) {
    return byParagraph(text, registry, suggest, err)
  }
}

function byParagraph(text: string, registry: readonly Actor[], suggest: Suggest, err: unknown): TextSuggestions & { notice: string } {
  const claims: Unnumbered[] = []
  const actors = new Map<string, ActorSuggestion>()
  const paragraphs = text.split('\n\n')
  let failed = 0
  let at = 0
  for (const paragraph of paragraphs) {
    try {
      const found = suggest(paragraph, registry)
      for (const { id: _id, content, source, cue, ...rest } of found.claims) {
        claims.push({ ...rest, content: shifted(content, at), source: source && shifted(source, at), cue: cue && shifted(cue, at) })
      }
      for (const a of found.actors) addActor(actors, { ...a, first: shifted(a.first, at) })
    } catch {
      failed++
    }
    at += paragraph.length + 2
  }
  const reason = err instanceof Error ? err.message : String(err)
  const notice =
    failed === 0
      ? `Suggestions were made paragraph by paragraph (the rules failed on the whole text: ${reason}), so a pronoun is not linked to a speaker named in an earlier paragraph.`
      : `Suggestions could not be made for ${failed} of ${paragraphs.length} paragraphs of this article (the rules failed on them: ${reason}). Code those by hand; the other paragraphs have theirs.`
  const order = (x: ActorSuggestion, y: ActorSuggestion) => y.mentions - x.mentions || x.first.start - y.first.start
  return { claims: withIds(claims), actors: [...actors.values()].sort(order), notice }
}

/** One actor per name across paragraphs: mentions added, variants joined,
 * the first occurrence kept. */
function addActor(actors: Map<string, ActorSuggestion>, a: ActorSuggestion): void {
  const known = actors.get(a.name)
  if (!known) return void actors.set(a.name, a)
  actors.set(a.name, { ...known, mentions: known.mentions + a.mentions, variants: [...new Set([...known.variants, ...a.variants])] })
}
