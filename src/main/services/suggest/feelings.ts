// Statements whose holder is the object of the verb: "Her position has
// angered some Democrats", "the remarks alarmed party leaders", "his
// speech impressed the delegates". PolNeAR marks the people moved as the
// source of an attitude towards what moved them (the subject). Read for
// verbs of feeling only, with people as their object. ("surprised",
// "shocked", "bothered", "inflamed" and the like were tried: mostly no
// statement on the train part of PolNeAR.)
import { OWNERS } from './lexicon'
import { span, type Context } from './content'
import type { Token } from './nlp'
import { isNounish, phraseStartingAt, subjectBefore, type Range } from './phrases'
import { isHuman } from './who-speaks'
import type { StanceCandidate } from './stances'

/** Verbs whose object feels something about their subject. */
const MOVES = new Set(
  `anger outrage infuriate enrage incense alarm upset frustrate disappoint dismay irritate annoy offend unsettle rattle
  trouble horrify appall appal disgust please delight impress thrill excite energize energise galvanize galvanise spook
  alienate worry`.split(/\s+/),
)

/** "X has angered some Democrats": the Democrats hold the view; X is what
 * it is about. */
export function feelingCue(ctx: Context, t: Token, first: number, last: number): StanceCandidate | null {
  const { tokens } = ctx.a
  if (t.pos !== 'VERB' || !MOVES.has(t.lemma) || /ing$/.test(t.lower)) return null
  // ("were angered by": a passive, read as an attitude elsewhere.)
  if (tokens[t.i - 1]?.lemma === 'be' || tokens[t.i - 1]?.lemma === 'get') return null
  const object = phraseStartingAt(tokens, t.i + 1, last)
  const subject = subjectBefore(tokens, t.i, first) ?? causeBefore(tokens, t.i, first)
  if (!object || !subject || !isHuman(tokens, object)) return null
  // The object with what follows its head: "some Democrats on the left".
  let end = object.last
  if (/^(in|on|of|from|across)$/.test(tokens[end + 1]?.lower ?? '') && end + 2 <= last) end = phraseStartingAt(tokens, end + 2, last)?.last ?? end
  return {
    content: span(tokens, subject),
    source: span(tokens, { first: object.first, last: end }),
    cue: span(tokens, { first: t.i, last: t.i }),
    cueLemma: t.lemma,
    rule: 'feeling',
    confidence: 0.45,
    stance: true,
  }
}

/** What moved them, when it is no speaker the phrase reader knows: "Her
 * position has …", "The remarks alarmed …" (a noun of saying). */
function causeBefore(tokens: Token[], i: number, first: number): Range | null {
  let j = i - 1
  while (j >= first && /^(AUX|ADV|PART)$/.test(tokens[j].pos)) j--
  if (j < first || !/^(NOUN|PROPN)$/.test(tokens[j].pos)) return null
  let k = j
  while (k - 1 >= first && j - k < 8 && (isNounish(tokens[k - 1]) || OWNERS.test(tokens[k - 1].lower))) k--
  return { first: k, last: j }
}
