// A subject whose noun phrase carries a participle or an infinitive
// before its verb of saying: "Democrats trying to regain the Senate say
// …", "The last man to mount a third-party race says …", "Organizers of
// the push to boycott the speech said …", "But hacking specialists say
// …". The phrase read leftwards from the verb stops at the modifier's
// verb, which makes the subject look like the start of a clause inside
// another (nesting.ts) and leaves the statement without a speaker. When
// the words from the start of the sentence to the verb of saying hold no
// finite verb, they are all one noun phrase, and it speaks.
import type { Token } from './nlp'
import { phraseEndingAt, type Range } from './phrases'
import { canSpeak, isHuman } from './who-speaks'

// Words a noun phrase with a reduced modifier can hold ("of", "to",
// "’s", "those"); a finite verb, an auxiliary, a comma or a subordinator ends it.
const INSIDE = /^(NOUN|PROPN|ADJ|DET|NUM|ADP|PART|ADV)$/
const POSSESSIVES = /^(his|her|their|its|our|my|your|those|many|some|others|all|both)$/

/** Whether the token at `k` is the verb of a reduced modifier: an -ing
 * form ("trying"), or a verb after "to" ("to boycott"). (The tagger reads
 * some -ing forms after a noun as nouns: "activists clamoring to block".) */
function modifierVerb(tokens: Token[], k: number): boolean {
  const t = tokens[k]
  if (t.pos === 'NOUN' && /ing$/.test(t.lower) && /^(NOUN|PROPN)$/.test(tokens[k - 1]?.pos ?? '') && /^(ADP|PART)$/.test(tokens[k + 1]?.pos ?? '')) return true
  return t.pos === 'VERB' && (/ing$/.test(t.lower) || tokens[k - 1]?.lower === 'to')
}

/** "Last May, …", "Indeed, …": a short opening with no verb, up to the
 * comma at `k`, before the subject. */
function opening(tokens: Token[], k: number, first: number): boolean {
  if (tokens[k].text !== ',' || k - first > 6) return false
  for (let m = first; m < k; m++) if (/^(VERB|AUX|PRON)$/.test(tokens[m].pos)) return false
  return true
}

/** The whole subject from the sentence's start (after an opening "But"
 * or "And") to `subject`, or null when the words before it are no noun
 * phrase with a participle or an infinitive. */
export function modifiedSubject(tokens: Token[], subject: Range, first: number): Range | null {
  let k = subject.first - 1
  let verb = -1
  // ("Those who have sketched out paths for him to win acknowledge …": one
  // relative clause, its verb the only finite one.)
  let relative = -1
  let finite = -1
  while (k >= first && subject.first - k < 24) {
    const t = tokens[k]
    if (modifierVerb(tokens, k)) verb = k
    else if (/^(who|that)$/.test(t.lower) && t.pos === 'PRON' && relative < 0) relative = k
    else if ((t.pos === 'VERB' || t.pos === 'AUX') && relative < 0) finite = k
    else if (!(INSIDE.test(t.pos) || (t.pos === 'PRON' && POSSESSIVES.test(t.lower)) || (t.text === '-' && k > first) || t.lower === 'and')) break
    if (t.pos === 'ADP' && /^(that|if|whether|because|as|than)$/.test(t.lower)) return null
    k--
  }
  // ("But hacking specialists say": an opening conjunction is no part of it.)
  if (k >= first && !(k === first && tokens[k].pos === 'CCONJ') && !opening(tokens, k, first)) return null
  // ("Even those who …": an opening adverb is no part of it.)
  let s = k + 1
  while (s < subject.first && tokens[s].pos === 'ADV') s++
  if (relative >= 0) return relativeSubject(tokens, s, relative, finite, subject)
  if (finite >= 0) return null
  if (verb < 0 || s >= subject.first) return null
  // The noun the first modifier belongs to: "Democrats" of "Democrats
  // trying", "man" of "The last man to mount"; or an -ing word that opens
  // the phrase before its noun ("hacking specialists").
  let v = s
  while (v < subject.first && !modifierVerb(tokens, v)) v++
  if (v === s) return /ing$/.test(tokens[s].lower) && tokens[s + 1]?.pos === 'NOUN' && s + 1 === subject.first ? { first: s, last: subject.last } : null
  const headEnd = tokens[v - 1].lower === 'to' ? v - 2 : v - 1
  if (headEnd < s) return null
  const head = phraseEndingAt(tokens, headEnd, s)
  // (A plural noun is people or what they wrote: "Several superdelegates
  // supporting Sanders declined", "Reports citing officials say".)
  const people = (h: Range) => isHuman(tokens, h) || (tokens[h.last].pos === 'NOUN' && /[^s]s$/.test(tokens[h.last].lower))
  if (!head || head.first !== s || !people(head) || !canSpeak(tokens, head)) return null
  return { first: s, last: subject.last }
}

