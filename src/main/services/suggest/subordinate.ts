// A subordinate clause that opens the sentence ends at the comma before the
// main clause: "After the interview ended, Maher stated that …", "As his
// rivals seized on the clip, Mr. Rubio told voters …", "When Trump
// attacked the judge, Hispanic voters were outraged". A cue inside that
// clause says no more than the clause does; the main clause after the
// comma has a subject and a verb of its own (and its own statement, when
// its verb is one of saying).
import { isComma } from './content'
import { cueClass } from './lexicon'
import type { Token } from './nlp'
import { endsClause, phraseStartingAt, skipAdverbials } from './phrases'

/** Subordinators that open an adverbial clause with a subject of its own. */
const OPENERS = /^(after|before|when|whenever|while|whilst|as|if|unless|because|since|once|until|although|though|whereas)$/

/** The last token of the subordinate clause that opens the sentence (at
 * `first`, past a connective or an introduction and its comma: "Later in
 * the show, after …") and holds the cue at `at` (to `cueLast`), when a main clause with
 * its subject and verb follows its comma; null otherwise. */
export function subordinateEnd(tokens: Token[], at: number, cueLast: number, first: number, last: number): number | null {
  const opener = openerBefore(tokens, at, first)
  if (opener === null) return null
  // ("As the Post reported, the inspector issued subpoenas": "as" with a
  // verb that ends its clause brings in what the main clause says.)
  if (tokens[opener].lower === 'as' && endsClause(tokens, cueLast + 1, last)) return null
  for (let k = at + 1; k < last && k - at < 40; k++) {
    if (!isComma(tokens[k])) continue
    if (mainClauseAt(tokens, k + 1, last)) return k - 1
  }
  return null
}

/** The subordinator before the cue at `at` that opens the sentence or
 * follows an introduction ending in a comma, with no comma between it and
 * the cue (the cue is in its clause); or a preposition that opens the
 * sentence ("In a video posted online, she criticized …", "With the mayor
 * considering a run, a poll found …"). */
function openerBefore(tokens: Token[], at: number, first: number): number | null {
  let k = first
  while (k < at && !OPENERS.test(tokens[k].lower) && (tokens[k].pos === 'CCONJ' || tokens[k].pos === 'ADV' || tokens[k].pos === 'PUNCT')) k++
  const noComma = (from: number) => !tokens.slice(from, at).some(isComma)
  if (k < at - 1 && tokens[k].pos === 'ADP' && noComma(k)) return k
  let s = at - 1
  while (s >= first && !isComma(tokens[s]) && !OPENERS.test(tokens[s].lower)) s--
  if (s < first || isComma(tokens[s]) || s === at - 1) return null
  if (k === s) return s
  // "Later in the show, after …": an introduction and its comma.
  return isComma(tokens[s - 1]) && !tokens.slice(k, s - 1).some((t) => t.pos === 'VERB' || t.pos === 'AUX' || isComma(t)) ? s : null
}

/** A noun phrase at `k` followed (past adverbials and auxiliaries) by a
 * verb of saying or of stance: a main clause with a statement of its own
 * ("…, his campaign has argued that …"). */
function mainClauseAt(tokens: Token[], k: number, last: number): boolean {
  let from = k
  while (from <= last && tokens[from].pos === 'CCONJ') from++
  const np = phraseStartingAt(tokens, from, last)
  if (!np || tokens[np.first].pos === 'SCONJ') return false
  let v = skipAdverbials(tokens, np.last + 1, last)
  while (v < last && v - np.last < 5 && (tokens[v].pos === 'AUX' || tokens[v].pos === 'PART' || tokens[v].pos === 'ADV') && !cueClass(tokens[v].lemma)) v++
  const verb = tokens[v]
  return !!verb && verb.pos === 'VERB' && !/ing$/.test(verb.lower) && !!cueClass(verb.lemma)
}
