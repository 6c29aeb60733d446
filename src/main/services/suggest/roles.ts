// A person named, then the stance they hold in an apposition: "Adelson,
// a fierce supporter of Israel", "Jan Brewer, an early supporter of
// Trump, …": the person holds the stance, what follows "of" is what it is
// about (rule "role"). (The role noun alone as the source, "supporters of
// the bill", was right less than half the time on train.)
import { isComma, type Context } from './content'
import type { Token } from './nlp'
import { phraseEndingAt, phraseStartingAt } from './phrases'
import type { Candidate } from './rules'
import { heldStance } from './stances'

const ROLE_NOUNS = /^(supporter|critic|opponent|proponent|advocate|backer|detractor|foe|defender|champion|skeptic|sceptic|admirer|fan|ally)$/

export function roleCue(ctx: Context, t: Token, first: number, last: number): Candidate | null {
  const { tokens } = ctx.a
  if (t.pos !== 'NOUN' || !ROLE_NOUNS.test(t.lower) || tokens[t.i + 1]?.lower !== 'of') return null
  // Back over "a fierce", "an early and vocal" to the comma of the apposition.
  let k = t.i - 1
  while (k > first && t.i - k <= 5 && /^(DET|ADJ|ADV|CCONJ)$/.test(tokens[k].pos)) k--
  if (!isComma(tokens[k]) || !/^(DET)$/.test(tokens[k + 1].pos)) return null
  // ("Ashley Yago, 33, a supporter of …": past an age.)
  let end = k - 1
  if (tokens[end]?.pos === 'NUM' && isComma(tokens[end - 1])) end -= 2
  const who = end >= first ? phraseEndingAt(tokens, end, first) : null
  const what = phraseStartingAt(tokens, t.i + 2, last)
  if (!who || !what || tokens[who.last].pos !== 'PROPN') return null
  return heldStance(tokens, t, t.i + 1, what.first, what.last, who, 'role', 0.4)
}
