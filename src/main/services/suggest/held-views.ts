// A view held, named by a noun after "have": "Rubio had strong views on
// the protest", "Sanders has a particular critique of the economy",
// "voters have mixed feelings about her", "she has no doubt that …"
// (rule "held-view"). PolNeAR reads these as the holder's stance, as it
// reads "Rubio thinks …". ("has" before a noun is often tagged as an
// auxiliary, so it is not among stances.ts's light verbs.)
import { OWNERS_OR_YOUR } from './lexicon'
import { contentEnd, span, type Context } from './content'
import type { Token } from './nlp'
import { subjectBefore } from './phrases'
import { canSpeak, isHuman } from './who-speaks'
import type { Candidate } from './rules'
import { objectAt } from './stances'

/** Nouns of something one thinks, fears or proposes. */
const HELD = new Set(
  `view views opinion opinions feeling feelings impression impressions concern concerns doubt doubts question questions
  reservation reservations qualms misgivings worry worries fear fears hope hopes confidence faith trust respect idea ideas
  critique complaint complaints objection objections problem problems beef grievance grievances suspicion suspicions
  belief beliefs plan plans proposal proposals message vision`.split(/\s+/),
)

/** What follows the noun and opens what the view is about. */
const ABOUT = /^(of|about|on|toward|towards|over|for|with|in|that|to|:)$/

const OPENS_CLAUSE = /^(that|:|to|who|what|whether|how|why|which|where|when)$/

export function heldViewCue(ctx: Context, t: Token, first: number, last: number): Candidate | null {
  const { tokens } = ctx.a
  // ("Rubio had better plan to win": an idiom of advice.)
  if (t.lemma !== 'have' || !/^(AUX|VERB)$/.test(t.pos) || tokens[t.i + 1]?.lower === 'better') return null
  // Up to three determiners, adjectives or adverbs: "had sharply different
  // views", "has no plans", "have their own ideas".
  let n = t.i + 1
  while (n <= last && n - t.i <= 3 && (/^(DET|ADJ|NUM|ADV)$/.test(tokens[n].pos) || OWNERS_OR_YOUR.test(tokens[n].lower))) n++
  const noun = tokens[n]
  const prep = tokens[n + 1]
  if (!noun || noun.pos !== 'NOUN' || !HELD.has(noun.lower) || !prep || n + 2 > last || !ABOUT.test(prep.lower)) return null
  // ("has plans to expand": an infinitive; "has faith in voters": a phrase.)
  if (prep.lower === 'to' && tokens[n + 2].pos !== 'VERB') return null
  const subject = subjectBefore(tokens, t.i, first)
  if (!subject || !isHuman(tokens, subject) || !canSpeak(tokens, subject)) return null
  const from = prep.lower === 'to' ? n + 1 : n + 2
  const clause = OPENS_CLAUSE.test(prep.lower) || OPENS_CLAUSE.test(tokens[from].lower) || tokens[from].pos === 'VERB'
  const np = clause ? null : objectAt(tokens, from, last)
  const to = np ? np.last : contentEnd(ctx, from, last)
  if (to < from) return null
  return {
    content: { start: tokens[from].start, end: tokens[to].end },
    source: span(tokens, subject),
    cue: span(tokens, { first: t.i, last: prep.lower === 'to' ? n : n + 1 }),
    cueLemma: noun.lemma,
    rule: 'held-view',
    confidence: 0.5,
    stance: true,
  }
}
