// Statements whose cue is a noun: "Biden's claim that …", "the claim by X
// that …", "his answer was that …" (noun-cue), and stances named by a noun
// with its owner: "Trump's support for the bill", "her criticism of Cruz",
// "his promise to build a wall" (possessive). Called by rules.ts for each
// noun of the lexicon (lexicon.ts: NOUN_CUES, BE_THAT_NOUNS, STANCE_NOUNS).
import { contentEnd, span, type Context } from './content'
import { HUMAN_NOUNS, cueClass } from './lexicon'
import type { Token } from './nlp'
import { isHuman, isTimeHead, phraseEndingAt, phraseStartingAt, subjectBefore, type Range } from './phrases'
import type { Candidate } from './rules'
import { sentenceSubject } from './clauses'

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
  return subject && isHuman(tokens, subject) ? subject : owner
}

/** Biden's claim that … / the claim by X that … */
export function nounCue(ctx: Context, t: Token, first: number, last: number): Candidate | null {
  const { tokens } = ctx.a
  let source: Range | null = null
  let k = t.i + 1
  const prev = tokens[t.i - 1]
  if (prev && prev.i > first && prev.pos === 'PART' && /^[’']s$/.test(prev.lower)) source = phraseEndingAt(tokens, t.i - 2, first)
  if (tokens[k]?.lower === 'by') {
    source = phraseStartingAt(tokens, k + 1, last)
    if (source) k = source.last + 1
  }
  // "His position is that …", "Rubio’s response was that …".
  if (!source && prev?.pos === 'PRON' && /^(his|her|their|its|my|our)$/.test(prev.lower)) source = { first: prev.i, last: prev.i }
  let cueLast = t.i
  if (tokens[k]?.lemma === 'be' && /^(that|:)$/.test(tokens[k + 1]?.lower ?? '')) {
    cueLast = k
    k++
    if (tokens[k].text === ':') k++
  }
  if (!source || !(tokens[k]?.lower === 'that' || tokens[k - 1]?.text === ':')) return null
  if (source.last < t.i) source = ownerInClause(tokens, source, first)
  if (!source) return null
  const to = contentEnd(ctx, k, last)
  if (to - k < 2) return null
  return { content: { start: tokens[k].start, end: tokens[to].end }, source: span(tokens, source), cue: span(tokens, { first: t.i, last: cueLast }), cueLemma: t.lemma, rule: 'noun-cue', confidence: 0.6 }
}

const STANCE_PREPS = /^(of|for|to|about|on|against|with|that)$/

/** Trump's support for the bill / her criticism of Cruz / his promise to
 * build a wall: the owner holds the stance, what follows the preposition
 * is its content. */
export function possessiveCue(ctx: Context, t: Token, first: number, last: number): Candidate | null {
  const { tokens } = ctx.a
  // Up to two adjectives between the owner and the noun ("pugnacious posts").
  let k = t.i - 1
  while (k > first && t.i - k <= 2 && tokens[k].pos === 'ADJ') k--
  const owner = tokens[k]
  if (!owner || k < first) return null
  let source: Range | null = null
  if (owner.pos === 'PART' && /^[’']s$/.test(owner.lower) && k > first) {
    const np = phraseEndingAt(tokens, k - 1, first)
    if (np && (tokens[np.last].pos === 'PROPN' || HUMAN_NOUNS.has(tokens[np.last].lemma))) source = { first: np.first, last: k }
  }
  const prep = tokens[t.i + 1]
  // ("his promise to build a wall", "his attacks on Cruz": a pronoun owns
  // the stance, unless a verb of saying is about it, ownerInClause.)
  if (!source && /^(his|her|their)$/.test(owner.lower)) source = { first: k, last: k }
  if (!source || !prep || t.i + 2 > last || !STANCE_PREPS.test(prep.lower)) return null
  source = ownerInClause(tokens, source, first, false)
  if (!source) return null
  let from = t.i + 2
  let to: number
  if (prep.lower === 'that' || (prep.lower === 'to' && tokens[from].pos === 'VERB')) {
    from = prep.lower === 'that' ? from : t.i + 1
    to = contentEnd(ctx, from, last)
  } else {
    const np = phraseStartingAt(tokens, from, last)
    // ("continued his attacks on Saturday": a time, not a target.)
    if (!np || isTimeHead(tokens[np.last])) return null
    to = np.last
  }
  if (to < from) return null
  const cue = prep.lower === 'that' || prep.lower === 'to' ? { first: t.i, last: t.i } : { first: t.i, last: t.i + 1 }
  return { content: { start: tokens[from].start, end: tokens[to].end }, source: span(tokens, source), cue: span(tokens, cue), cueLemma: t.lemma, rule: 'possessive', confidence: 0.45, stance: true }
}
