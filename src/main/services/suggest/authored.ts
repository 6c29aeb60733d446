// A statement named by a noun with its author after "from": "calls from
// her rivals to break up the banks", "dire warnings from doctors about
// the virus", "an allegation from his first wife that …" (rule
// "authored"). The author is the source; what follows the author ("to
// …", "that …", "about …") is the content. ("faced criticism from X",
// where the one criticised is the content, is backing.ts's.)
import { OWNERS } from './lexicon'
import { contentEnd, type Context } from './content'
import type { Token } from './nlp'
import { phraseStartingAt, type Range } from './phrases'
import { isHuman } from './who-speaks'
import { isTimeHead } from './times'
import type { Candidate } from './rules'
import { heldStance, objectAt } from './stances'

/** Nouns of something said or asked by someone. */
const SAID = new Set(
  `call calls warning warnings question questions complaint complaints demand demands plea pleas appeal appeals threat
  threats promise promises assurance assurances objection objections allegation allegations accusation accusations claim
  claims criticism comment comments remark remarks statement statements denial denials suggestion suggestions request
  requests prediction predictions concern concerns praise advice message messages`.split(/\s+/),
)

/** What opens the content after the author. */
const OPENS = /^(to|that|about|over|on|against|for|of)$/

/** The author after "from": a noun phrase, with the possessive pronoun
 * that can open it ("from his first wife"). */
function authorAt(tokens: Token[], i: number, last: number): Range | null {
  const owned = OWNERS.test(tokens[i]?.lower ?? '')
  const np = phraseStartingAt(tokens, owned ? i + 1 : i, last)
  return np && owned ? { first: i, last: np.last } : np
}

export function authoredCue(ctx: Context, t: Token, last: number): Candidate | null {
  const { tokens } = ctx.a
  if (t.pos !== 'NOUN' || !SAID.has(t.lower) || tokens[t.i + 1]?.lower !== 'from') return null
  const author = authorAt(tokens, t.i + 2, last)
  if (!author || !isHuman(tokens, author)) return null
  let k = author.last + 1
  // ("from his first wife, Ivana Trump, that …": an apposition.)
  const apposition = tokens[k]?.text === ',' ? phraseStartingAt(tokens, k + 1, last) : null
  if (apposition && tokens[apposition.last + 1]?.text === ',' && OPENS.test(tokens[apposition.last + 2]?.lower ?? '')) k = apposition.last + 2
  const open = tokens[k]
  if (!open || k + 1 > last || !OPENS.test(open.lower)) return null
  // ("a message from the mayor that read …": a relative clause; "calls
  // from voters to the office": a place.)
  if (open.lower === 'that' && /^(VERB|AUX)$/.test(tokens[k + 1].pos)) return null
  if (open.lower === 'to' && tokens[k + 1].pos !== 'VERB') return null
  const from = open.lower === 'to' ? k : k + 1
  const clause = /^(to|that)$/.test(open.lower) || /^(who|what|whether|how|why|which|where|when)$/.test(tokens[from].lower) || tokens[from].pos === 'VERB'
  const np = clause ? null : objectAt(tokens, from, last)
  // ("a phone message from the AP on Wednesday": a time.)
  if (np && isTimeHead(tokens[np.last])) return null
  const to = np ? np.last : contentEnd(ctx, from, last)
  if (to < from) return null
  return heldStance(tokens, t, t.i + 1, from, to, author, 'authored', 0.5)
}
