// Who can speak: whether a phrase found as a subject is someone who says
// or holds something (a name, a pronoun, "voters", "the campaign", "a
// majority of them"), and which heads never speak (an object pronoun,
// a time, the listener "reporters"). phrases.ts finds the phrases;
// this module judges them.
import { HUMAN_NOUNS, ORG_WORDS, POSTMODIFIER_PREPS, PRONOUNS } from './lexicon'
import type { Token } from './nlp'
import { isAgentNoun, isPartOfPeople, isPeopleNoun } from './people-nouns'
import type { Range } from './phrases'
import { isNoOne, isPeople } from './subject-gaps'

const CAPITAL = /^\p{Lu}/u

/** Heads that are never who speaks: an object pronoun ("told them"), a
 * relative "that" ("a poll that shows"), a time ("Last month, …"), the
 * listener ("reporters") or the medium ("in a note"). */
const NOT_SPEAKERS = new Set(
  'that this these those them him me us but and having monday tuesday wednesday thursday friday saturday sunday'.split(' '),
)
/** Common nouns that never speak, but are surnames when capitalised
 * ("Day said"). */
const NOT_SPEAKING_NOUNS = new Set('month months week weeks year years time day days way reporters'.split(' '))

export function canSpeak(tokens: Token[], r: Range): boolean {
  // ("10 percent of them": the head is before "of".)
  // ("a source close to him", "people around her": the head is before the
  // preposition.)
  const of = /^(them|us|him|her|me)$/.test(tokens[r.last].lower) && POSTMODIFIER_PREPS.has(tokens[r.last - 1]?.lower ?? '') && r.last - 2 >= r.first
  const head = tokens[of ? r.last - 2 : r.last]
  return !NOT_SPEAKERS.has(head.lower) && !NOT_SPEAKING_NOUNS.has(head.text)
}

/** A speaker-like phrase: a name, a pronoun, "voters", "the campaign". */
export function isHuman(tokens: Token[], r: Range): boolean {
  // The head is before a postmodifier: "voters in each state", "supporters
  // of the law" (not "the Kremlin on its record": "on" ends no speaker).
  let last = r.last
  for (let k = r.first + 1; k <= r.last; k++) {
    if (/^(of|in|at|from|for|with|across)$/.test(tokens[k].lower) && !(tokens[k].lower === 'in' && tokens[k - 1].pos === 'NUM')) {
      last = k - 1
      break
    }
  }
  const head = tokens[last]
  // ("10 percent of them", "a majority of voters": a share of people; "a
  // majority of dockers" stays one by its head.)
  // ("a lot of people", "dozens of voters", "a handful of senators": a
  // quantity of people.)
  if (last + 2 <= r.last && /^(percent|%|share|majority|minority|number|numbers|lot|lots|handful|couple|dozen|dozens|hundreds|thousands|millions|group|groups|plenty|bunch|score|scores)$/.test(head.lower) && isHuman(tokens, { first: last + 2, last: r.last })) return true
  // ("one of the attendees", "each of them", developers: people-nouns.ts.)
  if (isPartOfPeople(tokens, last, r.last, () => isHuman(tokens, { first: last + 2, last: r.last }))) return true
  if (head.pos === 'PRON') return (PRONOUNS.has(head.lower) && head.lower !== 'it') || isPeople(head)
  if (last === r.first + 1 && isNoOne(tokens, last)) return true
  // "Both want …", "Many believe …", "most of them".
  // "Two-thirds", "half of the voters" (not "the first half of the century").
  if (/^(half|thirds|quarters|fifths|plurality)$/.test(head.lower)) return last === r.last || (tokens[last + 1].lower === 'of' && last + 2 <= r.last && isHuman(tokens, { first: last + 2, last: r.last }))
  // ("whose leaders have called for …": those of a person or a group.)
  if (tokens[r.first].lower === 'whose' && r.first < r.last) return true
  if (/^(both|many|most|some|others|few|all|neither|none|several)$/.test(head.lower) || /^(both|many|most|some|few|all|neither|none)$/.test(tokens[r.first].lower)) return true
  // "The Fed does not want …": a capitalised name the tagger calls a noun.
  // ("Peter Welch is supporting": a surname the tagger calls a verb, after
  // a name.)
  const surname = CAPITAL.test(head.text) && last > r.first && tokens[last - 1].pos === 'PROPN'
  // ("the ethicist", "comedians", "Kremlinologists": nouns of people by
  // their ending.)
  const agent = head.pos === 'NOUN' && /^\p{Ll}{4,}(ist|ian)s?$/u.test(head.lower)
  return head.pos === 'PROPN' || surname || agent || HUMAN_NOUNS.has(head.lemma) || isAgentNoun(head) || isPeopleNoun(head) || ORG_WORDS.has(head.lower) || (head.pos === 'NOUN' && /^\p{Lu}/u.test(head.text) && last > r.first)
}
