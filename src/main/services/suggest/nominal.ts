// Statements whose cue is a noun: "Biden's claim that …", "the claim by X
// that …", "his answer was that …" (noun-cue), and stances named by a noun
// with its owner: "Trump's support for the bill", "her criticism of Cruz",
// "his promise to build a wall" (possessive). Called by rules.ts for each
// noun of the lexicon (lexicon.ts: NOUN_CUES, BE_THAT_NOUNS, STANCE_NOUNS).
import { contentEnd, span, type Context } from './content'
import { HUMAN_NOUNS, cueClass, OWNERS } from './lexicon'
import type { Token } from './nlp'
import { phraseEndingAt, phraseStartingAt, skipAdverbials, subjectBefore, type Range } from './phrases'
import { isHuman } from './who-speaks'
import { isTimeHead } from './times'
import type { Candidate } from './rules'
import { sentenceSubject } from './clauses'
import { namesNoOne } from './subject-gaps'

/** The verb whose object the noun phrase starting at `np` is, past a
 * preposition ("balked at", "backed away from"): "Clinton bashed Trump's
 * proposal", "Sanders reiterated his belief". */
function governingVerb(tokens: Token[], np: number, first: number): number | null {
  let j = np - 1
  while (j >= first && /^(DET|ADV)$/.test(tokens[j].pos)) j--
  if (j >= first && tokens[j].pos === 'ADP') j--
  while (j >= first && (tokens[j].pos === 'ADV' || /^(away|down|back|up)$/.test(tokens[j].lower))) j--
  return j >= first && tokens[j].pos === 'VERB' ? j : null
}

/** The owner of a noun of saying seen from the verb it is the object of:
 * after a verb of saying ("Clinton bashed Trump's proposal") that verb's
 * statement holds it (null: no statement of its own); after another
 * verb, a possessive pronoun is the verb's subject ("Sanders renewed his
 * call"). */
function ownerInClause(tokens: Token[], owner: Range, first: number, named = true): Range | null {
  const v = governingVerb(tokens, owner.first, first)
  if (v === null) return owner
  if (cueClass(tokens[v].lemma)) return null
  // (`named` false: not a name's stance in object position, "city
  // officials balked at the owner's proposal", "the audience cheered
  // Clinton's attacks": the subject's view is about it; 10 right of 23
  // on train for the possessive rule.)
  if (tokens[owner.first].pos !== 'PRON') return named ? owner : null
  // ("Sanders himself, who was not there, has toned down his criticism",
  // "Bush was recasting an address to expand on his argument": the
  // subject of the sentence, past what comes between it and the verb.)
  const subject = subjectBefore(tokens, v, first) ?? sentenceSubject(tokens, first, v)
  return subject && isHuman(tokens, subject) && !namesNoOne(tokens, subject) ? subject : owner
}

/** The mark of a possessive at `k`: "'s", or an apostrophe alone after a
 * plural or a name in -s ("budget hawks' warnings that …", "Francis'
 * remarks about him"), which the tagger reads as punctuation. */
