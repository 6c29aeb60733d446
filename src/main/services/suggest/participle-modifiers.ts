// A verb of stance in -ing right after a noun phrase modifies it: "super
// PACs backing Mr. Cruz spent heavily", "voters supporting the measure
// turned out". The phrase it follows holds the view (not a longer phrase
// it sits in: "a constellation of super PACs backing …", "the head of the
// PAC backing …"). (Ending what is held before the sentence's own verb,
// "backing Mr. Cruz | spent", lowered content overlap F1 on PolNeAR.)
import type { Token } from './nlp'
import { phraseEndingAt, type Range } from './phrases'
import { isHuman } from './who-speaks'

/** The phrase an -ing verb at `at` modifies, when the subject found for it
 * (`subject`, ending right before it) names no one but its last noun
 * phrase does ("the head of the PAC" → "the PAC"); else null. */
export function modifiedHolder(tokens: Token[], subject: Range | null, at: number, first: number): Range | null {
  // (Only a phrase that is a subject itself: "spent the run-up to the
  // caucuses portraying …" is the main subject's.)
  if (!subject || subject.last !== at - 1 || !/ing$/.test(tokens[at].lower) || isHuman(tokens, subject)) return null
  const before = tokens[subject.first - 1]
  if (before && before.i >= first && /^(ADP|VERB|AUX)$/.test(before.pos)) return null
  let from = subject.first
  for (let k = subject.first; k < subject.last; k++) if (tokens[k].lower === 'of') from = k + 1
  const np = from > subject.first ? phraseEndingAt(tokens, at - 1, from) : null
  return np && isHuman(tokens, np) ? np : null
}

/** Whether the people or group after "to", "for", "among", "from", "of",
 * "into" or "including" hold the view of the -ing stance that follows
 * them: "gave $10 million to a group backing the governor", "leads among
 * those supporting the bill", "the largesse of donors backing her",
 * "poured money into groups backing him" (not "an op-ed in the Post
 * hammering him", "a case filed by the Philippines challenging …": there
 * the sentence's subject acts). */
export function recipientHolds(tokens: Token[], phrase: Range): boolean {
  return /^(to|for|among|from|of|into|including)$/.test(tokens[phrase.first - 1]?.lower ?? '') && isHuman(tokens, phrase)
}
