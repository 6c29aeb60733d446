// An -ing verb right after the object of another verb: "Obama released a
// statement condemning the attack", "the attorney general filed a lawsuit
// alleging fraud", "Trump fired back a response saying …". A thing made or
// sent (a statement, a lawsuit, a sign) does not speak of itself here: who
// made it does, the subject of the verb whose object it is.
// (A person or a group before the -ing speaks: "emailed supporters
// saying" is read the same only when the object names no one.)
import type { Token } from './nlp'
import { NOUN_CUES, OWNERS } from './lexicon'
import { isComma } from './content'
import { sentenceSubject } from './clauses'
import { isNounish, skipAdverbials, subjectBefore, type Range } from './phrases'
import { canSpeak, isHuman } from './who-speaks'

/** The subject of the verb whose object `object` is, when the -ing verb
 * at `at` follows that object and the object names no speaker; null
 * otherwise. */
export function objectMaker(tokens: Token[], object: Range | null, at: number, first: number): Range | null {
  // ("a statement condemning": a noun of saying, no speaker phrase.)
  object ??= NOUN_CUES.has(tokens[at - 1]?.lower ?? '') ? nounsBefore(tokens, at - 1, first) : null
  // ("filed a lawsuit in 2013 alleging", "began an ad campaign this week
  // praising": a time between the thing and the -ing verb.)
  const next = object && object.last !== at - 1 ? skipAdverbials(tokens, object.last + 1, at - 1) : at
  if (!object || !/ing$/.test(tokens[at].lower) || next !== at || isHuman(tokens, object)) return null
  let v = object.first - 1
  // ("fired back a response", "released on Thursday a statement".)
  // ("filed a $40 million lawsuit": the currency sign and the article
  // before an amount.)
  while (v > first && /^[$€£]$/.test(tokens[v].text) && /^(a|an|the)$/.test(tokens[v - 1].lower)) v -= 2
  while (v > first && (tokens[v].pos === 'ADP' || tokens[v].pos === 'ADV') && at - v < 12) v--
  const verb = tokens[v]
  if (!verb || v < first || verb.pos !== 'VERB' || /ing$/.test(verb.lower)) return null
  const subject = subjectBefore(tokens, v, first)
  return subject && canSpeak(tokens, subject) ? subject : null
}

/** The noun phrase ending at the noun `end`: "a new statement". */
function nounsBefore(tokens: Token[], end: number, first: number): Range {
  let k = end
  while (k - 1 >= first && end - k < 6 && isNounish(tokens[k - 1]) && !/^[.-]$/.test(tokens[k - 1].text)) k--
  return { first: k, last: end }
}

/** "Emanuel fired his police chief, Garry McCarthy, acknowledging …": a
 * name between commas after an object is that object's apposition, and
 * the -ing verb after it shares the subject of the sentence. The subject,
 * or null when `name` (the speaker found before `at`) is no such name. */
export function objectApposition(tokens: Token[], name: Range, at: number, first: number): Range | null {
  if (!/ing$/.test(tokens[at].lower) || !isComma(tokens[at - 1]) || name.last !== at - 2 || !isComma(tokens[name.first - 1])) return null
  // ("his police chief": the tagger may read the head as an adjective.)
  const object = nounsBefore(tokens, name.first - 2, first)
  let b = object.first - 1
  if (OWNERS.test(tokens[b]?.lower ?? '')) b--
  const before = tokens[b]
  if (!before || b < first || !/^(VERB|ADP)$/.test(before.pos)) return null
  const main = sentenceSubject(tokens, first, at)
  return main && main.last < before.i ? main : null
}
