// Where the subject of a cue's clause stands in its sentence, for the
// speaker rules of rules.ts (a clause nested in what someone else says,
// "Ramos said Trump has not replied", is in nesting.ts): the head of a
// relative clause ("people who attended … said"),
// the verb a conjunction joins ("… when Trump spotted a sign and asked"),
// the main cue of a sentence whose later verbs share its subject ("…, but
// insists"), a speaker with its relative clause before the verb ("Trump,
// who …, mocked"), a cue that "according to" follows, a dateline
// before the first subject ("WASHINGTON (Reuters) - …"), the subject after
// an introduction ("In a speech in Delaware, Biden …"), a relative pronoun
// with the phrase it stands for, and the head a participle or a relative
// clause modifies ("A letter obtained by the AP warns"). Clauses the
// tagger gives no sign of ("told them that they …") are in embedded.ts.
import { contains, isComma, type Span } from './content'
import { OWNERS, POSTMODIFIER_PREPS, PRONOUNS, SUBORDINATORS, cueClass } from './lexicon'
import { tokenEndingAt, tokenStartingAt, type Token } from './nlp'
import { isHead, phraseEndingAt, phraseStartingAt, skipAdverbials, withPostmodifiers, type Range } from './phrases'
import { canSpeak, isHuman } from './who-speaks'
import { isTimeHead } from './times'

const CAPITAL = /^\p{Lu}/u

/** What these helpers read of a candidate statement. */
type Statement = { content: Span; cue: Span | null; source: Span | null }

/** "The crowd cheered when Trump spotted a sign and asked for it": the
 * subject of the verb the conjunction at `and` joins, the nearest finite
 * verb before it with its own subject, rather than the sentence's. */
export function conjoinedSubject(tokens: Token[], first: number, and: number): Range | null {
  for (let v = and - 1; v > first && and - v < 15; v--) {
    const t = tokens[v]
    if (t.text === ',' || t.pos === 'SCONJ') break
    // (An -ing form is a participle, "…, saying", unless an auxiliary makes
    // it finite: "Trump is touring the state and is critical of …".)
    let s = v - 1
    while (s > first && (tokens[s].pos === 'ADV' || tokens[s].pos === 'PART')) s--
    if (t.pos !== 'VERB' || (/ing$/.test(t.lower) && tokens[s].pos !== 'AUX')) continue
    s = v - 1
    while (s > first && (tokens[s].pos === 'AUX' || tokens[s].pos === 'ADV' || tokens[s].pos === 'PART')) s--
    // ("Weaver, who came out and endorsed Clinton": the relative pronoun,
    // which stands for the phrase before it.)
    if (/^(who|which|that)$/.test(tokens[s].lower) && tokens[s].pos === 'PRON') return { first: s, last: s }
    const np = phraseEndingAt(tokens, s, first)
    return np && isHuman(tokens, np) && canSpeak(tokens, np) ? np : null
  }
  return null
}

/** "Those who attended the debate said", "people who have battled other
 * threats say": a subject found after a verb may be the object of a
 * relative clause; the speaker is the noun phrase the clause belongs to
 * (PolNeAR marks the whole, relative clause included). Null when the
 * words before the subject are no such clause. */
export function relativeHead(tokens: Token[], subject: Range, first: number): Range | null {
  let verb = false
  for (let k = subject.first - 1; k > first && subject.first - k < 12; k--) {
    const t = tokens[k]
    if (/^[,;:()—–-]$/.test(t.text) || t.pos === 'SCONJ') return null
    if (t.pos === 'VERB') verb = true
    if (!/^(who|that|which)$/.test(t.lower) || t.pos !== 'PRON') continue
    if (!verb) return null
    const np = phraseEndingAt(tokens, k - 1, first)
    return np && isHuman(tokens, np) && canSpeak(tokens, np) ? np : null
  }
  return null
}

/** The last statement of the sentence (starting at `start`) whose cue is
 * not inside what another one says: in "She says people may not like it,
 * but insists …" the one who insists is who says, not "people". */
export function mainCueBefore<C extends Statement>(out: C[], start: number): C | null {
  let from = out.length
  while (from > 0 && (out[from - 1].cue?.start ?? -1) >= start) from--
  const sentence = out.slice(from)
  for (let k = sentence.length - 1; k >= 0; k--) {
    const cue = sentence[k].cue!
    if (!sentence.some((o) => o !== sentence[k] && contains(o.content, cue))) return sentence[k]
  }
  return null
}

