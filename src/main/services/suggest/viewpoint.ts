// A view named by where it is held: "To Ms. Gil, skateboarding represents
// a cry of dissent", "But to others, he's a citizen journalist": "to" and
// someone who can hold a view, opening the sentence before a comma; the
// clause after the comma is their view (rule "viewpoint"). ("For X, …"
// was tried too: on the train part of PolNeAR it was mostly no view.)
// So is a view named by its owner after "in": "In the mayor's view, …",
// "In the eyes of voters, …", "…, in the words of an aide, …".
import { OWNERS_OR_YOUR } from './lexicon'
import { contentEnd, isComma, span, type Context } from './content'
import type { Token } from './nlp'
import { hasVerb, phraseStartingAt, type Range } from './phrases'
import { isHuman } from './who-speaks'
import { isTimeHead } from './times'
import type { Candidate } from './rules'

/** Heads after "To" that name no one: "To date", "To that end", "To a
 * person" (all of them). */
const NOT_VIEWERS = /^(date|end|extent|degree|point|day|contrary|surprise|credit|sure|person|man|it|this|that|many|some|most|all|both)$/

/** Nouns of a view held or told after "in": "In his view", "In the eyes
 * of voters", "In Trump's telling". */
const VIEW_NOUNS = /^(view|views|opinion|eyes|eye|mind|minds|estimation|judgment|judgement|words|telling|reckoning)$/

/** "In the governor's view, …", "In his own words, …", "In the eyes of
 * most voters, …": the owner of the view and the last token of the cue. */
function viewIn(tokens: Token[], i: number, last: number): { who: Range; cueLast: number } | null {
  const the = tokens[i + 1]
  if (the?.lower === 'the' && VIEW_NOUNS.test(tokens[i + 2]?.lower ?? '') && tokens[i + 3]?.lower === 'of') {
    const who = phraseStartingAt(tokens, i + 4, last)
    return who && { who, cueLast: i + 3 }
  }
  // The owner: a possessive pronoun or a name before "'s".
  let k = i + 1
  if (!OWNERS_OR_YOUR.test(the?.lower ?? '')) {
    while (k <= last && k - i < 6 && tokens[k].pos !== 'PART' && /^(DET|PROPN|NOUN|ADJ)$/.test(tokens[k].pos)) k++
    if (k === i + 1 || !/^['’]s?$/.test(tokens[k]?.text ?? '')) return null
  }
  const head = tokens[k + 1]?.lower === 'own' ? k + 2 : k + 1
  if (!VIEW_NOUNS.test(tokens[head]?.lower ?? '')) return null
  const who = { first: i + 1, last: k === i + 1 ? i + 1 : k - 1 }
  return { who, cueLast: head }
}

export function viewpointCue(ctx: Context, t: Token, first: number, last: number): Candidate | null {
  const { tokens } = ctx.a
  // ("Clinton was, in the words of an aide, “the torchbearer”": between
  // commas inside the sentence too.)
  if (t.lower === 'in' && isComma(tokens[t.i - 1]) && t.i - 1 > first) return viewInCue(ctx, t, last)
  // At the start of the sentence, or after "But" / "And".
  if (t.i !== first && !(t.i === first + 1 && tokens[first].pos === 'CCONJ')) return null
  if (t.lower === 'in') return viewInCue(ctx, t, last)
  if (t.lower !== 'to' || !/^(ADP|PART)$/.test(t.pos)) return null
  // ("To win the White House, Trump …": an infinitive of purpose.)
  if (/^(VERB|AUX)$/.test(tokens[t.i + 1]?.pos ?? '')) return null
  const who = phraseStartingAt(tokens, t.i + 1, last)
  if (!who || !isComma(tokens[who.last + 1]) || !isHuman(tokens, who) || isTimeHead(tokens[who.last]) || NOT_VIEWERS.test(tokens[who.last].lower)) return null
  const from = who.last + 2
  const to = contentEnd(ctx, from, last)
  if (to - from < 2 || !hasVerb(tokens, from, to)) return null
  return { content: { start: tokens[from].start, end: tokens[to].end }, source: span(tokens, who), cue: span(tokens, { first: t.i, last: t.i }), cueLemma: 'to', rule: 'viewpoint', confidence: 0.4, stance: true }
}

/** In the governor's view, the plan is a disaster / In the eyes of most
 * voters, both are flawed: the clause after the comma is the view. */
function viewInCue(ctx: Context, t: Token, last: number): Candidate | null {
  const { tokens } = ctx.a
  const v = viewIn(tokens, t.i, last)
  if (!v || !isComma(tokens[Math.max(v.who.last, v.cueLast) + 1])) return null
  const from = Math.max(v.who.last, v.cueLast) + 2
  const to = contentEnd(ctx, from, last)
  // (Inside the sentence the verb may come before: "was, in the words of
  // an aide, the torchbearer".)
  const inside = isComma(tokens[t.i - 1])
  if (to < from || (!inside && (to - from < 2 || !hasVerb(tokens, from, to)))) return null
  return { content: { start: tokens[from].start, end: tokens[to].end }, source: span(tokens, v.who), cue: span(tokens, { first: t.i, last: v.cueLast }), cueLemma: 'in', rule: 'viewpoint', confidence: 0.4, stance: true }
}
