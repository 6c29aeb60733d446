// Verbs of the lexicon whose plain object tells what was done, not what
// was said; they report words only with a clause or a topic after them:
//   "found himself in trouble", "found a way to …"   (but "found that …")
//   "added 160 officers", "adding to her lead"         (but "added he …")
//   "spoke briefly", "spoke outside the school"        (but "spoke about …")
//   "as first reported by the Times": the agent of a passive, which the
//     by-agent rule reads, not what was said
//   "the man accused of spying": no object between the verb and "of", so
//     the one before the verb is the accused, not the accuser
//   "a group called the Resistance", "once known as CNN Headline News":
//     a name given, not words said; "reported from Oakland": a place
//   "voters who showed up", "signed up for the draft", "backed down"
//   "Morning Email: …", "Clinton Email Story Has Moved": in title case,
//     "Email" names the thing
import type { Token } from './nlp'
import { byPastComplement } from './passive-agents'
import { phraseStartingAt } from './phrases'

/** Verbs that report a clause ("found that …") but do things to a noun. */
const CLAUSE_ONLY = new Set(['find', 'add'])
/** Verbs whose object is the one blamed; the charge follows "of"/"for". */
const BLAMES = new Set(['accuse', 'charge', 'blame', 'criticize', 'praise', 'fault'])
/** Verbs of the lexicon that with this particle say what was done. */
const ACT_PARTICLES: Record<string, string | undefined> = { show: 'up', sign: 'up', back: 'down' }
const OPENS_CLAUSE = /^(that|whether|if|how|what|why|when|where|who|which)$/
const SUBJECTS = /^(i|he|she|we|they|you|it|there)$/
/** What "speak" is followed by when it reports: a topic, a listener, a language. */
const SPEAK_ON = /^(about|of|on|to|with|against|for|out|up)$/

/** The clause that `from` opens, when it opens one. */
function opensClause(tokens: Token[], from: number, last: number): boolean {
  const t = tokens[from]
  if (OPENS_CLAUSE.test(t.lower) || SUBJECTS.test(t.lower)) return true
  const np = phraseStartingAt(tokens, from, last)
  return !!np && /^(VERB|AUX)$/.test(tokens[np.last + 1]?.pos ?? '')
}

/** Whether what follows the verb `t` (from `from`) is no statement of it. */
export function notSaid(tokens: Token[], t: Token, from: number, last: number): boolean {
  const first = tokens[from]
  if (CLAUSE_ONLY.has(t.lemma)) return !opensClause(tokens, from, last)
  // ("Clinton maintains a commanding lead": kept, not said; "maintains
  // that …" or "maintains he …" is a statement.)
  if (t.lemma === 'maintain') return first.lower !== 'that' && first.pos !== 'PRON'
  if (t.lemma === 'speak') return speaksOfNothing(tokens, t, from)
  // (An -ing or -ed form followed by "by": "reporting by", "reported by".)
  // ("endorsed in New Hampshire by the Globe": past a place or a time.)
  if (first.lower === 'by' && (from === t.i + 1 || (/ed$/.test(t.lower) && byPastComplement(tokens, t.i + 1, last) === from)) && /(ed|ing)$/.test(t.lower)) return tokens[from + 1]?.pos !== 'VERB'
  if (ACT_PARTICLES[t.lemma] === tokens[t.i + 1]?.lower) return true
  if (t.lemma === 'email' && /^\p{Lu}/u.test(t.text)) return true
  if (t.lower === 'known' && first.lower === 'as') return true
  return BLAMES.has(t.lemma) && from === t.i + 1 && /^(of|for)$/.test(first.lower)
}

/** "spoke for 77 minutes", "speaks fluent Spanish", "As he spoke in the
 * lobby, there were no …": "speak" reports words only with their topic or
 * listener after it ("spoke about the wall", "spoke out against it",
 * "spoke to discuss the talks"). */
function speaksOfNothing(tokens: Token[], t: Token, from: number): boolean {
  if (/^(about|of|on|out|up|against)$/.test(tokens[t.i + 1]?.lower ?? '')) return false
  const first = tokens[from]
  if (first.lower === 'for') return /^(NUM|ADV)$/.test(tokens[from + 1]?.pos ?? '') || /^(about|more|nearly|almost|less|over|an|a)$/.test(tokens[from + 1]?.lower ?? '')
  return !SPEAK_ON.test(first.lower)
}