/** "WASHINGTON (Reuters) - Obama said", "MYRTLE BEACH, S.C. - Sen. Ted
 * Cruz …", "New York (AFP) – Biden …": the first token after a dateline
 * that opens the sentence at `first`, or `first` when there is none. A
 * dateline is a place in capitals or a news agency in brackets, with a
 * date perhaps, ended by a dash. */
export function afterDateline(tokens: Token[], first: number, last: number): number {
  let agency = false
  let capitals = false
  for (let k = first; k <= last && k - first < 12; k++) {
    const t = tokens[k]
    if (/^[-–—]$/.test(t.text)) return k > first && (agency || capitals) ? k + 1 : first
    if (t.text === '(' && DATELINE_AGENCY.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === ')') agency = true
    else if (/^\p{Lu}{2,}$/u.test(t.text.replace(/[.]/g, '')) && t.text.length > 2) capitals = true
    else if (!/^(PROPN|NUM|PUNCT)$/.test(t.pos) && !/^\p{Lu}/u.test(t.text)) return first
  }
  return first
}

const DATELINE_AGENCY = /^(AP|AFP|Reuters|UPI|CNN|Xinhua|dpa|TNS|Bloomberg)$/

/** "Trump, who …", "Murshed Zaheed, acting director of …, which …": a
 * sentence that opens with a noun phrase, a comma and a relative clause or
 * an apposition. */
export function namedWithRelative(tokens: Token[], first: number): boolean {
  const np = phraseStartingAt(tokens, first, first + 14)
  if (!np || !isComma(tokens[np.last + 1])) return false
  const next = tokens[np.last + 2]
  if (!next) return false
  if (/^(who|whose|which)$/.test(next.lower)) return true
  // An apposition, then a comma or a relative clause.
  const apposition = next.pos === 'VERB' ? null : phraseStartingAt(tokens, next.i, next.i + 14)
  return !!apposition && /^(who|whose|which|,)$/.test(tokens[apposition.last + 1]?.lower ?? '')
}

/** A verb of saying in the clause before `comma`, past its adverbials:
 * "Sanders said (on Tuesday)", "he told reporters". */
export function trailsCue(tokens: Token[], first: number, comma: number): boolean {
  for (let k = comma - 1; k >= first && comma - k < 12; k--) if (tokens[k].pos === 'VERB' && cueClass(tokens[k].lemma) === 'speech') return true
  return false
}

/** "commentators who have suggested …", "Sanders, who has argued …": a
 * relative pronoun as the speaker, with the noun phrase it stands for
 * before it (PolNeAR marks the phrase with its relative clause, or the
 * pronoun alone: the two together overlap either). */
export function withAntecedent(tokens: Token[], source: Range, first: number): Range {
  if (source.first !== source.last || !/^(who|which|that)$/.test(tokens[source.first].lower)) return source
  const end = isComma(tokens[source.first - 1]) ? source.first - 2 : source.first - 1
  const np = end >= first ? phraseEndingAt(tokens, end, first) : null
  // ("who" stands for a person whatever the tagger makes of the phrase.)
  return np && (isHuman(tokens, np) || tokens[source.first].lower === 'who') && canSpeak(tokens, np) ? { first: np.first, last: source.last } : source
}

/** "…, Iowa, on Sunday, Mrs. Clinton tried": after a phrase of an
 * introduction and its comma, past a time or a place and its comma, the
 * phrase that has its verb; null when none follows. */
export function laterSubject(tokens: Token[], np: Range, last: number): Range | null {
  if (!isComma(tokens[np.last + 1])) return null
  const adverbial = skipAdverbials(tokens, np.last + 2, last)
  const from = adverbial > np.last + 2 && isComma(tokens[adverbial]) ? adverbial + 1 : np.last + 2
  const later = phraseStartingAt(tokens, from, last)
  return later && /^(VERB|AUX)$/.test(tokens[later.last + 1]?.pos ?? '') ? later : null
}

/** The first noun phrase of a clause, after an introductory phrase that
 * ends with a comma ("In a speech in Delaware, Biden …"). */
