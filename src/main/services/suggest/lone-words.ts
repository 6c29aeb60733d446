// Subjects that are no speaker at all: one word left of the verb that
// names nobody (rules.ts drops the suggestion):
//   "Just ask him.", "Yet counter to his reputation …": an adverb or a
//     conjunction before an imperative or a misread verb
//   "All told, the group …": an idiom, not "all" who told
//   "… and most recently defended …": "most" of an adverb, not a share
// ("Most believe …", "Both want …", "Some say …": a share of people speaks.)
// And "say" between commas, which means "for example": "harder than, say,
// hooking them on heroin", "narrows the gap to, say, single digits"; and
// "may want to", which gives advice, and "feel free to", which permits.
import type { Token } from './nlp'
import type { Range } from './phrases'
import { namesNoOne } from './subject-gaps'

/** Adverbs and conjunctions that open a sentence or an imperative. */
const LINKERS = /^(just|so|yet|even|enough|still|also|then|thus|instead|only|oh|and|but|or)$/

/** Whether the one-word `subject` of the verb `verb` names nobody. */
export function namesNobody(tokens: Token[], subject: Range, verb: Token): boolean {
  // ("Nobody knows whether …", "No one can say if …": an open question,
  // no view held.)
  if (namesNoOne(tokens, subject) && /^(whether|if)$/.test(tokens[verb.i + 1]?.lower ?? '')) return true
  if (subject.first !== subject.last) return false
  const w = tokens[subject.first]
  if (w.lower === 'all' && verb.lower === 'told') return true
  if (w.lower === 'most' && tokens[w.i + 1]?.pos === 'ADV') return true
  return /^(ADV|CCONJ|INTJ)$/.test(w.pos) && LINKERS.test(w.lower)
}

/** "…, say, …": "say" with a comma on each side and nobody before it; and
 * "may want to" or "might want to", advice ("Trump may want to check his
 * stats") rather than anyone's wish; "feels free to work for his
 * candidate": a liberty taken, no feeling about anything. */
export function notACue(tokens: Token[], verb: Token): boolean {
  if (verb.lower === 'say') return tokens[verb.i - 1]?.text === ',' && tokens[verb.i + 1]?.text === ','
  if (verb.lemma === 'feel' && tokens[verb.i + 1]?.lower === 'free') return true
  if (verb.lemma !== 'want' || tokens[verb.i + 1]?.lower !== 'to') return false
  let k = verb.i - 1
  if (tokens[k]?.pos === 'ADV') k--
  return /^(may|might)$/.test(tokens[k]?.lower ?? '')
}

/** "It is wrong to attribute …", "It took him a day to formulate a
 * comeback, calling …", "it appears that …": "it" before "be", "seem",
 * "appear", "take" or "remain" is the empty subject of that verb, and a
 * cue further on is no act of "it". ("It is calling for …", the cue right
 * after the verb, is the progressive of a group's act and stays.) */
export function expletiveIt(tokens: Token[], subject: Range, cue: number): boolean {
  if (subject.first !== subject.last || tokens[subject.first].lower !== 'it') return false
  const verb = tokens[subject.first + 1]
  if (!verb || !/^(be|seem|appear|take|remain)$/.test(verb.lemma)) return false
  let k = verb.i + 1
  while (k < cue && tokens[k].pos === 'ADV') k++
  return cue > k
}
