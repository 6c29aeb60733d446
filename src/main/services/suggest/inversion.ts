// "…, said Sen. Ted Cruz": which verbs put their speaker after them, and
// what may follow that speaker's head ("a source close to the campaign").
import type { Token } from './nlp'

/** Verbs that come before their speaker after what was said: "…, said
 * Sen. Ted Cruz", "…, notes the report"; after another verb comes its
 * object ("…, Mike Murphy, praised the efforts of a donor"). */
export const INVERTING = /^(say|add|write|ask|note|tell|explain|continue|recall|reply|argue|insist|declare|conclude|observe|report|warn|admit|acknowledge|predict|agree|announce|state|claim|remark|comment|quip|joke|concede|suggest|counter)$/

/** "a source close to the campaign", "officials familiar with the
 * talks", "a spokesman for Mrs. Clinton", "an aide who …": what follows
 * the head of a speaker named after the verb. */
export function postmodifies(tokens: Token[], k: number): boolean {
  const t = tokens[k]
  if (!t) return false
  if (/^(close|familiar|knowledgeable|briefed|\()$/.test(t.lower)) return true
  // "one Republican involved in the planning", "a chief known as Bob"
  // (after a noun: "he voted for" is a clause).
  if (/^(VERB|ADJ)$/.test(t.pos) && /(ed|en|wn)$/.test(t.lower) && /^(in|as|with|on)$/.test(tokens[k + 1]?.lower ?? '') && /^(NOUN|PROPN)$/.test(tokens[k - 1]?.pos ?? '')) return true
  return /^(of|for|at|with|from|in|on|who|whose|to)$/.test(t.lower) && !!tokens[k + 1] && tokens[k + 1].pos !== 'VERB'
}