export function sentenceSubject(tokens: Token[], sentenceFirst: number, before: number): Range | null {
  const first = afterDateline(tokens, sentenceFirst, before - 1)
  let k = first
  // "In May, …", "Asked about it, …", "Later, …", "When he spoke, …".
  let introduced = false
  if (/^(ADP|SCONJ|ADV|VERB)$/.test(tokens[first].pos) && !adverbThenClause(tokens, first)) {
    let c = first
    while (c < before && c - first < 15 && !isComma(tokens[c])) c++
    if (isComma(tokens[c]) && c < before) {
      k = c + 1
      introduced = true
    }
  }
  while (k < before && (tokens[k].pos === 'CCONJ' || tokens[k].pos === 'PUNCT' || tokens[k].pos === 'ADV')) k++
  let np = phraseStartingAt(tokens, k, before - 1)
  // "A few minutes later they …": a time first, then the subject.
  if (np && isTimeHead(tokens[np.last])) {
    k = np.last + 1
    while (k < before && (tokens[k].pos === 'ADV' || isComma(tokens[k]))) k++
    np = phraseStartingAt(tokens, k, before - 1)
  }
  // "Speaking in Salem, New Hampshire, Trump went …": past the rest of
  // the introduction, to a phrase with its verb.
  // ("At an event in Ames, Iowa, on Sunday, Mrs. Clinton …": past a time
  // or a place between the commas too.)
  for (let n = 0; introduced && np && n < 3; n++) {
    const later = laterSubject(tokens, np, before - 1)
    if (!later) break
    np = later
  }
  if (!np) return null
  // ("Biden on Monday hit the trail …": a time between the subject and its
  // verb.)
  const verbal = (next: Token | undefined) => !!next && (next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'ADV' || isComma(next) || next.text === '(' || misreadPast(next))
  return verbal(tokens[np.last + 1]) || (tokens[np.last + 1]?.pos === 'ADP' && /^(VERB|AUX)$/.test(tokens[skipAdverbials(tokens, np.last + 1, before - 1)]?.pos ?? '')) ? np : null
}

/** "Then she shattered party norms, …", "Later he told …": an adverb that
 * opens the main clause, its subject and verb right after it; no
 * introduction ends at the comma. */
function adverbThenClause(tokens: Token[], first: number): boolean {
  if (tokens[first].pos !== 'ADV' || SUBORDINATORS.test(tokens[first].lower)) return false
  const np = phraseStartingAt(tokens, first + 1, first + 8)
  const verb = np && tokens[np.last + 1]
  return !!verb && (verb.pos === 'VERB' || verb.pos === 'AUX' || misreadPast(verb)) && !/ing$/.test(verb.lower)
}

/** "he hedged on …", "Huckabee rounded out …": a past tense the tagger
 * reads as an adjective. */
const misreadPast = (t: Token) => t.pos === 'ADJ' && /ed$/.test(t.lower)

/** "A letter from the Legion obtained by the AP warns", "officials who
 * spoke with The Huffington Post said", "an aide speaking on condition of
 * anonymity said": the phrase before the verb is the object of a
 * participle or a relative clause; the speaker is the noun phrase that
 * clause belongs to. */
export function modifiedHead(tokens: Token[], np: Range, first: number): Range | null {
  let k = np.first - 1
  if (tokens[k]?.pos !== 'ADP' || k - 2 < first) return null
  const prep = tokens[k]
  k--
  // ("a source speaking to reporters at the rally said": back over one
  // more prepositional phrase.)
  const inner = tokens[k].pos !== 'VERB' ? phraseEndingAt(tokens, k, first) : null
  if (inner && tokens[inner.first - 1]?.pos === 'ADP' && inner.first - 3 >= first && tokens[inner.first - 2].pos === 'VERB') k = inner.first - 2
  while (k > first && tokens[k].pos === 'ADV') k--
  const verb = tokens[k]
  if (verb.pos !== 'VERB') return null
  let h = k - 1
  // (A verb that opens the sentence belongs to no phrase before it.)
  if (h < first) return null
  while (h > first && tokens[h].pos === 'AUX') h--
  const relative = /^(who|that)$/.test(tokens[h].lower) && tokens[h].pos === 'PRON'
  const passive = /(ed|en|wn)$/.test(verb.lower) && prep.lower === 'by'
  const participle = /ing$/.test(verb.lower) && isHead(tokens[h]) && tokens[h].pos !== 'PRON'
  if (!relative && !(h === k - 1 && (passive || participle))) return null
  const head = phraseEndingAt(tokens, relative ? h - 1 : h, first)
  return head && head.first >= first && !PRONOUNS.has(tokens[head.last].lower) ? withPostmodifiers(tokens, head, first) : null
}

/** "In a CBS News survey released Thursday, (just) 79 percent of Democrats
 * said …": a subject after an introduction that names a poll or a study;
 * the poll reports what they said (PolNeAR marks the poll). The phrase
 * after "In", up to the comma, or null. */
