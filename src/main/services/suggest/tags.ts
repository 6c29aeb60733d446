// The speech tag right after a quotation that no cue of the lexicon
// claimed: “…,” Trump barked. / “…,” Bozell points out. / “…?” asked
// Bennett, a radio host. / “…,” says a source involved in the talks.
// A quotation that ends in a comma, a question or an exclamation and is
// followed by a short name and a verb (or a verb and a name) that close
// the clause is reported speech whatever the verb, and the tagger often
// reads such verbs as nouns ("notes", "answers"), so the lexicon is not
// asked. Called by rules.ts for the quotations left alone.
import { isComma, span, type Context } from './content'
import { PRONOUNS, cueClass } from './lexicon'
import type { Token } from './nlp'
import { endsClause, phraseStartingAt, subjectBefore, type Range } from './phrases'
import { canSpeak } from './who-speaks'
import type { Quote } from './quotes'

export type TagCandidate = { content: { start: number; end: number }; source: { start: number; end: number }; cue: { start: number; end: number }; cueLemma: string; rule: string; confidence: number }

/** Words after the verb that leave the tag a tag: "…,” he noted on
 * Friday", "…,” Trump barked and left", "…,” she went on, as if …". */
const AFTER_TAG = /^(on|in|at|during|after|before|to|with|from|via|while|as|when|and|but|of|for|later|earlier|again|once|then|recently|yesterday|today|tonight|last|this|—|–|-|\()$/

/** Particles of a two-word tag: "points out", "shot back", "went on". */
const PARTICLES = /^(out|back|on|up|in)$/

/** Longest name of a speaker in a tag, in tokens ("Washington Post
 * columnist Michael Gerson"). */
const MAX_SPEAKER = 8

export function quoteTag(ctx: Context, q: Quote): TagCandidate | null {
  return tagAfter(ctx, q) ?? tagBefore(ctx, q)
}

function tagAfter(ctx: Context, q: Quote): TagCandidate | null {
  const { tokens } = ctx.a
  const close = tokenEndingAt(tokens, q.end)
  if (close < 0) return null
  // The quotation ends its own sentence (“…,” “…?” “…!”), or a comma
  // follows it (“…”, he said).
  const inner = ctx.a.text[q.end - 2] ?? ''
  let k = close + 1
  if (/^[-–—]$/.test(tokens[k]?.text ?? '')) return dashed(ctx, q, k, lastOfSentence(tokens, k))
  if (isComma(tokens[k])) k++
  else if (!/[,?!—–-]/.test(inner)) return null
  const t = tokens[k]
  if (!t || ctx.inQuote(t.start) || ctx.opens(t)) return null
  const last = lastOfSentence(tokens, k)
  return verbFirst(ctx, q, k, last) ?? nameFirst(ctx, q, k, last)
}

/** Mr. Christie gloated: “…” / he demurred: “…” / Clinton cracked, “…”:
 * a subject and its verb right before the quotation, whatever the verb,
 * with a colon or a comma between. */
function tagBefore(ctx: Context, q: Quote): TagCandidate | null {
  const { tokens } = ctx.a
  const open = tokenEndingAt(tokens, q.start + 1)
  const mark = tokens[open - 1]
  const verb = tokens[open - 2]
  // (A verb of the lexicon was read by its own rule, which left this
  // quotation alone for a reason: "…,” he said, “…” reports the first.)
  if (open < 2 || !/^[:,]$/.test(mark.text) || !verb || verb.sentence !== mark.sentence || !verbLike(verb) || ctx.inQuote(verb.start) || cueClass(verb.lemma)) return null
  let first = verb.i
  while (first > 0 && tokens[first - 1].sentence === verb.sentence) first--
  const np = subjectBefore(tokens, verb.i, first)
  if (!np || np.last + 1 !== verb.i || !speakerLike(tokens, np) || !canSpeak(tokens, np)) return null
  // The subject opens its clause ("And Mr. Christie gloated:"), never a
  // subordinate one ("where they live:", "when the story broke,").
  const before = tokens[np.first - 1]
  if (np.first > first && !(isComma(before) || before.pos === 'CCONJ')) return null
  return make(tokens, q, np, verb, verb.i)
}

/** “…” - Bernie Sanders. / “…” —President Obama, tweeting: a quotation
 * signed with a dash. */
function dashed(ctx: Context, q: Quote, k: number, last: number): TagCandidate | null {
  const { tokens } = ctx.a
  const dash = tokens[k]
  if (!/^[-–—]$/.test(dash.text)) return null
  const np = phraseStartingAt(tokens, k + 1, last)
  if (!np || !/^\p{Lu}/u.test(tokens[np.first].text) || !speakerLike(tokens, np) || !canSpeak(tokens, np)) return null
  if (!(np.last + 1 > last || /^[.,;]$/.test(tokens[np.last + 1].text))) return null
  return make(tokens, q, np, dash, k)
}

/** “…,” Trump barked. / “…,” Bozell points out. / “…,” the newspaper wrote. */
function nameFirst(ctx: Context, q: Quote, k: number, last: number): TagCandidate | null {
  const { tokens } = ctx.a
  let np = phraseStartingAt(tokens, k, last)
  if (!np || !speakerLike(tokens, np)) return null
  // ("Bozell answers" read as one noun phrase: the last word is the verb.)
  let v = np.last + 1
  const particle = PARTICLES.test(tokens[np.last + 1]?.lower ?? '') ? 1 : 0
  // ("Trump shot back." read as a noun and its particle: a lower-case
  // word before a particle that closes the tag is the verb.)
  const phrasal = (t: Token) => particle === 1 && t.pos === 'NOUN' && /^\p{Ll}+$/u.test(t.text)
  if (np.last > np.first && (verbLike(tokens[np.last]) || phrasal(tokens[np.last])) && closes(tokens, np.last + 1 + particle, last)) {
    v = np.last
    np = { first: np.first, last: np.last - 1 }
  }
  const verb = tokens[v]
  if (!verb || v > last || !(verbLike(verb) || (v === np.last + 1 && phrasal(verb))) || !canSpeak(tokens, np)) return null
  const cueLast = PARTICLES.test(tokens[v + 1]?.lower ?? '') && closes(tokens, v + 2, last) ? v + 1 : v
  if (!closes(tokens, cueLast + 1, last)) return null
  return make(tokens, q, np, verb, cueLast)
}

/** “…?” asked Bennett, now a radio host. / “…,” says a source involved. */
function verbFirst(ctx: Context, q: Quote, k: number, last: number): TagCandidate | null {
  const { tokens } = ctx.a
  const verb = tokens[k]
  if (verb.pos !== 'VERB' || !/^\p{Ll}+$/u.test(verb.text) || /ing$/.test(verb.lower)) return null
  const np = phraseStartingAt(tokens, k + 1, last)
  if (!np || !speakerLike(tokens, np) || tokens[np.first].pos === 'PRON' || !canSpeak(tokens, np)) return null
  // What may follow the speaker: the end, an apposition, a relative
  // clause, a postmodifier ("a source involved in …", "a spokesman for").
  const next = tokens[np.last + 1]
  if (next && np.last + 1 <= last && !(closes(tokens, np.last + 1, last) || isComma(next) || next.pos === 'VERB' || /^(who|whose|of|for|at|with|from|in|on|close|familiar)$/.test(next.lower))) return null
  return make(tokens, q, np, verb, k)
}

function make(tokens: Token[], q: Quote, np: Range, verb: Token, cueLast: number): TagCandidate {
  return {
    content: { start: q.start, end: q.end },
    source: span(tokens, np),
    cue: span(tokens, { first: verb.i, last: cueLast }),
    cueLemma: verb.lemma,
    rule: 'quote-tag',
    confidence: 0.85,
  }
}

/** A name, a pronoun or a described speaker ("the 46-year-old"), short. */
function speakerLike(tokens: Token[], np: Range): boolean {
  const first = tokens[np.first]
  if (np.last - np.first >= MAX_SPEAKER) return false
  if (first.pos === 'PRON') return PRONOUNS.has(first.lower) && !/^(it|this|that|which|who)$/.test(first.lower)
  return /^\p{Lu}/u.test(first.text) || first.pos === 'DET' || first.pos === 'NUM'
}

/** A word that can be the verb of a tag: a lower-case word the tagger
 * reads as a verb, as a noun in -s or -ed ("notes", "answers"), or as an
 * adjective in -ed ("she elaborated", "Toomey fumed"). */
function verbLike(t: Token): boolean {
  if (!/^\p{Ll}+$/u.test(t.text) || /ing$/.test(t.lower)) return false
  return t.pos === 'VERB' || (t.pos === 'NOUN' && /(s|ed)$/.test(t.lower)) || (t.pos === 'ADJ' && /ed$/.test(t.lower))
}

/** The tag closes its clause here: the end, a comma, or an adverbial. */
function closes(tokens: Token[], i: number, last: number): boolean {
  const t = tokens[i]
  return i > last || !t || endsClause(tokens, i, last) || AFTER_TAG.test(t.lower)
}

function tokenEndingAt(tokens: Token[], end: number): number {
  let lo = 0
  let hi = tokens.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (tokens[mid].end < end) lo = mid + 1
    else if (tokens[mid].end > end) hi = mid - 1
    else return mid
  }
  return -1
}

/** The tagger may end a sentence at the quotation's closing mark; the tag
 * then is the next sentence. */
function lastOfSentence(tokens: Token[], k: number): number {
  let j = k
  while (j + 1 < tokens.length && tokens[j + 1].sentence === tokens[k].sentence) j++
  return j
}
