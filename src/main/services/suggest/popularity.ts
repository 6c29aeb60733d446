// How well someone stands with a group: "The governor is popular with
// independents", "the plan is unpopular among Republicans", "she was
// little known in the black community". The group holds the view (the
// source), the one they judge is the content (rule "standing").
import type { Context } from './content'
import type { Token } from './nlp'
import { phraseStartingAt, subjectBefore } from './phrases'
import { isHuman } from './who-speaks'
import type { Candidate } from './rules'
import { heldStance } from './stances'

/** Adjectives of standing with people. */
const STANDING = /^(popular|unpopular|beloved|admired|respected|trusted|distrusted|mistrusted|despised|hated|disliked|reviled|liked|loved|known|unknown)$/

export function standingCue(ctx: Context, t: Token, first: number, last: number): Candidate | null {
  const { tokens } = ctx.a
  if (!STANDING.test(t.lower)) return null
  const prep = tokens[t.i + 1]
  if (!prep || !/^(with|among)$/.test(prep.lower)) return null
  // After "is"/"was" and its adverbs: "is still largely unknown among".
  let j = t.i - 1
  while (j >= first && tokens[j].pos === 'ADV') j--
  if (j < first || tokens[j].lemma !== 'be') return null
  const group = phraseStartingAt(tokens, t.i + 2, last)
  const judged = subjectBefore(tokens, j, first)
  if (!group || !judged || !isHuman(tokens, group)) return null
  return heldStance(tokens, t, t.i + 1, judged.first, judged.last, group, 'standing', 0.45)
}
