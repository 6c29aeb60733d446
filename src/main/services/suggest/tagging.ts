// Verbs the tagger misreads, found again from their neighbours: "Others
// wonder how …" (a plural noun for wink-nlp), "Polls show …", "The
// candidate plans to …", "a donor who backs …", and verbs in -s in a
// headline's title case ("Graham Slams Trump"). Used by rules.ts before it
// reads a token as a cue.
import { HUMAN_NOUNS, ORG_WORDS, PRONOUNS, cueClass } from './lexicon'
import type { Token } from './nlp'
import { takesPrep } from './verb-preps'
import { positionalVerb } from './verb-positions'

/** "Rep. Gwen Graham Slams Trump", "Super PAC blasts Trump": in a
 * headline the tagger reads a verb in -s as part of a name or as a plural
 * noun. The lemma of that verb, when it is one of the lexicon's.
 * `inTitle`: in the paragraph that opens the text, its title. */
export function headlineVerb(tokens: Token[], t: Token, first: number, inTitle = false): string | null {
  if (t.i <= first || !(t.pos === 'PROPN' || t.pos === 'NOUN')) return null
  const prev = tokens[t.i - 1]
  const next = tokens[t.i + 1]
  if (inTitle) return titleVerb(t, prev, next)
  if (!/s$/.test(t.lower)) return null
  if (prev.pos !== 'PROPN' || !next || !/^(PROPN|DET|PRON|NOUN|ADJ)$/.test(next.pos)) return null
  // Title case ("Slams") or a noun between two names ("PAC blasts Trump").
  if (t.pos === 'NOUN' && next.pos !== 'PROPN') return null
  if (t.pos === 'PROPN' && !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return null
  for (const stem of [t.lower.slice(0, -1), t.lower.slice(0, -2)]) if (cueClass(stem)) return stem
  return null
}

/** The article's title ("Skywriters blast Trump", "Judge plans appeal",
 * "Trump talks to Kelly about bullying"): a verb of the lexicon after
 * the noun that names its subject, before what it governs. */
function titleVerb(t: Token, prev: Token, next: Token | undefined): string | null {
  if (!next || !/^(NOUN|PROPN)$/.test(prev.pos) || !/^(PROPN|DET|PRON|NOUN|ADJ|NUM|ADP|PART)$/.test(next.pos) || TITLE_NOUNS.has(t.lower)) return null
  for (const stem of [t.lower, t.lower.replace(/s$/, ''), t.lower.replace(/es$/, '')]) if (cueClass(stem)) return stem
  return null
}

/** Nouns of the news that a title uses far more often than the verbs
 * ("Clinton email probe", "O'Malley campaign to shift staff"). */
const TITLE_NOUNS = new Set('email emails campaign campaigns view views suspect charges attacks shows hedge ad ads poll polls report reports'.split(' '))

/** "Others wonder how …", "Viguerie notes “…”", "Polls show voters …":
 * the tagger reads a verb of saying as a noun after a name or pronoun;
 * what follows it (a quotation, "that", "how", or after a plural a noun
 * phrase) shows it is the verb. */
export function mistaggedVerb(tokens: Token[], t: Token, first: number): boolean {
  if (pluralSubjectVerb(tokens, t, first) || positionalVerb(tokens, t, first)) return true
  // ("the 20 states that …", "Rust Belt states that …": the noun, far
  // more often than the verb.)
  if (t.pos !== 'NOUN' || t.i <= first || t.lower === 'states') return false
  const prev = tokens[t.i - 1]
  const next = tokens[t.i + 1]
  if (!next) return false
  if (subjectVerbClause(tokens, t)) return true
  // "The candidate plans to …", "the group hopes to …": a verb in -s with
  // an infinitive after it, right after a noun.
  if ((prev.pos === 'NOUN' || prev.pos === 'PROPN') && /s$/.test(t.lower) && STANCE_INFINITIVE.has(t.lemma) && next.lower === 'to' && /^(VERB|AUX)$/.test(tokens[t.i + 2]?.pos ?? '')) return true
  // "Trump talks about jobs", "Cruz counts on evangelicals": a verb in -s
  // after a name, with the preposition it takes.
  if (prev.pos === 'PROPN' && /s$/.test(t.lower) && takesPrep(t.lemma, next)) return true
  // "But experts note that …", "Legal observers note the …": the bare
  // verb after people in the plural.
  const plural = prev.pos === 'NOUN' && prev.lower !== prev.lemma && /s$/.test(prev.lower) && HUMAN_NOUNS.has(prev.lemma)
  // ("Labor leaders point out that …", "Jewish leaders point to …": the
  // particle or preposition the verb takes.)
  const particle = next.lower === 'out' || takesPrep(t.lemma, next)
  if (plural && t.lower === t.lemma && cueClass(t.lemma) && (next.lower === 'that' || particle || /^(DET|PRON|PROPN)$/.test(next.pos))) return true
  // "The report notes that …": a verb in -s after one of them, before
  // "that".
  if (prev.pos === 'NOUN' && prev.lower === prev.lemma && HUMAN_NOUNS.has(prev.lemma) && /s$/.test(t.lower) && cueClass(t.lemma) && next.lower === 'that') return true
  // "The union backs Mr. Sanders", "the group supports the bill": the same
  // before a name or a determiner, after "the" and a group or a person.
  const group = (prev.pos === 'NOUN' || prev.pos === 'ADJ') && prev.lower === prev.lemma && (HUMAN_NOUNS.has(prev.lemma) || ORG_WORDS.has(prev.lower)) && /^(the|a|an|this|that)$/.test(tokens[t.i - 2]?.lower ?? '')
  if (group && /s$/.test(t.lower) && cueClass(t.lemma) && /^(DET|PROPN)$/.test(next.pos)) return true
  // "a donor who backs Mr. Cruz", "Both want …", "Many say …": a verb of the
  // lexicon after a relative pronoun or a quantifier standing for people.
  if ((prev.lower === 'who' || (QUANTIFIERS.test(prev.lower) && prev.i === first)) && cueClass(t.lemma) && /^(NOUN|PROPN|DET|PRON|SCONJ|ADP)$/.test(next.pos)) return true
  // ("Some seek to leave", "Many hope to win": the same before "to" and a
  // verb.)
  if (QUANTIFIERS.test(prev.lower) && prev.i === first && STANCE_INFINITIVE.has(t.lemma) && next.lower === 'to' && /^(VERB|AUX)$/.test(tokens[t.i + 2]?.pos ?? '')) return true
  // "…, the Chicago Tribune reports.": a verb of saying in -s that closes
  // the sentence after a name set off by a comma.
  if (/s$/.test(t.lower) && cueClass(t.lemma) === 'speech' && /^[.,;!?]$/.test(next.text) && (prev.pos === 'PROPN' || ORG_WORDS.has(prev.lower)) && trailingName(tokens, prev.i, first)) return true
  // "Trump reports investments in …", "Sanders plans major ad buys": a
  // verb in -s right after a name that no "the" opens ("the Clinton
  // campaigns" is a noun).
  if (prev.pos === 'PROPN' && /s$/.test(t.lower) && t.lower !== t.lemma && cueClass(t.lemma) && /^(NOUN|ADJ|DET)$/.test(next.pos) && !namedWithThe(tokens, prev.i, first)) return true
  // "Six in 10 say", "a third say", "42% say": a share of people speaks.
  // ("64 percent call him competent": the same after "percent".)
  const share = prev.pos === 'NUM' || prev.text === '%' || FRACTIONS.test(prev.lower) || (prev.lower === 'percent' && tokens[t.i - 2]?.pos === 'NUM')
  // "About three-quarters support a ban", "58 percent oppose it",
  // "Republicans favor deporting them", "the senators surveyed support …":
  // a verb of stance, bare, after a share of people or people in the
  // plural, before its object ("Sanders support among …" is the noun).
  const people = share || prev.lower === 'percent' || (prev.pos === 'PROPN' && /[^s'’]s$/.test(prev.lower)) || /^(surveyed|polled|asked)$/.test(prev.lower)
  if (people && t.lower === t.lemma && SHARE_VERBS.has(t.lemma) && (/^(DET|PRON|PROPN|ADJ|NUM|NOUN)$/.test(next.pos) || /ing$/.test(next.lower)) && !/^(who|which|that)$/.test(next.lower)) return true
  if (!(prev.pos === 'PROPN' || share || (prev.pos === 'PRON' && PRONOUNS.has(prev.lower)))) return false
  if (/^(that|how|whether|why|what|if|[“"])$/.test(next.lower)) return true
  if (next.pos === 'PRON' && PRONOUNS.has(next.lower) && !/^(who|which|that|it|this|one)$/.test(next.lower)) return true
  return prev.pos === 'PROPN' && /s$/.test(prev.lower) && (next.pos === 'DET' || next.pos === 'PROPN' || next.pos === 'NOUN')
}

/** "Brazilian police charge the swimmer …", "City officials welcome the
 * fight", "Republicans plan to move …", "Lawyers dispute that …": a verb
 * of the lexicon in its bare form, read as a noun or an adjective, right
 * after a plural that is its subject (not the object of a preposition),
 * before its object, "that" or "to" and a verb. A noun there agrees with
 * nothing: "the arms deal" has no plural before a bare form of the lexicon
 * and then an object. */
function pluralSubjectVerb(tokens: Token[], t: Token, first: number): boolean {
  const prev = tokens[t.i - 1]
  const next = tokens[t.i + 1]
  if (t.i <= first || !next || !/^(NOUN|ADJ)$/.test(t.pos) || t.lower !== t.lemma || !cueClass(t.lemma)) return false
  const plural = (prev.pos === 'NOUN' && prev.lower !== prev.lemma && /s$/.test(prev.lower)) || (prev.pos === 'PROPN' && /[^s'’]s$/.test(prev.lower)) || PLURALS.test(prev.lower)
  if (!plural || objectBefore(tokens, prev.i)) return false
  if (next.lower === 'to') return STANCE_INFINITIVE.has(t.lemma) && tokens[t.i + 2]?.pos === 'VERB'
  return next.lower === 'that' || /^(DET|PROPN)$/.test(next.pos) || (next.pos === 'PRON' && !/^(who|which|that)$/.test(next.lower))
}

/** Plurals without an -s: "police charge …", "people want …". */
const PLURALS = /^(people|police|men|women|children)$/

/** "The candidate claims his net worth is …", "The Turkish government
 * claims Gulen runs …", "senators claim to object …": a verb of saying
 * read as a noun, that agrees with the noun before it as its subject (a
 * singular noun or a name before the form in -s, a plural before the bare
 * form) and has a clause after it: a subject and its verb, or "to" and a
 * verb. A noun there ("government claims") would not be followed by a
 * clause. */
function subjectVerbClause(tokens: Token[], t: Token): boolean {
  const prev = tokens[t.i - 1]
  if (!cueClass(t.lemma)) return false
  // ("analysts who claim to find …", "activists who vow to fight …":
  // "who" agrees with either form.)
  if (prev.lower === 'who') return tokens[t.i + 1]?.lower === 'to' && tokens[t.i + 2]?.pos === 'VERB'
  // ("The ad claims that Smith voted …", "the group fears that …": with
  // "that" as a conjunction, then a clause, for verbs of stance too; the
  // noun has "that" as a relative pronoun: "the claims that surfaced".)
  const that = tokens[t.i + 1]?.lower === 'that' && tokens[t.i + 1].pos === 'SCONJ'
  if (cueClass(t.lemma) !== 'speech' && !that) return false
  const singular = prev.pos === 'PROPN' || (prev.pos === 'NOUN' && prev.lower === prev.lemma)
  const plural = prev.pos === 'NOUN' && prev.lower !== prev.lemma && /s$/.test(prev.lower)
  const agrees = t.lower !== t.lemma && /s$/.test(t.lower) ? singular : t.lower === t.lemma && plural
  return agrees && !objectBefore(tokens, prev.i) && clauseAt(tokens, t.i + (that ? 2 : 1))
}

/** The noun phrase ending at `end` is the object of a preposition or
 * joined to another one ("about crude remarks he'd made", "the surge of
 * incendiary comments online has …"): not a subject, so the word after it
 * is still a noun. */
function objectBefore(tokens: Token[], end: number): boolean {
  let k = end
  while (k > 0 && /^(PROPN|NOUN|ADJ|DET|NUM|PART)$/.test(tokens[k - 1].pos)) k--
  return k > 0 && /^(ADP|CCONJ|VERB)$/.test(tokens[k - 1].pos)
}

/** A clause opens at k: "to" and a verb, or a short subject (a pronoun,
 * a name, a noun phrase) and then its verb. */
function clauseAt(tokens: Token[], k: number): boolean {
  const first = tokens[k]
  if (!first) return false
  if (first.lower === 'to') return tokens[k + 1]?.pos === 'VERB'
  if (!/^(PRON|PROPN|DET|NOUN|ADJ)$/.test(first.pos) || /^(who|which|what|that|it's)$/.test(first.lower)) return false
  for (let j = k + 1; j < k + 5 && j < tokens.length; j++) {
    const w = tokens[j]
    if (w.pos === 'VERB' || w.pos === 'AUX') return !/ing$/.test(w.lower)
    if (!/^(PROPN|NOUN|ADJ|DET|PRON|PART|NUM)$/.test(w.pos)) return false
  }
  return false
}

/** "the Clinton …": a name after "the" (a modifier, not a subject). */
function namedWithThe(tokens: Token[], end: number, first: number): boolean {
  let k = end
  while (k > first && tokens[k - 1].pos === 'PROPN') k--
  return k > first && /^the$/i.test(tokens[k - 1].text)
}

/** A name that follows a comma: "…, the Chicago Tribune". */
function trailingName(tokens: Token[], end: number, first: number): boolean {
  let k = end
  while (k > first && end - k < 6 && (tokens[k].pos === 'PROPN' || tokens[k].pos === 'DET' || ORG_WORDS.has(tokens[k].lower) || /^\p{Lu}/u.test(tokens[k].text))) k--
  return k < end && tokens[k].text === ','
}

/** Verbs of stance that take an infinitive: "plans to", "hopes to". */
const STANCE_INFINITIVE = new Set('plan hope want intend vow pledge promise seek expect aim threaten refuse vote decline'.split(' '))

/** What a share of voters does in a poll. */
const SHARE_VERBS = new Set('support oppose favor favour back want prefer approve disapprove trust distrust'.split(' '))

const QUANTIFIERS = /^(both|many|most|some|others|few|all|neither|none|several)$/
const FRACTIONS = /^(half|third|thirds|quarter|quarters|fifth|fifths|majority|plurality)$/

/** A word the tagger reads as a verb that is part of a name: in running
 * text, a capitalised word right after another one ("the United States
 * Senate", "Morning Email"); a verb in title case only occurs in
 * headlines ("Graham Slams Trump"). */
export function nominalUse(tokens: Token[], t: Token, first: number, last: number): boolean {
  const prev = tokens[t.i - 1]
  if (!prev || t.i <= first) return false
  // "758 pledged delegates", "the proposed wall": a participle before its noun.
  if (/ed$/.test(t.lower) && /^(NUM|DET)$/.test(prev.pos) && tokens[t.i + 1]?.pos === 'NOUN' && t.i + 1 <= last) return true
  if (!/^\p{Lu}/u.test(t.text) || !/^\p{Lu}/u.test(prev.text)) return false
  return isRunningText(tokens, first, last)
}

/** A sentence in sentence case: two or more content words in lower case
 * (a headline in title case has none; its small words do not count). */
function isRunningText(tokens: Token[], first: number, last: number): boolean {
  let lower = 0
  for (let k = first; k <= last && lower < 2; k++) if (/^(NOUN|VERB|ADJ)$/.test(tokens[k].pos) && /^\p{Ll}/u.test(tokens[k].text)) lower++
  return lower >= 2
}

/** "SEIU chief says …", "former rival says": a noun the tagger calls an
 * adjective, right before a verb in -s and after a modifier of its own,
 * heads the subject (an adjective before a verb only follows "is"). */
export function adjectiveHead(tokens: Token[], end: number): boolean {
  const t = tokens[end]
  const next = tokens[end + 1]
  const prev = tokens[end - 1]
  return t.pos === 'ADJ' && next?.pos === 'VERB' && /s$/.test(next.lower) && next.lower !== next.lemma && /^(ADJ|PROPN|NOUN|DET)$/.test(prev?.pos ?? '')
}
