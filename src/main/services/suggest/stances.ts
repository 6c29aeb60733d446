// Rule families for statements made without a verb of saying, which
// PolNeAR counts as attributions:
//   phrasal      Trump went after Bush / Ryan came out against the plan /
//                Rubio is looking forward to the debate
//   light-verb   Christie took a swipe at Rubio / the Times made allegations
//                against the NRA / Cruz made the case for a flat tax /
//                Trump made clear that he would not quit
//   attitude     Warren was critical of the deal / voters are sure the …
// (Polls and evidence, "In a CNN poll, …", "records show", are in
// evidence.ts.)
// All read the phrases of one sentence (phrases.ts); speakers are resolved
// later, as for every rule (engine.ts).
import { OWNERS_OR_YOUR } from './lexicon'
import { contentEnd, span, type Context, type Span } from './content'
import type { Token } from './nlp'
import { phraseStartingAt, skipAdverbials, subjectBefore, type Range } from './phrases'
import { canSpeak, isHuman } from './who-speaks'
import { stanceAfterConjunction } from './conjoined-verbs'
import { pointingBack } from './light-anaphora'

/** What a stance rule proposes (the shape rules.ts's Candidate has). */
export type StanceCandidate = { content: Span; source: Span; cue: Span; cueLemma: string; rule: string; confidence: number; stance: true }

const words = (s: string) => new Set(s.trim().split(/\s+/))

/** Verbs that carry no meaning of their own before a noun of saying or of
 * stance: "made allegations", "took a shot", "issued a warning". */
const LIGHT_VERBS = words('make take offer issue deliver level launch lodge raise voice express lay put fire hurl throw release send post publish give draw cast hold trade heap mount sound turn pay shift direct')

/** What a statement comes in: "released a statement saying …". */
const MEDIA = words('statement statements letter memo tweet tweets ad ads video release note message email e-mail post op-ed')

/** The nouns that make those verbs a statement or a stance. */
const LIGHT_NOUNS = words(`allegation allegations accusation accusations case observation statement statements comment comments
  remark remarks claim claims swipe swipes shot shots jab jabs dig digs potshot potshots stance position argument point
  pitch promise pledge vow threat threats attack attacks charge charges criticism call calls plea appeal prediction
  assessment recommendation announcement concern concerns objection objections complaint complaints warning warnings
  defense defence endorsement support opposition doubts doubt questions question proposal proposals demand demands
  apology apologies praise insult insults broadside broadsides mention reference references credit issue offense
  offence interest comfort look account preview speech speeches testimonial testimonials assurance assurances answer
  shout compliment stand turn turns vote votes pains note ballot ballots opinion opinions view views tirade tirades barbs salvo
  salvos rebuke rebukes critique critiques diatribe tribute secret fun attention focus`)

/** What follows the noun and opens its content. */
const CONTENT_PREPS = /^(at|against|on|about|for|to|of|over|with|toward|towards|that)$/

/** Verbs that take a stance with the particles after them: "went after
 * Bush", "came out against the plan", "stood by his remarks". ("took on",
 * "turned on", "stuck to", "fell in line behind", "cast doubt on", "reached
 * out to": fewer than half were statements on the train part of PolNeAR.) */
const PHRASAL: Record<string, string[]> = {
  go: ['after', 'easy on', 'to bat for'],
  bring: ['up'],
  come: ['out against', 'out for', 'out in favor of', 'out in favour of', 'to the defense of', 'to the defence of', 'down on'],
  look: ['forward to'],
  stand: ['by', 'behind', 'up for', 'with'],
  weigh: ['in on'],
  side: ['with', 'against'],
  lash: ['out at', 'out against'],
  push: ['back on', 'back against', 'for'],
  double: ['down on'],
  stick: ['by'],
  // (Not "take on": more often a role or a task than an opponent.)
  take: ['aim at', 'issue with'],
  open: ['fire on', 'up about'],
  back: ['away from'],
  fire: ['back at'],
  hit: ['back at', 'out at'],
  shoot: ['back at'],
  strike: ['back at'],
  rally: ['behind', 'around'],
  line: ['up behind'],
  speak: ['out against', 'out for', 'out about', 'out on'],
  walk: ['back'],
  cling: ['to'],
  turn: ['against'],
  shrug: ['off'],
  brush: ['off', 'aside'],
  laugh: ['off'],
  wave: ['off'],
  rule: ['out'],
  play: ['down', 'up'],
  pile: ['on'],
  jump: ['on'],
  pounce: ['on'],
  light: ['into'],
  crack: ['down on'],
  distance: ['himself from', 'herself from', 'themselves from', 'itself from'],
  poke: ['fun at'],
  zero: ['in on'],
  sound: ['off on', 'off about', 'off against', 'the alarm about', 'the alarm on', 'the alarm over'],
  rise: ['to the defense of', 'to the defence of'],
  pour: ['cold water on'],
  pay: ['tribute to', 'homage to'],
  sing: ['the praises of'],
  get: ['behind'],
  single: ['out'],
  spell: ['out'],
  tee: ['off on'],
  tear: ['into'],
  buy: ['into'],
  sign: ['on to', 'onto'],
  throw: ['cold water on', 'shade at'],
  pin: ['his hopes on', 'her hopes on', 'their hopes on', 'its hopes on'],
  leave: ['out'],
}

