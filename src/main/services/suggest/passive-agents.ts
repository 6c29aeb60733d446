// Passives of saying: "was first reported by MSNBC" (the agent speaks, the
// subject is what was said), and the agent past what the passive says of
// its subject: "is
// seen as a strong leader by voters", "was found discriminatory by the
// court", "is considered unclean by many". The complement ("as …" or an
// adjective) belongs to what is said; the one after "by" says it.
import { span } from './content'
import { ACTS, NOUN_CUES, type CueClass } from './lexicon'
import type { Token } from './nlp'
import { phraseEndingAt, phraseStartingAt, skipAdverbials, subjectBefore, type Range } from './phrases'
import type { Candidate } from './rules'

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

/** "was first reported by MSNBC": the agent speaks, the subject is what
 * was said. Undefined when the cue at `t` is no passive; null when it is
 * one that names no speaker (no agent) or an act ("was elected"). */
export function passiveStatement(tokens: Token[], t: Token, cue: Range, cls: CueClass, base: number, first: number, last: number): Candidate | null | undefined {
  // ("He's said …": "'s" before a verb of saying with no agent is "has".)
  const has = /^[’']s$/.test(tokens[t.i - 1]?.lower ?? '') && cls === 'speech' && tokens[cue.last + 1]?.lower !== 'by'
  if (has || !isPassive(tokens, t.i, first)) return undefined
  if (ACTS.has(t.lemma)) return null
  // ("was attacked on the speeches by Sanders": past adverbials.)
  let k = tokens[cue.last + 1]?.lower === 'by' ? cue.last + 1 : skipAdverbials(tokens, cue.last + 1, last)
  // ("is seen as a strong leader by voters": past its complement.)
  if (tokens[k]?.lower !== 'by') k = byPastComplement(tokens, cue.last + 1, last)
  const by = tokens[k]
  const agent = by?.lower === 'by' ? phraseStartingAt(tokens, k + 1, last) : null
  let aux = t.i - 1
  while (aux > first && tokens[aux].pos !== 'AUX') aux--
  // ("has been criticized": before every auxiliary.)
  while (aux > first && /^(AUX|ADV)$/.test(tokens[aux - 1].pos)) aux--
  // ("His comments were derided by …": a noun of saying is no speaker but
  // can be what was said.)
  // ("The senator, a Democrat, was criticized by …": past an insertion.)
  const inserted = aux - 1 > first && /^[,—–-]$/.test(tokens[aux - 1].text) ? subjectBefore(tokens, aux, first) : null
  const said = agent ? (phraseEndingAt(tokens, aux - 1, first) ?? inserted ?? (aux - 1 >= first && NOUN_CUES.has(tokens[aux - 1].lower) ? { first, last: aux - 1 } : null)) : null
  if (!agent || !said) return null
  return { content: span(tokens, said), source: span(tokens, agent), cue: { start: t.start, end: by.end }, cueLemma: t.lemma, rule: 'passive', confidence: base }
}

/** "was reported", "is expected", "has been criticized". */
function isPassive(tokens: Token[], i: number, first: number): boolean {
  if (!/(ed|en|wn|ld|id)$/.test(tokens[i].lower)) return false
  let j = i - 1
  while (j >= first && (tokens[j].pos === 'ADV' || tokens[j].lower === 'not' || FLOATING.test(tokens[j].lower))) j--
  return j >= first && tokens[j].pos === 'AUX' && /^(is|are|was|were|be|been|being|’s|'s)$/.test(tokens[j].lower)
}
