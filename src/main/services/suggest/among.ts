// A view held by a group, named by a noun of thought or feeling with the
// group after "among": "there is a sense among some aides that he will
// win", "the feeling among many voters that the country is adrift",
// "anxiety among donors about the target" (rule "among"). Those after
// "among" hold the view; what follows "that" or "about" is its content.
// (A view without its content, "raised concerns among experts", is left
// out: the content is elsewhere.)
import { contentEnd, type Context } from './content'
import type { Token } from './nlp'
import { phraseStartingAt } from './phrases'
import { canSpeak, isHuman } from './who-speaks'
import type { Candidate } from './rules'
import { heldStance, objectAt } from './stances'

/** Nouns of a view or a feeling that a group can share. */
const SHARED = new Set(
  `sense feeling feelings belief beliefs view views perception perceptions recognition consensus concern concerns
  worry worries fear fears anxiety anxieties unease hope hopes expectation expectations frustration anger skepticism
  scepticism suspicion suspicions optimism pessimism doubt doubts confidence sentiment impression agreement`.split(/\s+/),
)

/** What opens the content: a clause or what the view is about. */
const OPENS = /^(that|about|over|on)$/

export function amongCue(ctx: Context, t: Token, last: number): Candidate | null {
  const { tokens } = ctx.a
  if (t.pos !== 'NOUN' || !SHARED.has(t.lower) || tokens[t.i + 1]?.lower !== 'among') return null
  let group = phraseStartingAt(tokens, t.i + 2, last)
  if (!group || !isHuman(tokens, group) || !canSpeak(tokens, group)) return null
  // ("among some members of his circle that …": the group goes on.)
  const more = tokens[group.last + 1]?.lower === 'of' ? phraseStartingAt(tokens, group.last + 2, last) : null
  if (more) group = { first: group.first, last: more.last }
  const opener = tokens[group.last + 1]
  if (!opener || group.last + 2 > last || !OPENS.test(opener.lower)) return null
  // ("the feeling among voters that the country is adrift": the clause;
  // "anxiety among donors about meeting the target": a phrase or a gerund.)
  const clause = opener.lower === 'that'
  const from = clause ? group.last + 1 : group.last + 2
  const np = clause || tokens[from].pos === 'VERB' ? null : objectAt(tokens, from, last)
  const to = np ? np.last : contentEnd(ctx, from, last)
  if (to - from < 1) return null
  return heldStance(tokens, t, t.i + 1, from, to, group, 'among', 0.5)
}