/** Trump went after Bush / Ryan came out against the plan. */
export function phrasalCue(ctx: Context, t: Token, first: number, last: number): StanceCandidate | null {
  const { tokens } = ctx.a
  const options = PHRASAL[t.lemma]
  if (!options || t.pos !== 'VERB') return null
  // Right after the verb ("came out against", "out" read as an adverb) or
  // past adverbs ("went squarely after").
  let past = t.i + 1
  while (past <= last && tokens[past].pos === 'ADV' && past - t.i < 3) past++
  for (const [k, option] of [t.i + 1, past].flatMap((k) => options.map((o) => [k, o] as const))) {
    const parts = option.split(' ')
    if (!parts.every((p, n) => tokens[k + n]?.lower === p && k + n <= last)) continue
    const from = k + parts.length
    if (from > last) return null
    const np = objectAt(tokens, from, last)
    const to = np && tokens[from].pos !== 'VERB' ? np.last : contentEnd(ctx, from, last)
    const c = build(ctx, t, first, from - 1, from, to)
    return c && { ...c, rule: 'phrasal' }
  }
  return null
}

/** The noun phrase of a content: "her remarks", not "her". */
export function objectAt(tokens: Token[], from: number, last: number) {
  const t = tokens[from]
  const owner = t && OWNERS_OR_YOUR.test(t.lower) && /^(NOUN|ADJ|PROPN)$/.test(tokens[from + 1]?.pos ?? '')
  const np = phraseStartingAt(tokens, owner ? from + 1 : from, last)
  return np && { first: from, last: np.last }
}

/** Christie took a swipe at Rubio / made the case for … / made clear … */
export function lightVerbCue(ctx: Context, t: Token, first: number, last: number): StanceCandidate | null {
  const { tokens } = ctx.a
  if (t.pos !== 'VERB' || !LIGHT_VERBS.has(t.lemma) || /ing$/.test(t.lower)) return null
  let k = t.i + 1
  // "made it clear (that) …", "made clear …": the clause is the content.
  if (t.lemma === 'make' && tokens[k]?.lower === 'it') k++
  if (t.lemma === 'make' && tokens[k]?.lower === 'clear') {
    const from = tokens[k + 1]?.lower === 'that' ? k + 2 : k + 1
    return build(ctx, t, first, k, from, contentEnd(ctx, from, last))
  }
  // "put out a statement"
  if (tokens[k]?.lower === 'out') k++
  // Up to three determiners, adjectives or numbers before the noun: "took
  // multiple swipes at", "made these same allegations against", "delivered
  // his tirade against"; "made no secret of" ("secret" read as an adjective).
  let n = k
  const noun = (x: Token) => x.pos === 'NOUN' || (x.pos === 'ADJ' && LIGHT_NOUNS.has(x.lower) && CONTENT_PREPS.test(tokens[x.i + 1]?.lower ?? ''))
  while (n <= last && n - k < 4 && !noun(tokens[n]) && (/^(DET|ADJ|NUM|ADV)$/.test(tokens[n].pos) || OWNERS_OR_YOUR.test(tokens[n].lower))) n++
  if (n > last || !noun(tokens[n])) return null
  if (MEDIA.has(tokens[n].lower)) {
    // "released a statement Wednesday saying …", "issued a statement: …"
    const m = skipAdverbials(tokens, n + 1, last)
    const opener = tokens[m]
    const opens = opener && m < last && /^(saying|that|:|calling|urging|stating|declaring|announcing|accusing|warning)$/.test(opener.lower)
    // ("made several statements on …": a statement about something.)
    if (!opens) return LIGHT_NOUNS.has(tokens[n].lower) ? aboutWhat(ctx, t, first, last, n) : null
    const from = opener.lower === 'that' || opener.text === ':' || opener.lower === 'saying' ? m + 1 : m
    // (Any speaker can put out a statement: "the town", "his office".)
    return build(ctx, t, first, Math.max(n, from - 1), from, contentEnd(ctx, from, last), true)
  }
  if (!LIGHT_NOUNS.has(tokens[n].lower)) return null
  return pointingBack(ctx, t, first, last, k, n, CONTENT_PREPS) ?? aboutWhat(ctx, t, first, last, n)
}

