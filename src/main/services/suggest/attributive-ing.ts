// An -ing form inside a noun phrase, between what opens the phrase and its
// head noun, modifies that noun as an adjective does: "the presidential
// nominating contest", "the most challenging moment of his campaign", "a
// telling sign". It is no verb of the sentence's subject ("Clinton won
// the presidential nominating contest" is no statement of Clinton's);
// rules.ts drops the cue. ("voters strongly opposing abortion": after
// another adverb the -ing form governs its object and stays a verb.)
import type { Token } from './nlp'

/** Whether the -ing form `verb` stands after a determiner, an adjective or
 * a degree adverb and before a common noun (its head). */
export function attributiveIng(tokens: Token[], verb: Token, first: number): boolean {
  if (!/ing$/.test(verb.lower) || verb.i <= first) return false
  const prev = tokens[verb.i - 1]
  const next = tokens[verb.i + 1]
  if (!next || next.pos !== 'NOUN') return false
  return prev.pos === 'DET' || prev.pos === 'ADJ' || (prev.pos === 'ADV' && /^(most|more|less|least|very|so|too)$/.test(prev.lower))
}
