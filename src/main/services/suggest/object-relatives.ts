// A verb of stance in a relative clause whose object is the phrase it
// modifies: "everything they wanted", "the style he prefers", "a topic
// she knew well", "the plans that countries offered", "what voters want",
// "a candidate whom party members oppose". Nothing follows the verb in its
// clause; what is wanted, known or opposed is the phrase before the
// subject (or the relative pronoun that stands for it), and the subject
// holds the view.
import type { Token } from './nlp'
import { HUMAN_NOUNS, PERSON_TITLES } from './lexicon'
import { endsClause, phraseEndingAt, type Range } from './phrases'
import { isHuman } from './who-speaks'

/** Pronouns that stand for the object of the clause they open. */
const OBJECT_RELATIVES = /^(what|whatever|which|whom)$/

/** Pronouns that name something rather than someone ("everything they
 * wanted", "one nobody realized"). */
const THING_PRONOUNS = /^(everything|anything|something|nothing|one|all)$/

/** What the verb (ending at `cueLast`, with its subject `subject`) holds a
 * view of, with the subject that holds it, when the verb ends its clause
 * and the phrase before its subject is its object; else null. */
export function objectRelative(tokens: Token[], subject: Range, cue: number, cueLast: number, first: number, last: number): { object: Range; holder: Range } | null {
  // ("the insiders they're challenging": an -ing form is mostly an act;
  // "the policies she campaigned against", "all they talked about": a verb
  // with its preposition is mostly a topic, not a view.)
  if (!endsClause(tokens, cueLast + 1, last) || /ing$/.test(tokens[cue].lower) || cueLast > cue) return null
  // ("voters who decided": the subject's own relative clause, no object.)
  if (/^(who|which|that)$/.test(tokens[subject.last].lower)) return null
  const holder = innerSubject(tokens, subject)
  const k = holder.first - 1
  const before = tokens[k]
  if (!before || k < first || !isHuman(tokens, holder)) return null
  if (OBJECT_RELATIVES.test(before.lower)) return { object: { first: k, last: k }, holder }
  // ("more resilient than most people imagined", "not as toxic as insiders
  // believe": a comparison with what they hold, which "than" or "as"
  // stands for; "as he spoke" is a time.)
  if (/^(than|as)$/.test(before.lower) && !/^(speak|talk)$/.test(tokens[cue].lemma)) return { object: { first: k, last: k }, holder }
  // ("the plans that countries offered": "that" before a subject is the
  // object's relative; the antecedent is the phrase before it.)
  const at = before.lower === 'that' ? k - 1 : k
  const head = tokens[at]
  if (!head || at < first) return null
  // (The tagger reads "everything" as a verb at times.)
  if (THING_PRONOUNS.test(head.lower)) return { object: { first: at, last: at }, holder }
  const object = head.pos === 'NOUN' ? phraseEndingAt(tokens, at, first, true) : null
  // ("depending on which poll you believe": a question, not a relative.)
  if (!object || /^(which|whichever|what|whatever|whose)$/.test(tokens[object.first].lower)) return null
  return { object, holder }
}

/** The subject inside a phrase the tagger reads as one: "what voters"
 * → "voters", "the campaign Clinton" → "Clinton" (a common noun after a
 * determiner, then a name or a pronoun; not a title, "the spokesman Brian
 * Fallon", nor a name's description, "billionaire Peter Thiel"). */
function innerSubject(tokens: Token[], r: Range): Range {
  if (r.first < r.last && (OBJECT_RELATIVES.test(tokens[r.first].lower) || tokens[r.first].lower === 'that')) return { first: r.first + 1, last: r.last }
  for (let m = r.first + 1; m < r.last; m++) {
    const noun = tokens[m]
    const next = tokens[m + 1]
    const named = next.pos === 'PROPN' || (next.pos === 'PRON' && !/^[’']s$/.test(next.lower)) || next.pos === 'DET'
    if (tokens[r.first].pos === 'DET' && noun.pos === 'NOUN' && noun.text === noun.lower && named && !HUMAN_NOUNS.has(noun.lemma) && !PERSON_TITLES.has(noun.lower)) return { first: m + 1, last: r.last }
  }
  return r
}