/** "Those who have sketched out paths for him to win (acknowledge)": the
 * noun phrase from `s` up to the relative pronoun at `relative`, then the
 * clause's verb (after its auxiliaries) as the first verb after it. */
function relativeSubject(tokens: Token[], s: number, relative: number, finite: number, subject: Range): Range | null {
  if (finite < 0 || relative - 1 < s) return null
  let v = relative + 1
  while (tokens[v].pos === 'AUX' || tokens[v].pos === 'ADV') v++
  // All finite verbs of the stretch are the relative clause's own.
  for (let m = v + 1; m < subject.first; m++) if ((tokens[m].pos === 'AUX' || tokens[m].pos === 'VERB') && !modifierVerb(tokens, m)) return null
  const alone = relative - 1 === s && /^(those|many|some|others|all)$/i.test(tokens[s].text)
  const head = alone ? { first: s, last: s } : phraseEndingAt(tokens, relative - 1, s)
  return head && head.first === s && (alone || (isHuman(tokens, head) && canSpeak(tokens, head))) && tokens[v].pos === 'VERB' ? { first: s, last: subject.last } : null
}

// participleHead: the same kind of subject met from the verb of saying's
// side, for every verb of saying and not only when the phrase found looks
// nested, and with a participle in -ed as well. A subject with an -ing
// or -ed clause after its head: "Democrats trying to
// regain the Senate say …", "Activists hoping to block Trump's nomination
// say …". Read leftwards from the verb of saying, the subject found is the
// last noun of the participle's clause ("the Senate"), which after a verb
// looks like an object in a clause nested in another statement, and is
// left without a speaker; past a preposition, it is taken for the
// speaker ("Republicans elected in the last wave say": "the last wave").
// The people the participle describes speak: the noun phrase that opens
// the clause, before the participle.
/** The subject that opens the clause, with the -ing clause after it, when
 * `subject` sits inside that clause; else null. */
export function participleHead(tokens: Token[], subject: Range, first: number): Range | null {
  for (let k = subject.first - 1; k > first && subject.first - k < 12; k--) {
    const t = tokens[k]
    if (t.pos === 'PUNCT' || t.pos === 'SCONJ' || t.pos === 'AUX' || t.pos === 'PRON' || t.pos === 'CCONJ') return null
    if (t.pos !== 'VERB') continue
    // ("hoping to block": a verb after "to" belongs to the participle.)
    if (tokens[k - 1]?.lower === 'to') continue
    // ("Republicans elected in the last wave say", "Lawmakers opposed to
    // the bill say": a participle in -ed with its preposition.)
    const passive = /(ed|en)$/.test(t.lower) && tokens[k + 1]?.pos === 'ADP'
    if (!/ing$/.test(t.lower) && !passive) return null
    const np = phraseEndingAt(tokens, k - 1, first)
    if (!np || !isHuman(tokens, np)) return null
    // (Only the phrase that opens the clause: "met voters hoping to …" has
    // the sentence's own subject before it.)
    const before = tokens[np.first - 1]
    const opens = np.first === first || /^(CCONJ|ADV)$/.test(before.pos) || before.text === ','
    return opens ? { first: np.first, last: subject.last } : null
  }
  return null
}
