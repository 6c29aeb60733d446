// Shapes of a noun phrase that names people without a word of the lexicon
// (isHuman in phrases.ts): a part of a group of people ("one of the
// attendees", "two of the senators", "each of them") and agent nouns made
// from a verb ("developers", "publishers", "the interviewer", "detractors").
import type { Token } from './nlp'

/** Heads that count people out of the phrase after "of": "one of the
 * donors", "each of them", "three of the justices", "either of the two". */
const PART_HEADS = /^(one|each|either|any|none)$/

/** "one of the attendees", "two of the senators": a part of a phrase that
 * names people (`human` tells whether the phrase after "of" does). */
export function isPartOfPeople(tokens: Token[], head: number, last: number, human: () => boolean): boolean {
  const t = tokens[head]
  if (!(PART_HEADS.test(t.lower) || (t.pos === 'NUM' && /^[a-z]+$/.test(t.lower)))) return false
  return tokens[head + 1]?.lower === 'of' && head + 2 <= last && human()
}

/** Nouns in -er/-or that name things, not people who act ("the numbers
 * suggest", "the letter shows", "the border"). */
const THING_AGENTS = new Set(`number letter order border matter water power paper center centre quarter corner computer
  chapter answer error factor sector mirror color colour labor labour honor honour favor favour behavior behaviour floor door
  motor vapor humor rumor terror horror minor major tenor manor weather summer winter dinner flower tower river finger
  shoulder meter metre cancer charter chamber register folder filter banner poster trailer monster ladder hammer butter
  pepper silver timber manner barrier cluster disaster october november december september headquarters reactor detector
  processor elevator indicator monitor calculator printer container sticker thriller blockbuster newspaper other another
  offer corridor takeover turnover leftover hangover makeover sweater theater theatre character parameter filibuster
  shelter helicopter newsletter semester layer cover fever lever liver tender gender cylinder encounter counter trigger
  coffee degree guarantee decree pedigree jubilee toffee
  sensor generator radiator ventilator simulator accelerator conveyor escalator
  scanner tremor furor razor vector frontier tier career splinter ginger bumper`.split(/\s+/))

/** "developers", "the interviewer", "detractors", "attendees": a noun in
 * -er/-or/-ee of someone who does what the verb says. */
export function isAgentNoun(t: Token): boolean {
  if (t.pos !== 'NOUN' || !/^\p{Ll}[\p{Ll}-]{3,}(er|or|ee)s?$/u.test(t.lower)) return false
  return !THING_AGENTS.has(t.lower.replace(/s$/, ''))
}

/** Nouns of a body of people, or of people by their part in a contest or
 * a fight, that the lexicon leaves out ("the couple worried", "the panel
 * wants", "rebels reject", "the hopefuls"), of people by age, belief or
 * standing ("evangelicals", "fans", "teenagers"), and of an inquiry that
 * reports what it found ("the investigation found"). */
const PEOPLE_NOUNS = new Set(`couple pair troop crew panel cabinet delegation rebel militant personnel legislature assembly
  tribunal mob folk guy incumbent hopeful lobby inquiry investigation probe adult youth teen teenager elder local native
  partisan radical moderate independent evangelical millennial elite victim peer relative cousin enemy foe fan celebrity
  billionaire millionaire superdelegate undecided`.split(/\s+/))

export const isPeopleNoun = (t: Token) => t.pos === 'NOUN' && PEOPLE_NOUNS.has(t.lemma)