/** The content after the noun of a light verb: "a swipe at Rubio". */
function aboutWhat(ctx: Context, t: Token, first: number, last: number, n: number, preps = CONTENT_PREPS): StanceCandidate | null {
  const { tokens } = ctx.a
  const prep = tokens[n + 1]
  if (!prep || n + 2 > last || !preps.test(prep.lower)) return null
  const from = n + 2
  // "took a swipe at Rubio over his speech": a noun phrase; "made the case
  // for cutting taxes", "that …": a clause.
  // ("made an assessment of who was behind it": a clause too.)
  const clause = prep.lower === 'that' || tokens[from].pos === 'VERB' || /^(who|what|whether|how|why|which|where|when)$/.test(tokens[from].lower)
  const np = clause ? null : objectAt(tokens, from, last)
  const to = np ? np.last : contentEnd(ctx, from, last)
  return build(ctx, t, first, n + 1, from, to)
}

export function build(ctx: Context, t: Token, first: number, cueLast: number, from: number, to: number, anySpeaker = false): StanceCandidate | null {
  const { tokens } = ctx.a
  if (to < from || !tokens[from]) return null
  // ("… and was critical of …": the subject shared with the verb before.)
  const subject = subjectBefore(tokens, t.i, first) ?? stanceAfterConjunction(tokens, t.i, first)
  if (!subject || !canSpeak(tokens, subject) || (!anySpeaker && !isHuman(tokens, subject))) return null
  return heldStance(tokens, t, cueLast, from, to, subject, 'light-verb', 0.5)
}

/** A stance whose holder is known: the words `from`..`to` are what is held,
 * the cue runs from `t` to `cueLast` ("critical of", "feeling among",
 * "warnings from"). */
export function heldStance(tokens: Token[], t: Token, cueLast: number, from: number, to: number, holder: Range, rule: string, confidence: number): StanceCandidate {
  return {
    content: { start: tokens[from].start, end: tokens[to].end },
    source: span(tokens, holder),
    cue: span(tokens, { first: t.i, last: cueLast }),
    cueLemma: t.lemma,
    rule,
    confidence,
    stance: true,
  }
}

/** Adjectives (and participles) of an attitude: "was critical of",
 * "is skeptical that", "remains opposed to", "was quick to". */
export const ATTITUDES = words(`critical skeptical sceptical confident optimistic pessimistic hopeful doubtful dubious wary leery
  suspicious certain sure convinced adamant insistent clear vocal outspoken quick eager keen willing unwilling reluctant
  hesitant determined proud ashamed happy unhappy pleased displeased satisfied dissatisfied glad grateful thankful angry
  furious upset outraged incensed frustrated disappointed concerned worried anxious nervous afraid fearful alarmed troubled
  shocked surprised stunned appalled horrified disgusted offended impressed excited enthusiastic supportive opposed
  sympathetic receptive dismissive fond tired sick weary cautious firm emphatic blunt candid frank united divided split
  unanimous undecided unsure uncertain ambivalent silent noncommittal interested resistant hostile bullish bearish
  aware unaware mindful persuaded`)

/** Adjectives of a feeling towards someone, before "of": "enamored of",
 * "mistrustful of", "contemptuous of". */
const FEELINGS_OF = words(`enamored enamoured mistrustful distrustful appreciative conscious contemptuous scornful disdainful
  respectful disrespectful envious jealous protective approving disapproving tolerant intolerant enthusiastic`)

