// Finding phrases around a reporting cue without a parser: the speaker
// before the verb ("Kremlin spokesman Dmitry Peskov said"), after it
// ("…, said Sen. Ted Cruz"), the listener ("told reporters"), adverbials
// that are neither ("on Tuesday", "in a statement"), and the content. All
// work on the token list of one article (nlp.ts); `first`/`last` bound the
// sentence.
import { clauseOpening, isProperName, modifiedHead } from './clauses'
import { rankedComplement } from './ranked'
import { NOUN_CUES, OWNERS, OWNERS_OR_YOUR, POSTMODIFIER_PREPS, PRONOUNS } from './lexicon'
import type { Token } from './nlp'
import { isDash, ofWhomSubject, pastIdiom, peopleSubject, quotedEnd } from './subject-gaps'
import { adjectiveHead } from './tagging'
import { ADVERBIAL_PREPS, TIME_NOUNS, TIME_WORDS, isTime, isTimeHead } from './times'

export type Range = { first: number; last: number }

const NAME_POS = new Set(['PROPN', 'NOUN', 'NUM'])
const CAPITAL = /^\p{Lu}/u

/** A token that can be part of a noun phrase naming a speaker. */
export function isNounish(t: Token): boolean {
  if (NAME_POS.has(t.pos) || t.pos === 'ADJ' || t.pos === 'DET') return true
  if (t.pos === 'PART' && /^[’']s$/.test(t.lower)) return true
  // Names the tagger takes for verbs ("Ted") or adverbs.
  if (CAPITAL.test(t.text) && t.pos !== 'PUNCT' && t.pos !== 'PRON') return true
  return t.pos === 'PUNCT' && (t.text === '-' || t.text === '.')
}

export const isHead = (t: Token) =>
  NAME_POS.has(t.pos) || t.pos === 'PRON' || (CAPITAL.test(t.text) && t.pos !== 'PUNCT') || t.text === '%' || /^(half|third|quarter|majority|few|many|most|several|others|some|none|both|another|each|either|neither)$/.test(t.lower)
/** Between a subject and its verb: "has also", "would not", "later". */
// ("She further announced", "He publicly endorsed": an adverb the
// tagger calls a verb.)
const isVerbPrefix = (t: Token) => t.pos === 'AUX' || t.pos === 'ADV' || (t.pos === 'PART' && (t.lemma === 'not' || t.lower === 'to')) || (t.pos === 'VERB' && /^(further|\p{Ll}{3,}ly)$/u.test(t.text) && !/^(apply|reply|rely|supply|fly|ally|tally|rally|bully|multiply|imply)$/.test(t.lower))

/** "have both argued", "They all said": a quantifier floated after an
 * auxiliary or its subject (but "Both want …" is the subject itself), also
 * after the subject's brackets or dashes ("Smith and Jones (R-Va.) both
 * condemned", "The senators — whose … — both suggested"). */
const isFloated = (tokens: Token[], j: number) => /^(both|all|each)$/.test(tokens[j].lower) && (/^(AUX|PRON|NOUN|PROPN)$/.test(tokens[j - 1]?.pos ?? '') || /^(\)|—|–|-|--)$/.test(tokens[j - 1]?.text ?? ''))

/** The noun phrase ending at `end` (inclusive), read leftwards, or null. */
export function phraseEndingAt(tokens: Token[], end: number, first: number, saying = false): Range | null {
  const last = tokens[end]
  // ("NATO's secretary general", "the inspector general": a title whose
  // last word the tagger reads as an adjective.)
  const general = last?.lower === 'general' && tokens[end - 1]?.pos === 'NOUN'
  // ("a source familiar with her thinking": an -ing form after a
  // possessive is a noun.)
  const gerund = last?.pos === 'VERB' && /ing$/.test(last.lower) && (OWNERS.test(tokens[end - 1]?.lower ?? '') || /^[’']s$/.test(tokens[end - 1]?.lower ?? '')) && end - 1 >= first
  if (!last || !(isHead(last) || adjectiveHead(tokens, end) || general || gerund) || (NOUN_CUES.has(last.lower) && !saying)) return null
  if (last.pos === 'PRON') {
    // A pronoun is a whole speaker ("he"); a possessive before a noun is not.
    return PRONOUNS.has(last.lower) ? { first: end, last: end } : null
  }
  let j = end
  while (j - 1 >= first && end - j < 12) {
    const t = tokens[j - 1]
    const before = tokens[j - 2]
    // ("a strike that company executives said …": "that" after a noun
    // opens a relative clause; no determiner follows its noun.)
    if (t.lower === 'that' && before && before.i >= first && /^(NOUN|PROPN)$/.test(before.pos)) break
    if (isNounish(t)) j--
    // "Sanders’ campaign", "the Clintons' foundation": a possessive written
    // as an apostrophe alone after an -s.
    else if (/^[’']$/.test(t.text) && before && before.i >= first && before.end === t.start && /s$/i.test(before.text) && isNounish(before)) j--
    // "registered voters", "a teary-eyed Bush": a participle the tagger
    // calls a verb, between a determiner or an adjective and the head.
    else if (isParticipleModifier(tokens, j - 1, first)) {
      j--
      while (j - 1 > first && tokens[j - 1].pos === 'ADV') j--
    }
    // "Secretary of State", "Pompeo and Barr", "Current and former officials"
    else if (t.lower === 'in' && before?.pos === 'NUM' && tokens[j]?.pos === 'NUM') j--
    else if ((t.lower === 'of' || t.lower === 'and' || t.lower === '&') && before && before.i >= first && (isNounish(before) || CAPITAL.test(before.text)) && before.pos !== 'DET') j--
    // ("the group, whose political arm has endorsed …")
    else if (t.pos === 'PRON' && /^(his|her|their|its|our|my|whose)$/.test(t.lower)) {
      j--
      break
    } else break
  }
  // Never start on a connective or a dangling mark.
  while (j < end && (tokens[j].pos === 'PUNCT' || tokens[j].pos === 'ADV' || tokens[j].pos === 'SCONJ' || tokens[j].pos === 'CCONJ' || tokens[j].pos === 'ADP' || tokens[j].pos === 'PART')) j++
  return { first: j, last: end }
}

/** "Democratic registered voters", "percent of likely registered
 * voters", "A teary-eyed Bush": an -ed form after a determiner, an
 * adjective, "of" or a hyphen (or an -ing one after a hyphen) ("the bill registered voters" is a clause: a
 * noun before the verb). */
function isParticipleModifier(tokens: Token[], k: number, first: number): boolean {
  const t = tokens[k]
  // ("the conservative-leaning newspaper", "a long-serving aide".)
  if (t.pos === 'VERB' && /(ed|ing)$/.test(t.lower) && tokens[k - 1]?.text === '-' && tokens[k - 1].end === t.start) return k - 1 > first
  // ("both lobbying firms", "the ruling party", "Hacking specialists say":
  // an -ing form before the head is no verb with an object either, after a
  // determiner, an adjective ("top polling firms") or at the start of the
  // clause.)
  // (After "of" it is a gerund: "the difficulty of changing minds"; after
  // "and" a verb with its object, "and asking potential hires", or an
  // adjective, "a large and growing share".)
  const ing = /ing$/.test(t.lower)
  if (t.pos !== 'VERB' || !(/ed$/.test(t.lower) || ing)) return false
  let b = k - 1
  while (b > first && tokens[b].pos === 'ADV') b--
  const before = tokens[b]
  const head = /^(NOUN|PROPN)$/.test(tokens[k + 1]?.pos ?? '')
  if (ing) return head && (!before || before.i < first || before.pos === 'DET' || before.pos === 'ADJ' || (before.pos === 'CCONJ' && !/^(ADJ|ADV)$/.test(tokens[b - 1]?.pos ?? '')))
  return !!before && before.i >= first && (before.pos === 'DET' || before.pos === 'ADJ' || /^(of|most|many|some|all|few)$/.test(before.lower))
}


/** A noun phrase with what follows its head: "a source close to him",
 * "a spokesman for Mrs. Clinton", "officials in the administration". */
export function withPostmodifiers(tokens: Token[], np: Range, first: number): Range {
  let r = np
  for (let n = 0; n < 2; n++) {
    const prep = tokens[r.first - 1]
    const head = tokens[r.first - 2]
    if (!prep || !head || head.i < first || !POSTMODIFIER_PREPS.has(prep.lower)) break
    if (!(head.pos === 'NOUN' || head.pos === 'PROPN' || head.pos === 'ADJ')) break
    const outer = phraseEndingAt(tokens, head.pos === 'ADJ' ? head.i - 1 : head.i, first)
    if (!outer) break
    r = { first: outer.first, last: r.last }
  }
  return r
}

/** The speaker of the verb at `i`, read leftwards: skips "has also",
 * a relative clause or apposition between commas ("Sanders, who spoke
 * Tuesday, argued"). */
export function subjectBefore(tokens: Token[], i: number, first: number): Range | null {
  let j = i - 1
  // "Jolly said", "Day said": a surname the tagger took for an adverb or a
  // common noun, alone at the start of the sentence.
  if (j === first && CAPITAL.test(tokens[j].text) && (tokens[j].pos === 'ADV' || tokens[j].pos === 'NOUN')) return { first: j, last: j }
  // ("She has since stressed": "since" between an auxiliary and its verb is
  // an adverb, whatever the tagger says.)
  while (j >= first && (isVerbPrefix(tokens[j]) || isFloated(tokens, j) || (tokens[j].lower === 'since' && tokens[j - 1]?.pos === 'AUX'))) {
    // ("In Virginia, most said …": a quantifier the tagger calls an adverb
    // that opens the clause is its subject.)
    if (/^(most|many|some)$/.test(tokens[j].lower) && (j === first || /^(PUNCT|CCONJ)$/.test(tokens[j - 1].pos))) return { first: j, last: j }
    j--
  }
  if (j < first) return null
  // "those surveyed said", "56 percent of Cuban-Americans polled said":
  // the people asked, with the participle that says so.
  if (j > first && POLLED.test(tokens[j].lower)) {
    const asked = /^those$/i.test(tokens[j - 1].text) ? { first: j - 1, last: j - 1 } : phraseEndingAt(tokens, j - 1, first)
    if (asked) return { first: asked.first, last: j }
  }
  // ("… less than two weeks ago said", "Fiorina a month later announced":
  // back over the time.)
  // (The verb's adverbs, "ago" among them, are already behind.)
  if (/^(ago|later|earlier)$/.test(tokens[j + 1]?.lower ?? '') && j - 1 > first && isTimeHead(tokens[j])) {
    let k = j - 1
    if (tokens[k].pos === 'NUM' || /^(a|an|few|several)$/.test(tokens[k].lower)) k--
    if (tokens[k].lower === 'than' && /^(less|more)$/.test(tokens[k - 1]?.lower ?? '')) k -= 2
    else if (/^(about|nearly|almost|just|only)$/.test(tokens[k].lower)) k--
    if (k >= first) j = k
  }
  // "Peskov on December 23 warned": a date between the speaker and the verb.
  const when = phraseEndingAt(tokens, j, first)
  // ("with 30 percent of voters saying": a number, but no time.)
  const timeless = when && tokens[when.last].pos === 'NOUN' && !isTimeHead(tokens[when.last])
  if (when && !timeless && (isTime(tokens, when) || isTimeHead(tokens[when.last])) && tokens[when.first - 1] && ADVERBIAL_PREPS.has(tokens[when.first - 1].lower)) j = when.first - 2
  else if (when && isTimeHead(tokens[when.last])) j = timeWithoutPreposition(tokens, when, j, first)
  while (j >= first && (isVerbPrefix(tokens[j]) || isFloated(tokens, j))) j--
  // ("Britain and France in particular feared": an idiom.)
  j = pastIdiom(tokens, j, first)
  while (j >= first && isVerbPrefix(tokens[j])) j--
  if (j < first) return null
  // "Dianne Feinstein (D-Calif.) said": the speaker is before the party
  // and state; "voters overall said": before the adjective.
  // "Jason Sims — a teacher from Mount Pleasant — says": an apposition
  // between dashes.
  // (Also between double hyphens: "The justice -- who … -- said".)
  if (isDash(tokens, j)) {
    let open = j - 1
    while (open > first && j - open < 25 && !isDash(tokens, open)) open--
    if (open > first && isDash(tokens, open)) j = open - 1
  }
  // "The senator, meanwhile, said": an adverb between commas.
  if (tokens[j].text === ',' && tokens[j - 1]?.pos === 'ADV' && tokens[j - 2]?.text === ',' && j - 3 >= first) j -= 3
  // "Gov. John Kasich (R-OH), said": the comma closes the brackets.
  if (tokens[j].text === ',' && tokens[j - 1]?.text === ')' && j - 1 >= first) j--
  if (tokens[j].text === ')') {
    let open = j - 1
    while (open > first && j - open < 24 && tokens[open].text !== '(') open--
    if (tokens[open]?.text === '(') j = open - 1
  } else if (tokens[j].pos === 'ADJ' && /^(overall|alone|too|themselves|himself|herself)$/.test(tokens[j].lower)) j--
  // "Ford itself said", "Clinton herself has proposed": a reflexive that
  // stresses the subject (the tagger calls it a pronoun).
  else if (j > first && tokens[j].pos === 'PRON' && /^(itself|himself|herself|themselves)$/.test(tokens[j].lower) && isHead(tokens[j - 1]) && tokens[j - 1].pos !== 'PRON') j--
  if (j < first) return null
  // ("Joe Scarborough, host of “Morning Joe,” suggested": the comma of the
  // insertion inside the closing quotation mark.)
  if (/^[”"]$/.test(tokens[j].text) && j - 1 > first && tokens[j - 1].text === ',' && tokens[j].start === tokens[j - 1].end) j--
  if (tokens[j].text === ',') {
    // "Sen. Chuck Grassley, facing a challenge in Iowa, a swing state,
    // said": the noun phrase that opens the clause, before its insertions.
    const opening = clauseOpening(tokens, first, j)
    if (opening) return opening
    // Else back to the comma that opens the apposition, if one is near.
    for (let k = j - 1; k > first && j - k < 25; k--) {
      if (tokens[k].text !== ',') continue
      const inner = tokens[k + 1]
      const np = phraseEndingAt(tokens, k - 1, first)
      // ("Instead, the senator …, hoping": an adverb opens no apposition.)
      // ("In May, a judge sided …, saying": a time is no speaker, and an
      // apposition follows a phrase that opens its clause.)
      // ("As Andrew Tabler, an expert on Syria, noted": "as" opens the
      // speaker's own clause.)
      const opens = (r: Range) => r.first === first || tokens[r.first - 1].pos !== 'ADP' || tokens[r.first - 1].lower === 'as'
      // ("Salem, New Hampshire, Trump went after Bush, calling": a clause
      // with its own verb is no apposition.)
      // (An infinitive in it is no clause: "in response to his use of a
      // phrase to describe her loss".)
      let clause = false
      for (let v = k + 1; v < j && !/^(who|which)$/.test(inner.lower); v++) if (tokens[v].pos === 'VERB' && !/ing$/.test(tokens[v].lower) && tokens[v - 1].lower !== 'to') clause = true
      const real = np && !clause && !/^(ADV|ADP|SCONJ|CCONJ|VERB|AUX)$/.test(tokens[np.last].pos) && !isTimeHead(tokens[np.last]) && opens(np)
      // ("Clinton, in response to Trump, accused", "Blunt, facing a stiff
      // challenge, noted", "Pages across the country, including ours,
      // warned": an adverbial or a participle between commas.)
      const adverbial = inner.pos === 'ADP' || (inner.pos === 'VERB' && /ing$/.test(inner.lower))
      if (np && real && (/^(who|which)$/.test(inner.lower) || isNounish(inner) || adverbial)) return withPostmodifiers(tokens, np, first)
      // ("Another delegate on the Cruz slate, Jim Poolman, said": the
      // name between the commas is who speaks.)
      // ("One Republican hopeful, Carly Fiorina, says": the same when the
      // tagger reads the phrase before as no noun phrase.)
      if ((np || k > first) && isProperName(tokens, k + 1, j - 1)) return { first: k + 1, last: j - 1 }
      break
    }
    return null
  }
  // ("Almost everyone agrees", "the party's "superdelegates" have
  // endorsed": subject-gaps.ts.)
  const people = peopleSubject(tokens, j, first) ?? ofWhomSubject(tokens, j, first)
  if (people) return people
  const np = phraseEndingAt(tokens, j, first) ?? describedBy(tokens, j, first) ?? documentSubject(tokens, j, first) ?? quotedEnd(tokens, j, first)
  return np && (modifiedHead(tokens, np, first) ?? rankedComplement(tokens, np, i, first) ?? withPostmodifiers(tokens, np, first))
}

/** "Feinstein last week said", "Gowdy earlier Thursday said", "The
 * department less than two weeks ago said": a time with no preposition
 * between the speaker and the verb; the token before it (or `j`). */
function timeWithoutPreposition(tokens: Token[], when: Range, j: number, first: number): number {
  for (let m = when.first; m <= when.last; m++) if (m > first && /^(last|this|next)$/.test(tokens[m].lower)) return m - 1
  if (when.first - 1 > first && /^(earlier|later)$/.test(tokens[when.first - 1].lower)) return when.first - 2
  return j
}

const POLLED = /^(polled|surveyed|interviewed|questioned|sampled)$/

/** "The self-described democratic socialist said", "the 46-year-old
 * said": an adjective standing for a person, after "the". */
function describedBy(tokens: Token[], j: number, first: number): Range | null {
  if (tokens[j].pos !== 'ADJ') return null
  let k = j
  while (k > first && j - k < 6 && /^(ADJ|NOUN|NUM|VERB)$|^-$/.test(tokens[k - 1].pos === 'PUNCT' ? tokens[k - 1].text : tokens[k - 1].pos)) k--
  const det = tokens[k - 1]
  return det && k - 1 >= first && /^(the)$/i.test(det.text) ? { first: k - 1, last: j } : null
}

/** The noun phrase starting at `i` (rightwards), or null. */
export function phraseStartingAt(tokens: Token[], i: number, last: number): Range | null {
  // (Callers may look a few words ahead past the end of the text.)
  last = Math.min(last, tokens.length - 1)
  const t = tokens[i]
  if (!t || i > last) return null
  // ("said his spokesman", "in their statement": a possessive opens a
  // noun phrase; "her" alone is an object: "told her".)
  const possessive = OWNERS_OR_YOUR.test(t.lower) && i + 1 <= last && !!tokens[i + 1] && tokens[i + 1].pos !== 'PRON' && isNounish(tokens[i + 1])
  if (t.pos === 'PRON' && !possessive) return PRONOUNS.has(t.lower) ? { first: i, last: i } : null
  // "said on the MSNBC show", "spoke to reporters": a preposition opens no
  // noun phrase.
  if (t.pos === 'ADP' || t.pos === 'SCONJ' || t.pos === 'PART') return null
  let j = i
  while (j + 1 <= last && j - i < 14) {
    const next = tokens[j + 1]
    const after = tokens[j + 2]
    // ("the so-called Islamic State", "a well-known pollster": a word joined
    // by a hyphen to the next, or a participle joined to the one before.)
    const joined = (next.pos === 'ADV' && after?.text === '-' && after.start === next.end) || (next.pos === 'VERB' && tokens[j].text === '-' && tokens[j].end === next.start)
    if ((isNounish(next) || joined) && !(next.pos === 'PUNCT' && next.text === '.' && (!after || after.i > last))) j++
    else if ((next.lower === 'of' || next.lower === 'and' || next.lower === 'for') && after && after.i <= last && (isNounish(after) || CAPITAL.test(after.text))) j++
    else break
  }
  // ("the 46-year-old": a hyphenated adjective after "the" stands for a
  // person.)
  const compound = (k: number) => tokens[k].pos === 'ADJ' && tokens[k - 1]?.text === '-' && tokens[k - 1].end === tokens[k].start && tokens[i].pos === 'DET' && k - 1 > i
  while (j > i && !isHead(tokens[j]) && !compound(j)) j--
  return isHead(tokens[j]) || compound(j) ? { first: i, last: j } : null
}

/** How far adverbials run from `i` ("on Tuesday", "in a statement to
 * CNN", "last week"): the index of the first token after them. */
export function skipAdverbials(tokens: Token[], i: number, last: number): number {
  let k = i
  for (;;) {
    const t = tokens[k]
    if (!t || k > last) return k
    // ("this" and "last" only before a time: "this week", not "this is".)
    if ((TIME_WORDS.has(t.lower) && (!/^(this|last)$/.test(t.lower) || TIME_NOUNS.test(tokens[k + 1]?.lower ?? ''))) || t.pos === 'ADV') {
      k++
      continue
    }
    // (An infinitive is no adverbial: "want to stall growth".)
    if (ADVERBIAL_PREPS.has(t.lower) && t.pos !== 'PART') {
      const np = phraseStartingAt(tokens, k + 1, last)
      if (np) {
        k = np.last + 1
        continue
      }
    }
    if (t.text === ',' && tokens[k + 1] && ADVERBIAL_PREPS.has(tokens[k + 1].lower)) {
      k++
      continue
    }
    return k
  }
}

/** True when only adverbials (or nothing) follow `i` up to the end of the
 * sentence or the next comma: the verb ends its clause ("…, she said on
 * Tuesday."). */
export function endsClause(tokens: Token[], i: number, last: number): boolean {
  const k = skipAdverbials(tokens, i, last)
  if (k > last) return true
  const t = tokens[k]
  return /^[.,;:!?)\]—–]$/.test(t.text) || t.text === '--' || /^[”"’]$/.test(t.text)
}

/** A verb between `from` and `to`: a clause, not a bare noun phrase. */
export function hasVerb(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') return true
  return false
}

/** "The statement said that …", "…, but his letter added …": a noun of
 * saying that opens its clause speaks for whoever wrote it. (After a verb
 * such a noun is what is said: "released a statement saying …".) */
function documentSubject(tokens: Token[], j: number, first: number): Range | null {
  if (!NOUN_CUES.has(tokens[j].lower)) return null
  const np = phraseEndingAt(tokens, j, first, true)
  return np && (np.first === first || /^(PUNCT|CCONJ|SCONJ)$/.test(tokens[np.first - 1].pos)) ? np : null
}
