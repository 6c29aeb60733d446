// A participle inside a noun phrase, between what opens the phrase and its
// head noun, modifies that noun as an adjective does: "the presidential
// nominating contest", "the most challenging moment of his campaign", "a
// telling sign", "a guaranteed income", "several supposed alternatives".
// It is no verb of the sentence's subject ("Clinton won the presidential
// nominating contest" is no statement of Clinton's);
// rules.ts drops the cue. ("voters strongly opposing abortion": after
// another adverb the -ing form governs its object and stays a verb.)
import type { Token } from './nlp'

/** Whether the -ing or -ed form `verb` stands after a determiner, an
 * adjective or a degree adverb and before a common noun (its head). */
export function attributiveParticiple(tokens: Token[], verb: Token, first: number): boolean {
  if (!/(ing|ed)$/.test(verb.lower) || verb.i <= first) return false
  const prev = tokens[verb.i - 1]
  const next = tokens[verb.i + 1]
  if (!next || next.pos !== 'NOUN') return false
  return prev.pos === 'DET' || prev.pos === 'ADJ' || (prev.pos === 'ADV' && /^(most|more|less|least|very|so|too)$/.test(prev.lower))
}
