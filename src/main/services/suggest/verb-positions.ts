// Verbs in -s the tagger reads as plural nouns, found from the place a
// verb alone can hold: after a relative "that" ("an ad that attacks
// Clinton"), after a subject set off by commas ("Ben Cardin, a Democrat,
// advocates a new tax"), and after a singular noun that heads a subject,
// before an object ("The lawsuit demands his reinstatement"). A plural
// noun holds none of these places: "that" as a determiner takes a singular
// ("that claim"), and a noun phrase is not followed by a determiner or a
// possessive. Used by tagging.ts.
import { cueClass } from './lexicon'
import type { Token } from './nlp'

/** Pronouns that open an object ("demands his …", "paints herself as"),
 * not the subject of a relative clause ("the remarks he made"). */
const OBJECT_PRONOUNS = /^(his|her|its|their|our|my|your|him|them|us|me|himself|herself|itself|themselves|this|these)$/

/** ("The fraud claims that surfaced": "that" after a noun may be a
 * relative pronoun; after the comma closing a subject it opens a clause.) */
export function positionalVerb(tokens: Token[], t: Token, first: number): boolean {
  const prev = tokens[t.i - 1]
  const next = tokens[t.i + 1]
  if (t.i <= first || !next || !/^(NOUN|ADJ|PROPN)$/.test(t.pos)) return false
  if (!cueClass(t.lemma)) return false
  // ("Officials in Minnesota, for example, brand their …": the bare form
  // after a plural subject set off by commas.)
  if (t.lower === t.lemma) return prev.text === ',' && objectAfter(next) && subjectOnly(tokens, first, prev.i) && pluralHead(tokens, first, prev.i)
  if (!/[^s'’]s$/.test(t.lower)) return false
  if (!objectAfter(next) && !(next.lower === 'that' && prev.text === ',')) return false
  // "an ad that attacks Clinton", "a tweet which blasts the …".
  if (/^(that|which)$/.test(prev.lower)) return true
  // "Ben Cardin, a Democrat on the committee, advocates a …": after the
  // comma that closes the subject's apposition, with no verb before.
  if (prev.text === ',') return subjectOnly(tokens, first, prev.i)
  // "The lawsuit demands his …", "The photo quotes Romans …": after a
  // singular noun that opens the clause.
  if (prev.pos === 'NOUN' && prev.lower === prev.lemma) return opensClause(tokens, prev.i, first)
  // "Israel disputes this", "Germany views itself as …": after a name, an
  // object pronoun (a name's noun has none after it).
  return prev.pos === 'PROPN' && OBJECT_PRONOUNS.test(next.lower) && opensClause(tokens, prev.i, first)
}

/** What opens an object or a clause: "the", a name, "his", "that". */
function objectAfter(next: Token): boolean {
  return /^(DET|PROPN)$/.test(next.pos) || OBJECT_PRONOUNS.test(next.lower) || (next.lower === 'that' && next.pos === 'SCONJ')
}

/** A plural noun heads what comes before the comma at `end`: "Officials in Minnesota". */
function pluralHead(tokens: Token[], first: number, end: number): boolean {
  for (let k = first; k < end && tokens[k].text !== ','; k++) {
    const w = tokens[k]
    if (w.pos === 'ADP') return false
    if ((w.pos === 'NOUN' && w.lower !== w.lemma && /s$/.test(w.lower)) || (w.pos === 'PROPN' && /[^s'’]s$/.test(w.lower) && w.lower !== 'mrs')) return true
  }
  return false
}

/** Only a noun phrase and what sets it off between first and the comma at
 * `end`: "Jo Kerr, a consultant," or "Trump, however,". */
function subjectOnly(tokens: Token[], first: number, end: number): boolean {
  if (!/^(DET|PROPN|NOUN|ADJ)$/.test(tokens[first].pos)) return false
  for (let k = first; k < end; k++) if (/^(VERB|AUX|SCONJ)$/.test(tokens[k].pos) || /^(who|which|that|[“"])$/.test(tokens[k].lower)) return false
  return tokens.slice(first, end).some((w) => w.text === ',')
}

/** The noun phrase ending at `end` opens the sentence or a clause after a
 * comma or a conjunction: "The lawsuit", "…, but the photo". */
function opensClause(tokens: Token[], end: number, first: number): boolean {
  let k = end
  while (k > first && /^(PROPN|NOUN|ADJ|DET|NUM|PART|PRON)$/.test(tokens[k - 1].pos) && !/^(that|which|who)$/.test(tokens[k - 1].lower)) k--
  return k === first || /^(,|;|but|and|as|because|while)$/.test(tokens[k - 1].lower)
}
