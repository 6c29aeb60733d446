// An -ing form the tagger reads as an adjective where it can only be a
// verb: after a preposition and before what it governs ("won by promising
// that taxes will fall", "after threatening to sue", "for insisting that
// …"). "a promising start" keeps its adjective: no preposition before it.
import { cueClass } from './lexicon'
import type { Token } from './nlp'

// (Not a bare noun after it: "for encouraging signs", "by alarming
// margins" are adjectives; nor after "of" or "with": "of promising
// young candidates", "with disturbing images".)
const GOVERNED = /^(DET|PRON|PROPN|SCONJ|PART|NUM)$/
const GERUND_PREPS = /^(by|after|before|while|for|without|since|upon|from|against|about)$/

/** The verb of the lexicon an -ing adjective at `t` stands for ("promise"
 * for "promising"), or null. */
export function gerundAdjective(tokens: Token[], t: Token, first: number): string | null {
  if (t.pos !== 'ADJ' || !/ing$/.test(t.lower) || t.i <= first) return null
  const prev = tokens[t.i - 1]
  const next = tokens[t.i + 1]
  // (After "be" too, a progressive: "Clinton is promising them …", "have
  // been promising a larger staff"; "is promising." stays an adjective.
  // After a comma, a participle: "…, promising to build a wall".)
  if (!next || !(GERUND_PREPS.test(prev.lower) || prev.lemma === 'be' || prev.text === ',') || !GOVERNED.test(next.pos)) return null
  const stem = t.lower.slice(0, -3)
  // ("promis-e", "warn", "admitt-ed" → "admit": the base forms to try.)
  for (const base of [stem + 'e', stem, stem.replace(/(.)\1$/, '$1')]) if (cueClass(base)) return base
  return null
}
