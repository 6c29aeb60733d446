// Attitudes without "be": an adjective of attitude after the noun it
// describes, as a reduced relative clause ("supporters reluctant to give
// up the fight" = supporters who are reluctant …), or after a comma that
// closes the clause, describing its subject ("The aides cancelled two
// events, wary of tiring their candidate"). The adjective and its
// preposition are the cue, what follows is the content (rule "attitude",
// as "was reluctant to" in stances.ts).
import { contentEnd, isComma, type Context } from './content'
import type { Token } from './nlp'
import { sentenceSubject } from './clauses'
import { hasVerb, phraseEndingAt, type Range } from './phrases'
import { isHuman } from './who-speaks'
import { ATTITUDES, heldStance, objectAt, type StanceCandidate } from './stances'

/** What opens the content after the adjective: "reluctant to", "wary of",
 * "angry about", "interested in", "sure that". */
const PREPS = /^(to|of|about|that|in|over|with)$/

/** Adjectives that after a noun say something else: "a deal certain to
 * pass", "the first to say", "a clear majority", "a firm united …". */
const NOT_AFTER_NOUN = /^(clear|quick|certain|sure|critical|united|split|divided|silent|firm|sick|tired)$/

export function postnominalAttitude(ctx: Context, t: Token, first: number, last: number): StanceCandidate | null {
  const { tokens } = ctx.a
  if (t.pos !== 'ADJ' || !ATTITUDES.has(t.lower) || NOT_AFTER_NOUN.test(t.lower) || t.i <= first) return null
  const prep = tokens[t.i + 1]
  if (!prep || !PREPS.test(prep.lower) || t.i + 2 > last) return null
  // Past an adverb or two: "many of them deeply skeptical about", "each
  // suddenly willing to".
  let p = t.i - 1
  while (p > first && t.i - p <= 2 && tokens[p].pos === 'ADV') p--
  const prev = tokens[p]
  let who: Range | null = null
  if (/^(NOUN|PROPN)$/.test(prev.pos) || (p < t.i - 1 && prev.pos === 'PRON' && !/^(it|this|that)$/.test(prev.lower))) who = phraseEndingAt(tokens, p, first)
  // After a comma, the adjective describes the subject of the clause
  // before it, which must have a verb.
  else if (isComma(prev) && p > first && hasVerb(tokens, first, p - 1)) who = sentenceSubject(tokens, first, p)
  if (!who || !isHuman(tokens, who)) return null
  const from = t.i + 2
  const np = prep.lower === 'that' || tokens[from].pos === 'VERB' ? null : objectAt(tokens, from, last)
  const to = np ? np.last : contentEnd(ctx, from, last)
  if (to < from) return null
  return heldStance(tokens, t, t.i + 1, from, to, who, 'attitude', 0.4)
}
