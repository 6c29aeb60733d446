// A clause in -ing that opens the sentence has no subject of its own: "After
// blasting the report, the senator doubled down", "In rejecting the
// challenge, the commission ruled …", "While saying that he respects her,
// he …". Who does what the -ing verb says is the subject of the main
// clause after the comma, and what is said ends at that comma.
import { isComma } from './content'
import { sentenceSubject } from './clauses'
import type { Token } from './nlp'
import type { Range } from './phrases'

/** Prepositions and subordinators that bring in such a clause. */
const OPENERS = /^(after|before|while|when|in|by|since|upon|on|without|despite|besides)$/

/** The speaker after the comma and the last token of the -ing clause at
 * `at` when it opens the sentence (at `first`, after its opener); null
 * when it does not. */
export function frontedClause(tokens: Token[], at: number, first: number, last: number): { speaker: Range; end: number } | null {
  if (!/ing$/.test(tokens[at].lower) || at !== first + 1 || !OPENERS.test(tokens[first].lower)) return null
  let comma = at + 1
  while (comma < last && comma - at < 30 && !isComma(tokens[comma])) comma++
  // ("In rejecting the challenge, which …": a relative clause, not the
  // main one.)
  // (Nothing after the comma: no main clause to speak.)
  if (!isComma(tokens[comma]) || comma >= last || /^(which|who)$/.test(tokens[comma + 1].lower)) return null
  const speaker = sentenceSubject(tokens, comma + 1, last + 1)
  return speaker ? { speaker, end: comma - 1 } : null
}
