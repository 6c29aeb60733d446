// A stance carried by an adjunct of the verb rather than the verb:
// "Graham will headline a fundraiser in support of Cruz", "donors have
// polarized in support of Republicans", "thousands marched in favor of
// the rival", "the party voted in opposition to the bill", "toured the
// state in hopes of winning it", "in the hope that …". The subject
// of the verb the adjunct hangs on is the source; what follows is the
// content.
import { contentEnd, span, type Context } from './content'
import type { Token } from './nlp'
import { phraseStartingAt, subjectBefore } from './phrases'
import { canSpeak, isHuman } from './who-speaks'
import type { StanceCandidate } from './stances'

const STANCES = /^(support|favor|favour|opposition|defense|defence|praise|protest)$/
const HOPES = /^(hope|hopes)$/

/** "… in support of Cruz": `t` is "in". */
export function adjunctCue(ctx: Context, t: Token, first: number, last: number): StanceCandidate | null {
  const { tokens } = ctx.a
  // ("barnstorming the state in hopes of upsetting his rival", "in the hope
  // that …": what the subject hopes for.)
  const the = tokens[t.i + 1]?.lower === 'the' && HOPES.test(tokens[t.i + 2]?.lower ?? '') ? 1 : 0
  const noun = tokens[t.i + 1 + the]
  const of = tokens[t.i + 2 + the]
  const hope = !!noun && HOPES.test(noun.lower) && /^(of|that)$/.test(of?.lower ?? '')
  if (t.lower !== 'in' || !noun || !of || !(hope || (STANCES.test(noun.lower) && /^(of|to)$/.test(of.lower))) || t.i + 3 + the > last) return null
  // The verb it hangs on, close before it in the clause.
  let v = t.i - 1
  while (v > first && t.i - v < 8 && tokens[v].pos !== 'VERB' && !/^[,;:]$/.test(tokens[v].text)) v--
  if (tokens[v]?.pos !== 'VERB') return null
  const subject = subjectBefore(tokens, v, first)
  if (!subject || !canSpeak(tokens, subject) || !isHuman(tokens, subject)) return null
  const from = t.i + 3 + the
  const np = of.lower === 'that' ? null : phraseStartingAt(tokens, from, last)
  const to = np && tokens[from].pos !== 'VERB' ? np.last : contentEnd(ctx, from, last)
  if (to < from) return null
  return {
    content: { start: tokens[from].start, end: tokens[to].end },
    source: span(tokens, subject),
    cue: span(tokens, { first: t.i, last: of.i }),
    cueLemma: noun.lower,
    rule: 'adjunct',
    confidence: 0.45,
    stance: true,
  }
}