/** Attitudes of belief whose clause may come without "that": "is
 * convinced the issue will …", "aren't sure how to …", "is aware voters …". */
const BELIEFS = words('sure unsure certain uncertain convinced confident aware unaware hopeful afraid worried persuaded')

/** Nouns of a role that holds a view: "is a vocal critic of", "was an
 * early supporter of". */
export const ROLES = words('supporter supporters critic critics opponent opponents proponent proponents advocate advocates backer backers champion champions defender defenders foe foes skeptic skeptics fan fans')

/** Verbs that link a subject to its attitude, besides "be". */
const LINKING = words('remain seem appear become grow stay sound')

/** What opens the content of an attitude: "critical of", "wary about",
 * "interested in", "outraged by", "eager to", "sure that". */
const ATTITUDE_PREPS = /^(of|about|that|to|with|on|over|for|in|by|toward|towards|against|at)$/

/** Warren was critical of the deal / Voters are skeptical that … / Cruz
 * remains opposed to the bill / Graham has been a vocal critic of Trump:
 * a person's attitude, read from the linking verb. */
export function attitudeCue(ctx: Context, t: Token, first: number, last: number): StanceCandidate | null {
  const { tokens } = ctx.a
  if (!(t.lemma === 'be' || (t.pos === 'VERB' && LINKING.has(t.lemma)))) return null
  // Past adverbs ("not", "very", "increasingly") to the adjective, or past
  // an article and adjectives to the noun of a role.
  let n = t.i + 1
  // ("aren't sure how": the tagger may read "sure" as an adverb.)
  while (n <= last && n - t.i < 4 && (tokens[n].pos === 'ADV' || tokens[n].pos === 'PART') && !BELIEFS.has(tokens[n].lower)) n++
  const word = tokens[n]
  if (!word || n >= last) return null
  // Any adjective whose preposition says what it is about: "is upbeat
  // about", "was enamored of", "remains mistrustful of" (but "is worthy
  // of", "were far short of", "are emblematic of" relate or measure; an
  // adjective before "of" or "over" holds a view only when it is a feeling).
  const prep = tokens[n + 1]?.lower ?? ''
  const about = word.pos === 'ADJ' && (prep === 'about' || (/^(of|over)$/.test(prep) && FEELINGS_OF.has(word.lower)))
  if (!about && (!ATTITUDES.has(word.lower) || !(/^(ADJ|VERB|NOUN)$/.test(word.pos) || BELIEFS.has(word.lower)))) {
    if (word.pos !== 'DET') return null
    n++
    while (n <= last && n - t.i < 7 && /^(ADJ|ADV)$/.test(tokens[n].pos)) n++
    if (!tokens[n] || !ROLES.has(tokens[n].lower) || !/^(of|for)$/.test(tokens[n + 1]?.lower ?? '')) return null
  }
  // ("is certain to win", "was critical to the deal": a forecast, a
  // judgement of importance, not an attitude.)
  if (/^(certain|sure|critical|clear)$/.test(tokens[n].lower) && tokens[n + 1]?.lower === 'to') return null
  const c = aboutWhat(ctx, t, first, last, n, ATTITUDE_PREPS) ?? bareBelief(ctx, t, first, last, n)
  return c && { ...c, rule: 'attitude', confidence: 0.45 }
}

/** "Not everyone is convinced the issue will play the same role", "City
 * officials aren't sure how to cut him out": a clause right after the
 * adjective, with its verb. */
function bareBelief(ctx: Context, t: Token, first: number, last: number, n: number): StanceCandidate | null {
  const { tokens } = ctx.a
  const next = tokens[n + 1]
  if (!BELIEFS.has(tokens[n].lower) || !next || n + 2 > last) return null
  const wh = /^(how|whether|what|why|who|if|when|where|which)$/.test(next.lower)
  if (!wh && !(/^(DET|PRON|PROPN|NOUN)$/.test(next.pos) && !/^(it|this|that)$/.test(next.lower))) return null
  const to = contentEnd(ctx, n + 1, last)
  if (to - n < 3 || !tokens.slice(n + 1, to + 1).some((x) => /^(VERB|AUX)$/.test(x.pos))) return null
  return build(ctx, t, first, n, n + 1, to)
}
