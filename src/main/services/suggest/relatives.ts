// A relative "that" as the subject of a cue: "businesses that warn it could
// harm commerce", "progressive groups that have endorsed him". The pronoun
// alone names no one ("that" is never a speaker on its own); the noun
// phrase it stands for does, when it can speak. (PolNeAR marks the phrase
// with its pronoun, or the pronoun alone: the two together overlap either.)
import type { Token } from './nlp'
import { phraseEndingAt, type Range } from './phrases'
import { canSpeak, isHuman } from './who-speaks'
import { isTimeHead } from './times'

/** The phrase a relative "that" (the subject `subject`) stands for, when
 * it names a speaker; null otherwise. */
export function thatAntecedent(tokens: Token[], subject: Range, first: number): Range | null {
  const that = tokens[subject.first]
  if (subject.first !== subject.last || that.lower !== 'that' || that.pos !== 'PRON' || subject.first - 1 < first) return null
  // ("said in September that …": after a time "that" opens what is said.)
  if (isTimeHead(tokens[subject.first - 1])) return null
  const np = phraseEndingAt(tokens, subject.first - 1, first)
  return np && isHuman(tokens, np) && canSpeak(tokens, np) ? np : null
}
