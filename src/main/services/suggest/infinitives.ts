// Whose statement an infinitive of saying or of stance is, when its
// subject is not the sentence's: "the defeat led the senator to declare
// …", "prompted voters to reconsider …", "left many to wonder whether …".
// The one who declares, reconsiders or wonders is the object of the verb
// that makes them act; rules.ts asks here before it drops an infinitive
// (verbCue), and for the verbs and adjectives whose infinitive is their
// subject's statement ("declined to say", "is right to note"). ("It is rare for a president to campaign for …" and "was the
// first Democrat to endorse …" were tried too: fewer than half of their
// speakers were right on the train part of PolNeAR.)
import { sentenceSubject } from './clauses'
import type { CueClass } from './lexicon'
import type { Token } from './nlp'
import { phraseEndingAt, type Range } from './phrases'
import { canSpeak, isHuman } from './who-speaks'

const words = (s: string) => new Set(s.trim().split(/\s+/))

/** Verbs whose infinitive says what the subject says: "went on to say",
 * "tried to explain", "continued to insist", "took to Twitter to say",
 * "declined to say whether …", "chose not to respond to …", "used to
 * boast" ("prepared to" was tried: mostly no statement). Not verbs of
 * wanting: "wants to tell voters" is no telling yet. */
export const CATENATIVES = words(`go try continue begin start attempt seem appear take need fail manage tend struggle scramble expect
  choose opt forget work move rush hasten hurry bother dare venture use grow come learn prefer refuse decline decide vow
  pledge promise threaten agree offer`)

/** Adjectives whose infinitive is the subject's statement too: "voters
 * were more likely to say", "he is willing to admit", "is right to note". */
export const CATENATIVE_ADJECTIVES = words(`likely unlikely willing unwilling eager ready quick able unable reluctant happy right
  correct wrong free poised inclined prepared careful loath keen determined`)

/** Verbs of stance that, like verbs of saying, are what the subject does
 * in an infinitive of purpose: "gathered at the bar to talk about the
 * plant", "spent $80,000 to support Sanders" (other verbs of stance were
 * right less than half the time there: "flew to Ohio to see …"). */
export const PURPOSES = words('talk discuss promote support vote endorse')

/** Verbs that make or let someone act: what they lead the object to say
 * is the object's own ("led Republicans to say", "forced him to
 * resign"). Verbs of asking and urging are left out: "urged voters to
 * reject it" reports the urging, not what the voters did. */
const CAUSATIVES = words('lead prompt force cause allow permit leave drive compel inspire move motivate embolden')

/** The speaker of an infinitive cue whose "to" is at `to`, when it is the
 * object of a causative verb ("led Republicans to say"). */
export function infinitiveSubject(tokens: Token[], to: number, first: number): Range | null {
  let v = to - 1
  while (v > first && tokens[v].pos === 'ADV') v--
  if (v <= first) return null
  const np = phraseEndingAt(tokens, v, first)
  if (!np || np.first <= first) return null
  const before = tokens[np.first - 1]
  if (before.pos !== 'VERB' || !CAUSATIVES.has(before.lemma)) return null
  // ("prompted them to focus on": an object pronoun, a speaker here.)
  return canSpeak(tokens, np) || /^(him|them|us|me)$/.test(tokens[np.last].lower) ? np : null
}

/** The "to" of the infinitive whose verb is at `i`: right before it, or
 * before "not" or an adverb in -ly ("to not believe", "to publicly
 * endorse"). */
export function infinitiveTo(tokens: Token[], i: number): Token | undefined {
  let p = i - 1
  if (tokens[p]?.lower === 'not' || (tokens[p]?.pos === 'ADV' && /ly$/.test(tokens[p].lower))) p--
  const to = tokens[p]
  return to?.lower === 'to' && to.pos === 'PART' ? to : undefined
}

/** Verbs whose -ing complement is the subject's own act: "began
 * dismissing", "kept saying", "continued attacking". */
const GERUND_HEADS = words('begin start continue keep resume stop quit')

/** The verb whose subject speaks in an -ing form at `i`: "began
 * dismissing the reports" → "began", "spent Saturday attacking Rubio" →
 * "spent"; `i` itself otherwise. */
export function gerundHead(tokens: Token[], i: number, first: number): number {
  if (!/ing$/.test(tokens[i].lower)) return i
  let v = i - 1
  while (v > first && tokens[v].pos === 'ADV') v--
  if (tokens[v]?.pos === 'VERB' && GERUND_HEADS.has(tokens[v].lemma)) return v
  // "spent Saturday delivering", "spent much of the weekend attacking"
  let k = v
  while (k > first && i - k < 7 && tokens[k].lemma !== 'spend' && /^(NOUN|PROPN|DET|ADJ|ADP|NUM)$/.test(tokens[k].pos)) k--
  return k < v && tokens[k]?.lemma === 'spend' && tokens[k].pos === 'VERB' ? k : i
}

/** The verb whose subject speaks for the cue `t`, and that speaker when it
 * is not simply the subject before that verb (`actor` when it is the
 * object of a verb that makes someone act); null when the cue is in an
 * infinitive that is no statement. "wanted to discuss …", "declined to
 * respond": an infinitive is what someone wants or does, seldom a
 * statement of its own; but after "went on", "tried" or "continued" it is
 * what the subject says. Without "to", the cue governs itself. */
export function infinitiveGovernor(tokens: Token[], t: Token, cls: CueClass, first: number): { at: number; purposeOf: Range | null; actor: Range | null } | null {
  let at = t.i
  let purposeOf: Range | null = null
  // "led Republicans to say": the object speaks.
  // ("to not believe", "to publicly endorse": a split infinitive.)
  const toInf = infinitiveTo(tokens, t.i)
  const actor = toInf ? infinitiveSubject(tokens, toInf.i, first) : null
  if (actor && toInf) {
    at = toInf.i
    purposeOf = actor
  } else if (toInf) {
    let v = toInf.i - 1
    while (v > first && (tokens[v].lower === 'on' || tokens[v].lower === 'not' || tokens[v].pos === 'ADV')) v--
    // "took to Twitter to say"
    if (v - 2 >= first && tokens[v - 1].lower === 'to' && tokens[v - 2].lemma === 'take' && /^(PROPN|NOUN)$/.test(tokens[v].pos)) v -= 2
    // ("To endorse the plan would …" opening the text: no word before "to".)
    if (v < 0) return null
    // "voters were more likely to say", "he is willing to admit"
    // ("is right to": "right" read as a verb.)
    const adjective = (tokens[v].pos === 'ADJ' || tokens[v - 1]?.lemma === 'be') && CATENATIVE_ADJECTIVES.has(tokens[v].lower)
    // "Obama to frame election as a test": in a title, a name and "to" say
    // what the named will do, and the speaker is that name.
    const title = t.sentence === 0 && v === toInf.i - 1 && tokens[v].pos === 'PROPN'
    // "held a conference call to defend the deal", "went on CNN to
    // defend it": a verb of saying in an infinitive of purpose, after the
    // object of the sentence's verb; its subject speaks.
    const purpose = (cls === 'speech' || PURPOSES.has(t.lemma)) && v >= first && /^(NOUN|PROPN)$/.test(tokens[v].pos) && !title
    if (v < first || !(CATENATIVES.has(tokens[v].lemma) || adjective || title || purpose)) return null
    at = title ? toInf.i : v
    if (purpose) {
      at = toInf.i
      purposeOf = sentenceSubject(tokens, first, v)
      if (!purposeOf || !isHuman(tokens, purposeOf)) return null
    }
  }
  return { at, purposeOf, actor }
}
