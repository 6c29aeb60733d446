// A form that can only be a past participle ("known", "seen", "written",
// "shown", "given") with no "have" or "be" before it is no finite verb:
// it is a reduced passive after its noun ("a developer known to be
// bullish", "an article written by a critic", "a fund once known for its
// ties to …", "people seen as likely disrupters") or an inverted
// condition ("had I known"). The noun before it is what is known, seen or
// written, not one who says anything (rules.ts drops the cue; a "by"
// agent is read in reduced-passive.ts).
import type { Token } from './nlp'
import { FLOATING } from './passive-agents'

/** Whether `verb` is a participle-only form without an auxiliary before
 * it (past adverbs, "not" and a floating quantifier: "has long known",
 * "had not seen", "are both seen"). */
export function bareParticiple(tokens: Token[], verb: Token, first: number): boolean {
  // (A past that ends so is the lemma itself, "happen", "listen",
  // "threaten"; "known" is "know", "written" is "write".)
  if (!/(en|wn)$/.test(verb.lower) || verb.lower === verb.lemma || /(en|wn)$/.test(verb.lemma)) return false
  let k = verb.i - 1
  while (k > first && (tokens[k].pos === 'ADV' || tokens[k].pos === 'PART' || FLOATING.test(tokens[k].lower))) k--
  const before = tokens[k]
  return !!before && k >= first && before.pos !== 'AUX' && !/^(have|be|get)$/.test(before.lemma)
}
