// "Clinton was the first candidate to bring up …": a phrase that ranks the
// subject after "be" (the first, the only, the last …) stands for that
// subject before an infinitive, the verb whose speaker is wanted.
import type { Token } from './nlp'
import { subjectBefore, type Range } from './phrases'

/** "Clinton was (also) the first candidate to bring up …", "Smith is the
 * only senator to oppose …": the phrase that ranks the subject after "be"
 * stands for that subject, who does what the infinitive says. */
export function rankedComplement(tokens: Token[], np: Range, verb: number, first: number): Range | null {
  const ranks = (k: number) => tokens[k]?.lower === 'the' && /^(first|last|only|latest|second|third)$/.test(tokens[k + 1]?.lower ?? '')
  // ("the only mayor": the tagger may leave "the only" out of the phrase.)
  const d = ranks(np.first) ? np.first : np.first - 2
  if (tokens[np.last + 1]?.lower !== 'to' || np.last + 2 !== verb || d < first || !ranks(d)) return null
  let b = d - 1
  while (b > first && tokens[b].pos === 'ADV') b--
  if (b <= first || tokens[b].lemma !== 'be') return null
  const subject = subjectBefore(tokens, b, first)
  return subject && subject.last < b ? subject : null
}
