// A subject with an -ing clause after its head: "Democrats trying to
// regain the Senate say …", "Activists hoping to block Trump's nomination
// say …". Read leftwards from the verb of saying, the subject found is the
// last noun of the participle's clause ("the Senate"), which after a verb
// looks like an object in a clause nested in another statement, and is
// left without a speaker; past a preposition, it is taken for the
// speaker ("Republicans elected in the last wave say": "the last wave").
// The people the participle describes speak: the noun phrase that opens
// the clause, before the participle.
import type { Token } from './nlp'
import { isHuman, phraseEndingAt, type Range } from './phrases'

/** The subject that opens the clause, with the -ing clause after it, when
 * `subject` sits inside that clause; else null. */
export function participleHead(tokens: Token[], subject: Range, first: number): Range | null {
  for (let k = subject.first - 1; k > first && subject.first - k < 12; k--) {
    const t = tokens[k]
    if (t.pos === 'PUNCT' || t.pos === 'SCONJ' || t.pos === 'AUX' || t.pos === 'PRON' || t.pos === 'CCONJ') return null
    if (t.pos !== 'VERB') continue
    // ("hoping to block": a verb after "to" belongs to the participle.)
    if (tokens[k - 1]?.lower === 'to') continue
    // ("Republicans elected in the last wave say", "Lawmakers opposed to
    // the bill say": a participle in -ed with its preposition.)
    const passive = /(ed|en)$/.test(t.lower) && tokens[k + 1]?.pos === 'ADP'
    if (!/ing$/.test(t.lower) && !passive) return null
    const np = phraseEndingAt(tokens, k - 1, first)
    if (!np || !isHuman(tokens, np)) return null
    // (Only the phrase that opens the clause: "met voters hoping to …" has
    // the sentence's own subject before it.)
    const before = tokens[np.first - 1]
    const opens = np.first === first || /^(CCONJ|ADV)$/.test(before.pos) || before.text === ','
    return opens ? { first: np.first, last: subject.last } : null
  }
  return null
}
