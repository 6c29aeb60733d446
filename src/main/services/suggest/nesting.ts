// Whether the subject of a cue opens a clause nested in another statement
// or phrase ("Ramos said Trump has not replied", "whether he would run",
// "When asked …"): such a clause is part of what someone else says, and
// its subject is no speaker of its own (rules.ts drops it). Clauses the
// tagger gives no sign of ("told them that they …") are in embedded.ts.
import { withAntecedent } from './clauses'
import { afterListener, CLAUSE_NOUNS, embeddedQuestion } from './embedded'
import { SUBORDINATORS } from './lexicon'
import type { Token } from './nlp'
import type { Range } from './phrases'

/** A subject that opens a clause inside another statement or phrase:
 * "Ramos said Trump has not replied", "concerns that voters would not
 * support", "whether he would run", "what he calls": after a verb, an
 * adjective, a complementiser or the "do" of a question. Such a clause
 * is part of what someone else says (PolNeAR marks that outer statement),
 * or no statement; on the train part of PolNeAR about three in four of
 * these speakers were wrong. */
export function opensClause(tokens: Token[], subject: Range, first: number): boolean {
  const before = tokens[subject.first - 1]
  if (!before || before.i < first) return false
  if (before.pos === 'VERB' || before.pos === 'ADJ') return true
  if (before.lower === 'if') return !conditional(tokens, before.i, first)
  // ("He was undecided until Haley said she backed Rubio", "vows to wait
  // until the company agrees to stay": a time limit set inside the main
  // clause, what the main clause's speaker says of it.)
  if (/^(until|till)$/.test(before.lower)) return true
  if (before.lower === 'that' && tokens[subject.first].pos !== 'PRON' && gapAfterVerb(tokens, subject)) return false
  if (before.lower === 'that' && (before.pos === 'SCONJ' || afterListener(tokens, before.i, first) || CLAUSE_NOUNS.has(tokens[before.i - 1]?.lower ?? ''))) return !adverbialThat(tokens, before.i, first)
  // ("Do you support Trump?": a question, no statement.)
  return /^(whether|what|do|does|did)$/.test(before.lower) || embeddedQuestion(tokens, before.i, first)
}

/** "The poll noted that voters who said …": a relative pronoun whose
 * phrase opens a clause after "that" is inside that clause too. */
export function thatRelative(tokens: Token[], subject: Range, first: number): boolean {
  const whole = withAntecedent(tokens, subject, first)
  const before = tokens[whole.first - 1]
  return whole !== subject && !!before && before.i >= first && before.lower === 'that' && before.pos === 'SCONJ'
}

/** "Now that Trump has claimed …", "so narrow that economists believe
 * …", "so that voters know …": a "that" of time, degree or purpose opens
 * a clause of its own, not what someone says. */
function adverbialThat(tokens: Token[], k: number, first: number): boolean {
  const before = tokens[k - 1]
  if (!before || before.i < first) return false
  if (/^(now|so)$/.test(before.lower)) return true
  return /^(ADJ|ADV)$/.test(before.pos) && /^(so|such|too)$/.test(tokens[k - 2]?.lower ?? '') && k - 2 >= first
}

/** "If Republicans nominate Trump, …", "…, especially if they care about
 * …", "as if she hasn't endorsed": an "if" that opens a condition (at the
 * start of a clause, after a comma, a conjunction or an adverb), not a
 * question after a verb or a noun ("asked if he would", "no idea if"). The
 * condition's subject speaks for itself. */
function conditional(tokens: Token[], k: number, first: number): boolean {
  const before = tokens[k - 1]
  return !before || before.i < first || /^(PUNCT|CCONJ|SCONJ|ADV)$/.test(before.pos)
}

/** "When asked about it, …", "After announcing …": a word that opens a
 * clause, capitalised at the start of a sentence, read as the subject.
 * It names no one. */
export function opensAlone(tokens: Token[], subject: Range): boolean {
  return subject.first === subject.last && SUBORDINATORS.test(tokens[subject.first].lower)
}

/** "a strike that company executives said could hurt earnings", "a
 * deadline that insiders believe went unnoticed": a relative "that"
 * whose clause lacks its subject after the verb of saying (a finite verb
 * right after it); the relative clause reports the subject's own claim,
 * not one inside another statement, and its subject speaks. (A pronoun
 * there, "a system that they say is rigged", mostly stands for the
 * speaker of the sentence around it, who is marked instead.) */
function gapAfterVerb(tokens: Token[], subject: Range): boolean {
  let k = subject.last + 1
  while (tokens[k] && /^(ADV|AUX|PART)$/.test(tokens[k].pos)) k++
  const next = tokens[k + 1]
  return tokens[k]?.pos === 'VERB' && !!next && (next.pos === 'AUX' || (next.pos === 'VERB' && !/ing$/.test(next.lower)))
}
