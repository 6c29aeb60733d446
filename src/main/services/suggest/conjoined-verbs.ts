// A time between a conjunction and the verb it joins: "Scott freed up
// money and on Monday announced …", "… but last week said …". The verb
// shares the subject of the verb before the conjunction, as "… and
// announced …" does (clauses.ts, conjoinedSubject); the time only stands
// in the way. Also a stance joined so ("The chair met the judge and opposes
// a vote"), whose subject must be a person.
import type { Token } from './nlp'
import { conjoinedSubject, sentenceSubject } from './clauses'
import { phraseEndingAt, type Range } from './phrases'
import { canSpeak, isHuman } from './who-speaks'
import { isTimeHead } from './times'

const TIME_PREPS = /^(on|in|at|during|over|by|early|late)$/
const TIME_DETERMINERS = /^(last|this|next|earlier|later)$/

/** The index of "and" or "but" before a time that ends just before `at`
 * ("and on Monday announced", "and last week said"), or `at - 1` when no
 * such time stands there. */
export function conjunctionBeforeTime(tokens: Token[], at: number, first: number): number {
  const j = at - 1
  const when = j > first ? phraseEndingAt(tokens, j, first) : null
  if (!when || !isTimeHead(tokens[when.last])) return j
  let k = when.first - 1
  // ("on Monday", "in March"; "last week" and "earlier this month" have
  // no preposition, and the phrase read back may run over the conjunction:
  // "the budget and last week".)
  if (TIME_PREPS.test(tokens[k]?.lower ?? '')) k--
  else {
    let m = when.first
    while (m <= when.last && !TIME_DETERMINERS.test(tokens[m].lower)) m++
    if (m > when.last) return j
    k = m - 1
  }
  return k > first && /^(and|but)$/.test(tokens[k].lower) ? k : j
}

/** The word before the adverbs that end at `k` ("and now say" → "and"):
 * where a conjunction would stand. */
export function pastAdverbs(tokens: Token[], k: number, first: number): number {
  while (k > first && tokens[k].pos === 'ADV') k--
  return k
}

/** "The chair met the judge and opposes a vote", "… but later backed
 * …": the subject of the verb before "and" or "but" at `lead` (past
 * adverbs), when it is a person (clauses.ts); null otherwise. */
export function conjoinedStance(tokens: Token[], lead: number, first: number): Range | null {
  // (Not past an auxiliary: "… and will see what happens", "… and do not
  // know how many" hold no view.)
  const and = pastAdverbs(tokens, lead, first)
  // ("can't help but worry": "but" after "help" joins no two verbs.)
  const joins = and > first && (tokens[and].lower === 'and' || (tokens[and].lower === 'but' && tokens[and - 1].lower !== 'help'))
  const subject = joins ? conjoinedSubject(tokens, first, and) : null
  // (Not a relative pronoun: "officials who attend and vote for …", "a
  // contest that will end the primaries and encourage …".)
  return subject && !/^(who|which|that)$/.test(tokens[subject.first].lower) ? subject : null
}

/** The subject of a stance phrase at `i` ("took a swipe at", "was critical
 * of", "did not rule out") joined by "and"/"but" to an earlier verb: "The
 * senator met the judge and did not rule out a vote", "… and has been
 * critical of the deal". Past the phrase's own auxiliaries and "not",
 * which the stance itself makes a view; then as conjoinedStance. */
export function stanceAfterConjunction(tokens: Token[], i: number, first: number, pastAuxiliary = true): Range | null {
  let at = i
  // (A verb of stance stops at its auxiliary, conjoinedStance.)
  while (pastAuxiliary && at - 1 > first && (tokens[at - 1].pos === 'AUX' || tokens[at - 1].lemma === 'not')) at--
  // (Not a bare "be"/"been" that takes its tense from the verb before: "if
  // only he'd fought harder and been less quick to …", "urged people to
  // drive less and be careful about …" — part of that verb's clause.)
  if (at === i && /^(be|been|being)$/.test(tokens[i].lower)) return null
  const lead = conjunctionBeforeTime(tokens, at, first)
  const shared = conjoinedStance(tokens, lead, first)
  if (shared) return shared
  // "The governor vetoed the bill, and was critical of …", "…, then took a
  // swipe at …": after a comma, the subject of the sentence, as for a verb
  // of saying (rules.ts).
  // (A verb, not after a bare comma: "…, compared with …", "…, determined
  // to …" are participles.)
  // (A stance that opens the sentence has nothing before it to share.)
  if (lead < first) return null
  let k = lead
  let joined = false
  for (; k > first && tokens[k].pos === 'ADV'; k--) joined ||= tokens[k].lower === 'then'
  if (/^(and|but)$/.test(tokens[k].lower)) [k, joined] = [k - 1, true]
  if (!(joined || pastAuxiliary) || k <= first || tokens[k].text !== ',') return null
  const subject = sentenceSubject(tokens, first, at)
  return subject && isHuman(tokens, subject) && canSpeak(tokens, subject) ? subject : null
}
