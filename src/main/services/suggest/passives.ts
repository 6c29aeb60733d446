// A passive of a verb of saying without its auxiliary: "the country
// described by the president", "firms accused by the union". The agent after "by" (a person or group) speaks; the noun phrase
// the participle follows is what was said. (With "is", "was" the passive
// is read in rules.ts; rules.ts asks here for verbs of saying only.)
import { isComma, span, type Context, type Span } from './content'
import { ACTS } from './lexicon'
import type { Token } from './nlp'
import { canSpeak, isHuman, phraseEndingAt, phraseStartingAt, type Range } from './phrases'

/** The statement of the participle at `t` whose cue ends at `cueLast`, or
 * null when it is no reduced passive with its agent. */
export function reducedPassive(ctx: Context, t: Token, cueLast: number, first: number, last: number): { content: Span; source: Span; cue: Span } | null {
  const { tokens } = ctx.a
  if (!/(ed|en|wn)$/.test(t.lower) || ACTS.has(t.lemma)) return null
  // "favored strongly by"
  let k = cueLast + 1
  while (k <= last && tokens[k].pos === 'ADV' && k - cueLast < 3) k++
  if (tokens[k]?.lower !== 'by') return null
  const agent = phraseStartingAt(tokens, k + 1, last)
  if (!agent || !canSpeak(tokens, agent) || !isHuman(tokens, agent)) return null
  // What comes before: "the bill, opposed", "firms sued", "once championed".
  let p = t.i - 1
  while (p > first && tokens[p].pos === 'ADV' && t.i - p < 3) p--
  if (p < first || tokens[p].pos === 'AUX' || tokens[p].pos === 'VERB') return null
  const said: Range | null = isComma(tokens[p]) ? phraseEndingAt(tokens, p - 1, first) : /^(NOUN|PROPN)$/.test(tokens[p].pos) ? phraseEndingAt(tokens, p, first) : null
  if (!said) return null
  return { content: span(tokens, said), source: span(tokens, agent), cue: { start: t.start, end: tokens[k].end } }
}
