// Two clauses joined by "and" or "but" without a comma: "The union held a
// rally and workers said that wages were too low", "Prices rose but
// economists say the trend will not last". Read leftwards from the verb
// of saying, the subject runs back over the conjunction into the object
// of the verb before ("a rally and workers"), which names nobody who
// speaks. The second clause's subject starts after the conjunction.
// Not after a verb that takes a clause ("Ramos said Trump and Cruz
// agreed", "polls show Clinton and Sanders tied": a list of subjects of
// the clause reported), nor after a preposition ("with Trump and Cruz").
import { SHOW_VERBS, cueClass } from './lexicon'
import type { Token } from './nlp'
import { phraseStartingAt, type Range } from './phrases'
import { canSpeak } from './who-speaks'

/** Verbs outside the lexicon whose object may be a clause without "that":
 * "knew Smith and Jones disagreed", "heard the mayor and his aides
 * say". */
const CLAUSE_TAKING = /^(know|see|hear|learn|find|feel|mean|ensure|guess|realize|realise|notice|let|make|have|help|watch|expect|show)$/

/** The subject of the second of two clauses joined without a comma, when
 * the phrase read as the subject runs back into the object of the verb
 * before: "held a rally and workers said" → "workers". */
export function secondClauseSubject(tokens: Token[], subject: Range, first: number): Range | null {
  const verb = tokens[subject.first - 1]
  if (!verb || verb.i < first || verb.pos !== 'VERB' || cueClass(verb.lemma) || SHOW_VERBS.has(verb.lemma) || CLAUSE_TAKING.test(verb.lemma)) return null
  // (An -ing or a participle before the object: "after meeting the mayor
  // and aides said" reads the same, but "the embattled X and Y" is no verb.)
  let and = -1
  for (let k = subject.first + 1; k < subject.last; k++) if (/^(and|but)$/.test(tokens[k].lower) && tokens[k - 1].text !== ',') and = k
  if (and < 0) return null
  const second = phraseStartingAt(tokens, and + 1, subject.last)
  return second && second.last === subject.last && canSpeak(tokens, second) ? second : null
}