export function possessiveMark(tokens: Token[], k: number): boolean {
  const x = tokens[k]
  if (!x) return false
  if (x.pos === 'PART' && /^[’']s$/.test(x.lower)) return true
  const before = tokens[k - 1]
  return /^[’']$/.test(x.text) && !!before && before.end === x.start && /s$/i.test(before.text) && /^(NOUN|PROPN)$/.test(before.pos) && tokens[k + 1]?.start !== x.end
}

/** A plural of a listed noun ("his complaints that …", "her previous
 * criticisms of Trump"): the lists name the singular. (Not what one aims
 * at: "the company's plans that …" is rarely a view stated.) */
export const pluralOf = (t: Token, nouns: Set<string>) => t.lower !== t.lemma && /s$/.test(t.lower) && nouns.has(t.lemma) && !AIMS.test(t.lemma)

/** Nouns of what one aims at, before "is to …". */
const AIMS = /^(goal|aim|strategy|plan|priority|mission|intention|intent|hope|wish|desire|ambition|objective)$/

/** Biden's claim that … / the claim by X that … */
export function nounCue(ctx: Context, t: Token, first: number, last: number): Candidate | null {
  const { tokens } = ctx.a
  let source: Range | null = null
  let k = t.i + 1
  // ("Trump's recent evidence-free assertion that …", "her most
  // explosive claim is that …": adjectives between the owner and the noun.)
  const o = premodifiers(tokens, t.i, first)
  const prev = tokens[o]
  if (prev && prev.i > first && possessiveMark(tokens, prev.i)) source = phraseEndingAt(tokens, o - 1, first)
  if (tokens[k]?.lower === 'by') {
    source = phraseStartingAt(tokens, k + 1, last)
    if (source) k = source.last + 1
  }
  // "His position is that …", "Rubio’s response was that …".
  if (!source && prev?.pos === 'PRON' && OWNERS.test(prev.lower)) source = { first: prev.i, last: prev.i }
  // ("his claim in November that …", "Trump's statement earlier this
  // year that …": a time or a place between the noun and its clause; not
  // "the claim in an ad that ran": a relative clause.)
  const past = tokens[k]?.lower === 'that' ? k : skipAdverbials(tokens, k, last)
  if (past > k && tokens[past]?.lower === 'that' && !/^(VERB|AUX)$/.test(tokens[past + 1]?.pos ?? '')) k = past
  let cueLast = t.i
  // ("His message long has been that …", "Clinton's strategy for the fall
  // campaign is to …": an adverb, or what the noun is about, before "be".)
  let b = k
  const about = source && tokens[b]?.pos === 'ADP' && tokens[b].lower !== 'that' ? phraseStartingAt(tokens, b + 1, last) : null
  if (about && about.last - b < 6) b = about.last + 1
  while (b < k + 3 && tokens[b] && (tokens[b].pos === 'ADV' || (tokens[b].lemma === 'have' && tokens[b + 1]?.lower === 'been'))) b++
  if (b > k && tokens[b]?.lemma === 'be') k = b
  // "Her goal is to …": what one aims at is a view too.
  // (Not a thing's: "its main goal was to curb generous policies".)
  const aim = AIMS.test(t.lower) && !!source && tokens[source.first].lower !== 'its' && tokens[k]?.lemma === 'be' && tokens[k + 1]?.lower === 'to' && tokens[k + 2]?.pos === 'VERB'
  if (tokens[k]?.lemma === 'be' && (aim || /^(that|:)$/.test(tokens[k + 1]?.lower ?? ''))) {
    cueLast = k
    k++
    if (tokens[k].text === ':') k++
  }
  if (!source || !(tokens[k]?.lower === 'that' || tokens[k - 1]?.text === ':' || (aim && k === cueLast + 1))) return null
  if (source.last < t.i) source = ownerInClause(tokens, source, first)
  if (!source) return null
  const to = contentEnd(ctx, k, last)
  if (to - k < 2) return null
  return { content: { start: tokens[k].start, end: tokens[to].end }, source: span(tokens, source), cue: span(tokens, { first: t.i, last: cueLast }), cueLemma: t.lemma, rule: 'noun-cue', confidence: 0.6 }
}

/** The token before the words that modify a noun, up to four: "Trump's
 * strikingly personal attacks", "his slashing comments", "Sanders's
 * clarion call", "Trump's by-now-familiar claims". */
export function premodifiers(tokens: Token[], noun: number, first: number): number {
  let k = noun - 1
  const joined = (j: number) => tokens[j].end === tokens[j + 1].start && (tokens[j].text === '-' || tokens[j + 1].text === '-')
  // (A hyphen is no word: "by-now-familiar" counts as three.)
  const words = (j: number) => tokens.slice(j, noun).filter((x) => x.text !== '-').length
  while (k > first && words(k) <= 4) {
    const x = tokens[k]
    // ("Trump's campaign attacks": one noun before the head; "slashing",
    // "renewed": a participle read as a verb.)
    const modifier = /^(ADJ|ADV)$/.test(x.pos) || joined(k) || (x.pos === 'NOUN' && k === noun - 1) || (x.pos === 'VERB' && /(ing|ed)$/.test(x.lower))
    if (!modifier) break
    k--
  }
  return k
}

/** A party or a nation named by the word before the noun holds the stance:
 * "Republican criticism that …", "a German warning about …", "GOP
 * opposition to the bill". (Not "attacks": "a Russian attack on the city"
 * is an act of war.) */
function groupModifier(tokens: Token[], t: Token, first: number): Range | null {
  const m = tokens[t.i - 1]
  if (!m || m.i <= first || /^attacks?$/.test(t.lower) || !/^(ADJ|PROPN)$/.test(m.pos) || !/^\p{Lu}/u.test(m.text) || /[’']s$/.test(m.text)) return null
  // (One word, after a determiner or an adjective or opening the phrase:
  // not "Mr. Trump criticism", a name read wrongly.)
  const before = tokens[m.i - 1]
  if (/^(PROPN|NOUN)$/.test(before.pos) || possessiveMark(tokens, before.i)) return null
  return { first: m.i, last: m.i }
}

const STANCE_PREPS = /^(of|for|to|about|on|against|with|that)$/

/** Trump's support for the bill / her criticism of Cruz / his promise to
 * build a wall: the owner holds the stance, what follows the preposition
 * is its content. */
export function possessiveCue(ctx: Context, t: Token, first: number, last: number): Candidate | null {
  const { tokens } = ctx.a
  // Up to two adjectives between the owner and the noun ("pugnacious posts").
  // (Not premodifiers(): adverbs and participles there added 5 sources on
  // train, 1 right.)
  let k = t.i - 1
  while (k > first && t.i - k <= 2 && tokens[k].pos === 'ADJ') k--
  const owner = tokens[k]
  if (!owner || k < first) return null
  let source: Range | null = null
  if (possessiveMark(tokens, k) && k > first) {
    const np = phraseEndingAt(tokens, k - 1, first)
    if (np && (tokens[np.last].pos === 'PROPN' || HUMAN_NOUNS.has(tokens[np.last].lemma))) source = { first: np.first, last: k }
  }
  // ("Obama's decision not to strike …", "Berlin's pledge last month to
  // add …": "not" or a time before the infinitive.)
  const time = phraseStartingAt(tokens, t.i + 1, last)
  const past = tokens[t.i + 1]?.lower === 'not' ? t.i + 2 : time && isTimeHead(tokens[time.last]) ? time.last + 1 : t.i + 1
  const p = tokens[past]?.lower === 'to' && tokens[past + 1]?.pos === 'VERB' ? past : t.i + 1
  const prep = tokens[p]
  // ("his promise to build a wall", "his attacks on Cruz": a pronoun owns
  // the stance, unless a verb of saying is about it, ownerInClause.)
  if (!source && /^(his|her|their)$/.test(owner.lower)) source = { first: k, last: k }
  source ??= groupModifier(tokens, t, first)
  if (!source || !prep || p + 1 > last || !STANCE_PREPS.test(prep.lower)) return null
  const infinitive = prep.lower === 'to' && tokens[p + 1].pos === 'VERB'
  source = ownerInClause(tokens, source, first, false)
  if (!source) return null
  let from = p + 1
  let to: number
  if (prep.lower === 'that' || infinitive) {
    from = prep.lower === 'that' ? from : tokens[p - 1].lower === 'not' ? p - 1 : p
    to = contentEnd(ctx, from, last)
  } else {
    const np = phraseStartingAt(tokens, from, last)
    // ("continued his attacks on Saturday": a time, not a target.)
    if (!np || isTimeHead(tokens[np.last])) return null
    to = np.last
  }
  if (to < from) return null
  const cue = prep.lower === 'that' || prep.lower === 'to' ? { first: t.i, last: t.i } : { first: t.i, last: p }
  return { content: { start: tokens[from].start, end: tokens[to].end }, source: span(tokens, source), cue: span(tokens, cue), cueLemma: t.lemma, rule: 'possessive', confidence: 0.45, stance: true }
}
