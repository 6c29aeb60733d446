// A view named by where it is held: "To Ms. Gil, skateboarding represents
// a cry of dissent", "But to others, he's a citizen journalist": "to" and
// someone who can hold a view, opening the sentence before a comma; the
// clause after the comma is their view (rule "viewpoint"). ("For X, …"
// was tried too: on the train part of PolNeAR it was mostly no view.)
import { contentEnd, isComma, span, type Context } from './content'
import type { Token } from './nlp'
import { hasVerb, isHuman, phraseStartingAt } from './phrases'
import { isTimeHead } from './times'
import type { Candidate } from './rules'

/** Heads after "To" that name no one: "To date", "To that end", "To a
 * person" (all of them). */
const NOT_VIEWERS = /^(date|end|extent|degree|point|day|contrary|surprise|credit|sure|person|man|it|this|that|many|some|most|all|both)$/

export function viewpointCue(ctx: Context, t: Token, first: number, last: number): Candidate | null {
  const { tokens } = ctx.a
  if (t.lower !== 'to' || !/^(ADP|PART)$/.test(t.pos)) return null
  // At the start of the sentence, or after "But" / "And".
  if (t.i !== first && !(t.i === first + 1 && tokens[first].pos === 'CCONJ')) return null
  // ("To win the White House, Trump …": an infinitive of purpose.)
  if (/^(VERB|AUX)$/.test(tokens[t.i + 1]?.pos ?? '')) return null
  const who = phraseStartingAt(tokens, t.i + 1, last)
  if (!who || !isComma(tokens[who.last + 1]) || !isHuman(tokens, who) || isTimeHead(tokens[who.last]) || NOT_VIEWERS.test(tokens[who.last].lower)) return null
  const from = who.last + 2
  const to = contentEnd(ctx, from, last)
  if (to - from < 2 || !hasVerb(tokens, from, to)) return null
  return { content: { start: tokens[from].start, end: tokens[to].end }, source: span(tokens, who), cue: span(tokens, { first: t.i, last: t.i }), cueLemma: 'to', rule: 'viewpoint', confidence: 0.4, stance: true }
}
