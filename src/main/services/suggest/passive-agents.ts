// The agent of a passive past what the passive says of its subject: "is
// seen as a strong leader by voters", "was found discriminatory by the
// court", "is considered unclean by many". The complement ("as …" or an
// adjective) belongs to what is said; the one after "by" says it.
import type { Token } from './nlp'
import { phraseStartingAt, skipAdverbials } from './phrases'

/** Index of "by" after a passive's complement, or -1: "seen as a leader
 * by", "deemed insufficient by". */
export function byPastComplement(tokens: Token[], from: number, last: number): number {
  // ("as" is tagged an adverb: not skipped as one.)
  let k = from
  while (k <= last && tokens[k].pos === 'ADV' && tokens[k].lower !== 'as') k++
  if (tokens[k]?.lower === 'as') {
    const np = phraseStartingAt(tokens, k + 1, last)
    if (!np) return -1
    k = np.last + 1
  } else if (tokens[k]?.pos === 'ADJ') {
    while (k <= last && tokens[k].pos === 'ADJ') k++
  } else {
    // ("was sentenced to probation by a judge", "was recommended for the
    // job by Stone": one or two prepositional phrases.)
    const from0 = k
    for (let n = 0; n < 2 && tokens[k]?.pos === 'ADP' && tokens[k].lower !== 'by'; n++) {
      const np = phraseStartingAt(tokens, k + 1, last)
      if (!np) return -1
      k = np.last + 1
    }
    if (k === from0) return -1
  }
  k = skipAdverbials(tokens, k, last)
  return k <= last && tokens[k]?.lower === 'by' ? k : -1
}

/** "are both seen", "were all targeted": a floating quantifier between
 * the auxiliary and the participle. */
export const FLOATING = /^(both|all|each)$/
