// A stance folded into a compound before a noun: "a self-described
// democratic socialist", "a self-professed independent", "a
// Sanders-endorsed candidate", "a Johnson-backed lawsuit". PolNeAR marks
// "self" or the name as the source and the noun phrase after the
// participle as the content.
import { span, type Context } from './content'
import type { Token } from './nlp'
import { phraseStartingAt } from './phrases'
import type { StanceCandidate } from './stances'

/** Participles after "self-": what one says one is. ("self-styled",
 * "self-identified" and "supported", "sponsored", "funded" after a name
 * were tried: mostly no statement on the train part of PolNeAR.) */
const SELF = /^(described|professed|proclaimed)$/

/** Participles after a name: who stands behind the thing. */
const BACKED = /^(backed|endorsed)$/

/** "a self-described socialist", "a Sanders-endorsed candidate". */
export function compoundCue(ctx: Context, t: Token, first: number, last: number): StanceCandidate | null {
  const { tokens } = ctx.a
  const dash = tokens[t.i - 1]
  const before = tokens[t.i - 2]
  // (Written as one word: "self-described", no spaces around the dash.)
  if (!dash || !before || dash.text !== '-' || t.i - 2 < first || dash.start !== before.end || t.start !== dash.end) return null
  const self = before.lower === 'self' && SELF.test(t.lower)
  const named = before.pos === 'PROPN' && BACKED.test(t.lower)
  if (!self && !named) return null
  // The noun phrase, or its adjectives and nouns ("democratic socialist",
  // both read as adjectives).
  let end = t.i
  while (end + 1 <= last && /^(ADJ|NOUN|PROPN)$/.test(tokens[end + 1].pos)) end++
  const content = phraseStartingAt(tokens, t.i + 1, last) ?? (end > t.i ? { first: t.i + 1, last: end } : null)
  // The name alone, not its article: "a Johnson-backed lawsuit".
  let from = before.i
  while (!self && from - 1 >= first && tokens[from - 1].pos === 'PROPN') from--
  const source = { first: from, last: before.i }
  if (!content) return null
  return {
    content: span(tokens, content),
    source: span(tokens, source),
    cue: span(tokens, { first: t.i, last: t.i }),
    cueLemma: t.lemma,
    rule: 'compound',
    confidence: 0.45,
    stance: true,
  }
}
