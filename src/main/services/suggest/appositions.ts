// A name in apposition to the subject names who speaks: "His spokesman,
// Josh Earnest, said …", "One of the men, Jim Elkins, 70, said …", "But
// the other candidate, former Gov. Jane Roe, drew a contrast, saying …".
// The speaker runs from the phrase to the name, so that either reads as
// the source.
import { isComma } from './content'
import type { Token } from './nlp'
import { phraseStartingAt, type Range } from './phrases'

/** The phrase `np` with the name between commas after it, when a verb
 * follows that name ("…, Josh Earnest, said"); `np` otherwise. */
export function withNamedApposition(tokens: Token[], np: Range): Range {
  if (tokens[np.last].pos === 'PROPN' || !isComma(tokens[np.last + 1])) return np
  const name = phraseStartingAt(tokens, np.last + 2, np.last + 16)
  // ("Navy leaders, including Adm. Jane Ortiz, have argued": a group and
  // one of its members, not another name for it.)
  if (!name || tokens[name.first].pos === 'VERB' || tokens[name.last].pos !== 'PROPN' || !/^\p{Lu}/u.test(tokens[name.last].text) || !isComma(tokens[name.last + 1])) return np
  // ("Jim Elkins, 70, said": an age between commas.)
  let k = name.last + 2
  if (tokens[k]?.pos === 'NUM' && isComma(tokens[k + 1])) k += 2
  while (tokens[k]?.pos === 'ADV') k++
  return /^(VERB|AUX)$/.test(tokens[k]?.pos ?? '') ? { first: np.first, last: name.last } : np
}