export function pollIntro(tokens: Token[], subject: Range, first: number): Range | null {
  let comma = subject.first - 1
  // ("In a CNN poll, 31% of Republicans said": the share before the people.)
  if (tokens[comma]?.lower === 'of') {
    let k = comma - 1
    while (k > first && comma - k < 5 && SHARES.test(tokens[k].lower)) k--
    if (k < comma - 1) comma = k
  }
  while (comma > first && tokens[comma].pos === 'ADV') comma--
  if (!isComma(tokens[comma]) || !/^(in|among)$/.test(tokens[first].lower) || comma - first < 2 || comma - first > 16) return null
  for (let k = first + 1; k < comma; k++) {
    if (isComma(tokens[k])) return null
    // ("In a memo released as polls closed, Mook …", "In states where exit
    // polls were taken, voters …": a poll inside a clause names no source.)
    if (tokens[k].pos === 'VERB' || /^(as|where|when|while|after|before|which|that|who)$/.test(tokens[k].lower)) return null
    if (STUDIES.test(tokens[k].lower)) return { first: first + 1, last: comma - 1 }
  }
  return null
}

const SHARES = /^(\d[\d.,]*|%|percent|per|cent|half|majority|most|many|some|third|thirds|quarter|quarters|just|only|about|nearly|almost|roughly|some|a|two|three|four|five|six|seven|eight|nine|ten)$/
const STUDIES = /^(poll|polls|polling|survey|surveys|study|studies|analysis|experiment)$/

/** Two to four capitalised names and nothing else: "Jim Poolman". */
export function isProperName(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 1 || to - from > 3) return false
  for (let k = from; k <= to; k++) if (tokens[k].pos !== 'PROPN' || !CAPITAL.test(tokens[k].text)) return false
  return true
}

/** The noun phrase that opens the clause ending at the comma `comma`,
 * when a comma follows it (an insertion comes next): past an introductory
 * phrase ("On Tuesday, ", "In a statement, ") and a connective. */
