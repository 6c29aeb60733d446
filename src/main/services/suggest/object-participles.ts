// An -ing verb right after the object of another verb: "Obama released a
// statement condemning the attack", "the attorney general filed a lawsuit
// alleging fraud", "Trump fired back a response saying …". A thing made or
// sent (a statement, a lawsuit, a sign) does not speak of itself here: who
// made it does, the subject of the verb whose object it is.
// (A person or a group before the -ing speaks: "emailed supporters
// saying" is read the same only when the object names no one.)
import type { Token } from './nlp'
import { NOUN_CUES } from './lexicon'
import { isHuman, isNounish, subjectBefore, type Range } from './phrases'

/** The subject of the verb whose object `object` is, when the -ing verb
 * at `at` follows that object and the object names no speaker; null
 * otherwise. */
export function objectMaker(tokens: Token[], object: Range | null, at: number, first: number): Range | null {
  // ("a statement condemning": a noun of saying, no speaker phrase.)
  object ??= NOUN_CUES.has(tokens[at - 1]?.lower ?? '') ? nounsBefore(tokens, at - 1, first) : null
  if (!object || !/ing$/.test(tokens[at].lower) || object.last !== at - 1 || isHuman(tokens, object)) return null
  let v = object.first - 1
  // ("fired back a response", "released on Thursday a statement".)
  while (v > first && (tokens[v].pos === 'ADP' || tokens[v].pos === 'ADV') && at - v < 12) v--
  const verb = tokens[v]
  if (!verb || v < first || verb.pos !== 'VERB' || /ing$/.test(verb.lower)) return null
  const subject = subjectBefore(tokens, v, first)
  return subject && isHuman(tokens, subject) ? subject : null
}

/** The noun phrase ending at the noun `end`: "a new statement". */
function nounsBefore(tokens: Token[], end: number, first: number): Range {
  let k = end
  while (k - 1 >= first && end - k < 6 && isNounish(tokens[k - 1]) && !/^[.-]$/.test(tokens[k - 1].text)) k--
  return { first: k, last: end }
}