export function clauseOpening(tokens: Token[], first: number, comma: number): Range | null {
  if (comma - first > 45) return null
  let k = afterDateline(tokens, first, comma - 1)
  // “…,” Brent Bozell, founder of the Center, tells …: after the quotation.
  for (let q = comma - 1; q > first; q--) {
    // (Only a closing mark, against the word before it: "host of MSNBC's
    // “Morning Joe,” suggested" has an opening one inside the insertion.)
    if (/^[”"]$/.test(tokens[q].text) && tokens[q].start === tokens[q - 1].end) {
      k = q + 1
      break
    }
  }
  while (k < comma && (tokens[k].pos === 'CCONJ' || tokens[k].pos === 'PUNCT')) k++
  // ("Last week, the director, James Comey, recommended": a time and its
  // comma open the clause; the subject follows.)
  const time = phraseStartingAt(tokens, k, comma - 1)
  if (time && isTimeHead(tokens[time.last]) && isComma(tokens[time.last + 1]) && time.last + 1 < comma) k = time.last + 2
  // ("Yet Democratic economists, like …, say": a connective before the
  // subject, no introduction of its own.)
  if (tokens[k]?.pos === 'ADV' && /^(yet|still|now|also|so|then|meanwhile|instead|indeed|even)$/.test(tokens[k].lower) && !isComma(tokens[k + 1])) k++
  // ("As Tom Ridge, a former secretary, put it": "as" opens the speaker's
  // own clause.)
  if (tokens[k]?.lower === 'as' && CAPITAL.test(tokens[k + 1]?.text ?? '')) k++
  // ("While many lawyers, including donors, opposed it": the subject of
  // a subordinate clause whose verb comes after the insertion.)
  else if (tokens[k]?.pos === 'SCONJ' && phraseWithInsertion(tokens, k + 1, comma)) k++
  else if (tokens[k] && /^(ADP|ADV|SCONJ)$/.test(tokens[k].pos)) {
    let c = k
    while (c < comma && tokens[c].text !== ',') c++
    k = c + 1
    // ("At an event in Ames, Iowa, on Sunday, Mrs. Clinton tried …": the
    // place and the time belong to the introduction.)
    for (let n = 0; n < 2; n++) {
      const place = phraseStartingAt(tokens, k, comma - 1)
      const later = place && laterSubject(tokens, place, comma - 1)
      if (!later) break
      k = later.first
    }
  }
  return phraseWithInsertion(tokens, k, comma)
}

/** The noun phrase at `k` when a comma or a bracket follows it (an
 * insertion before `comma`). */
function phraseWithInsertion(tokens: Token[], k: number, comma: number): Range | null {
  // ("His critics, …": a possessive opens the phrase.)
  const owner = OWNERS.test(tokens[k]?.lower ?? '') ? phraseStartingAt(tokens, k + 1, comma - 1) : null
  let np = owner ? { first: k, last: owner.last } : phraseStartingAt(tokens, k, comma - 1)
  if (!np || np.last >= comma) return null
  // ("His critics in the United States, many of them Catholics, argue":
  // the head with what follows it, up to the comma.)
  const post = tokens[np.last + 1]
  // ("Editorial pages across the country, including ours, warned".)
  if ((POSTMODIFIER_PREPS.has(post.lower) || /^(across|around|throughout|within|outside|inside|among)$/.test(post.lower)) && tokens[np.first].pos !== 'VERB') {
    const object = phraseStartingAt(tokens, post.i + 1, comma - 1)
    // (But "One delegate from Texas, Jim Poolman, said": the name speaks.)
    if (object && isComma(tokens[object.last + 1]) && !isProperName(tokens, object.last + 2, comma - 1)) np = { first: np.first, last: object.last }
  }
  // ("Federal officials familiar with the server, speaking …, said": an
  // adjective with its preposition after the head.)
  // (Not a verb the tagger reads as an adjective: "she hedged on the
  // question, telling …".)
  if (post.pos === 'ADJ' && !/ed$/.test(post.lower) && /^(NOUN|PROPN)$/.test(tokens[np.last].pos) && POSTMODIFIER_PREPS.has(tokens[post.i + 1]?.lower ?? '')) {
    const object = phraseStartingAt(tokens, post.i + 2, comma - 1)
    if (object && isComma(tokens[object.last + 1])) np = { first: np.first, last: object.last }
  }
  const next = tokens[np.last + 1]
  if (!(next.text === ',' || next.text === '(')) return null
  // ("Sen. Bernie Sanders (I-Vt.) remains committed …, his aide, Tad
  // Devine, told": after the brackets comes the phrase's own verb, no
  // insertion.)
  if (next.text === '(') {
    let close = next.i + 1
    while (close < comma && tokens[close].text !== ')') close++
    if (close < comma && !isComma(tokens[close + 1])) return null
  }
  return CAPITAL.test(tokens[np.last].text) || tokens[np.last].pos === 'NOUN' ? np : null
}

/** "Devine said he has had no conversations with political supporters who
 * have suggested …": people named after a preposition inside what a speaker
 * says are that speaker's report, not a source of their own; the statement
 * is the outer speaker's (PolNeAR marks the outer source). */
export function sharedSpeaker<C extends Statement>(tokens: Token[], out: C[]): C[] {
  return out.map((c) => {
    if (!c.source || !c.cue) return c
    const first = tokenStartingAt(tokens, c.source.start)
    const last = tokenEndingAt(tokens, c.source.end)
    if (first < 1 || last < first || !/^(who|that)$/.test(tokens[last].lower) || tokens[first - 1].pos !== 'ADP') return c
    const s = tokens[first].sentence
    const outer = out.find(
      (o) => o !== c && o.source && o.cue && o.cue.end <= c.source!.start && o.content.start <= c.source!.start && c.cue!.end <= o.content.end && tokens[tokenStartingAt(tokens, o.source.start)]?.sentence === s,
    )
    return outer ? { ...c, source: outer.source } : c
  })
}

/** "Holding signs calling Christie a loser, the protesters chanted …": a
 * participle that opens the sentence has no subject of its own; the one
 * who does what it says is the subject of the main clause after the comma.
 * (A phrase headed by "-ing" is an action, never a speaker.) */
export function participleSpeaker(tokens: Token[], source: Range, cue: number, sentenceFirst: number, last: number): Range | null | undefined {
  const head = tokens[source.first]
  if (source.first !== sentenceFirst || head.pos !== 'VERB' || !/^\p{Lu}\p{Ll}+ing$/u.test(head.text)) return undefined
  let comma = source.first
  while (comma <= last && !isComma(tokens[comma])) comma++
  if (comma > last || comma < cue) return undefined
  const subject = sentenceSubject(tokens, sentenceFirst, last + 1)
  return subject && subject.first > comma ? subject : null
}
