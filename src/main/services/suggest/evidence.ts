// Statements whose source is a poll or a record rather than a person:
//   poll         In a CNN poll released Monday, 50 percent chose Clinton. /
//                Clinton led Sanders by 20 points in a new CNN poll.
//   evidence     Polls show that … / …, records show. / new filings showed …
//                (whatever the tagger makes of "show": a noun after "polls")
//                / a Fox News poll, conducted with X, shows …
// Moved out of stances.ts, whose candidate shape they share.
import { contentBefore, contentEnd, contentStart, isComma, span, type Context, type Span } from './content'
import { SHOW_VERBS, isEvidence } from './lexicon'
import type { Token } from './nlp'
import { endsClause, phraseEndingAt, phraseStartingAt, subjectBefore, type Range } from './phrases'
import { canSpeak } from './who-speaks'
import type { StanceCandidate } from './stances'

const POLL_HEADS = /^(poll|polls|survey|surveys|polling)$/

/** What a poll does with a candidate: "has her ahead", "gives him 40
 * percent", "puts his approval at 50 percent". */
const TALLY_VERBS = /^(have|give|put)$/
const TALLIES = /^(poll|polls|survey|surveys|average|count|tally|forecast)$/

/** In a CNN poll released Monday, 50 percent chose Clinton: the poll is
 * the source; the clause is what it found. */
export function pollCue(ctx: Context, t: Token, first: number, last: number): StanceCandidate | null {
  const { tokens } = ctx.a
  // Only at the start of a sentence: "Trump leads in the polls." names no
  // statement as often as it names one (on the train part of PolNeAR most
  // were not attributions).
  if (t.lower !== 'in' || t.pos !== 'ADP') return null
  const np = phraseStartingAt(tokens, t.i + 1, last)
  if (!np) return null
  let head = np.last
  while (head > np.first && !POLL_HEADS.test(tokens[head].lower)) head--
  if (!POLL_HEADS.test(tokens[head].lower)) return null
  if (t.i !== first) return pollAfter(ctx, t, np, first, last)
  // The source runs to the comma: "In a poll released Monday, …".
  let comma = np.last + 1
  while (comma <= last && comma - np.last < 8 && !isComma(tokens[comma])) comma++
  if (!isComma(tokens[comma]) || comma + 2 > last) return null
  const from = comma + 1
  const to = contentEnd(ctx, from, last)
  if (to - from < 2) return null
  return {
    content: { start: tokens[from].start, end: tokens[to].end },
    source: span(tokens, { first: np.first, last: comma - 1 }),
    cue: span(tokens, { first: t.i, last: t.i }),
    cueLemma: 'in',
    rule: 'poll',
    // (Surer than "released" read as the verb of the survey.)
    confidence: 0.55,
    stance: true,
  }
}

/** Words that open a subordinate clause of concession, cause or time. */
const BACKGROUND = /^(though|although|while|whereas|because|since|as|if|unless|when|after|before|once|despite)$/

/** Clinton led Sanders by 20 points in a new CNN poll: the clause before
 * "in" is what the poll found, when the poll ends the sentence or its
 * clause. */
function pollAfter(ctx: Context, t: Token, np: Range, first: number, last: number): StanceCandidate | null {
  const { tokens } = ctx.a
  // A poll named or described ("a new CNN poll", "recent surveys"), not
  // "the polls" in general, which a candidate is merely doing well in.
  const described = tokens.slice(np.first, np.last + 1).some((x) => x.pos !== 'DET' && !POLL_HEADS.test(x.lower))
  // ("a new Fox News poll released Thursday", "the survey, taken July
  // 11-14,": the poll's own participle phrase ends it.)
  let end = np.last + 1
  if (isComma(tokens[end]) && tokens[end + 1]?.pos === 'VERB') end++
  if (tokens[end]?.pos === 'VERB' && /(ed|en)$/.test(tokens[end].lower)) while (end <= last && end - np.last < 10 && !/^[.,;:]$/.test(tokens[end].text)) end++
  if (!described || !endsClause(tokens, end, last)) return null
  let from = first
  while (from < t.i && (tokens[from].pos === 'CCONJ' || tokens[from].pos === 'PUNCT')) from++
  // ("Though Sanders led in New Hampshire surveys, she had hoped …": a
  // subordinate clause that the poll ends is the setting of the main
  // clause after the comma, not what the poll found.)
  if (isComma(tokens[end]) && BACKGROUND.test(tokens[from].lower)) return null
  let to = t.i - 1
  while (to > from && (isComma(tokens[to]) || tokens[to].pos === 'ADV')) to--
  if (to - from < 2 || !tokens.slice(from, to + 1).some((x) => x.pos === 'VERB' || x.pos === 'AUX') || ctx.inQuote(tokens[from].start)) return null
  return {
    content: { start: tokens[from].start, end: tokens[to].end },
    source: span(tokens, np),
    cue: span(tokens, { first: t.i, last: t.i }),
    cueLemma: 'in',
    rule: 'poll',
    confidence: 0.5,
    stance: true,
  }
}

/** "A Fox News poll, conducted with X, shows", "an analysis by Politifact
 * of past elections showed": the evidence heads a longer subject, before
 * its postmodifier. */
function longEvidence(tokens: Token[], verb: number, first: number): Range | null {
  let end = verb - 1
  while (end > first && (isComma(tokens[end]) || tokens[end].pos === 'ADV')) end--
  for (let k = end; k >= first && verb - k <= 16; k--) {
    const x = tokens[k]
    if (isEvidence(x) && k < end && POSTMODIFIER.test(tokens[k + 1].lower)) {
      const np = phraseEndingAt(tokens, k, first) ?? { first: k, last: k }
      return { first: np.first, last: end }
    }
    const participle = x.pos === 'VERB' && /(ed|en)$/.test(x.lower)
    if (!(participle || /^(NOUN|PROPN|ADJ|DET|NUM|ADP|ADV)$/.test(x.pos) || /^[,.'’-]$/.test(x.text) || /^[’']s$/.test(x.lower))) return null
  }
  return null
}

/** "The host disputed the polls showing …", "The group published research
 * showing …": evidence that is the object of a verb is cited by the
 * subject of that verb, who says what it shows; after a preposition
 * ("with polls showing", "despite polls showing") the evidence speaks. */
function citedBy(tokens: Token[], evidence: Range, t: Token, first: number): Range | null {
  if (!/ing$/.test(t.lower) || t.pos !== 'VERB') return null
  let v = evidence.first - 1
  // ("poring over polling data": the tagger's verb in the phrase.)
  if (tokens[v]?.lower === 'polling') v--
  if (/^(over|to|at)$/.test(tokens[v]?.lower ?? '') && tokens[v - 1]?.pos === 'VERB') v--
  // ("Voters saw polls showing …": who perceives evidence does not cite it.)
  if (v <= first || tokens[v].pos !== 'VERB' || PERCEIVE.test(tokens[v].lemma)) return null
  // ("refused to dispute the polls": the subject of the verb before "to".)
  if (tokens[v - 1].lower === 'to' && tokens[v - 2]?.pos === 'VERB' && v - 2 > first) v -= 2
  const subject = subjectBefore(tokens, v, first)
  return subject && canSpeak(tokens, subject) ? subject : null
}

const PERCEIVE = /^(see|watch|hear|notice|view|spot)$/

const POSTMODIFIER = /^(of|by|from|in|for|on|,|conducted|released|taken|out|compiled|commissioned|published)$/

/** Polls show that … / …, records show. / new polls released Sunday
 * showed …: the records or the poll are the source. */
export function evidenceCue(ctx: Context, t: Token, first: number, last: number): StanceCandidate | null {
  const { tokens } = ctx.a
  // "The latest poll has Clinton leading", "a CNN poll gives her 45
  // percent", "Gallup puts his approval at 50 percent": a poll's verbs.
  const tally = TALLY_VERBS.test(t.lemma) && TALLIES.test(tokens[t.i - 1]?.lower ?? '') && t.i - 1 >= first
  if (!(tally || (SHOW_VERBS.has(t.lemma) && /^(VERB|NOUN)$/.test(t.pos)))) return null
  // The evidence noun, before adverbs, a time or a participle phrase:
  // "the results also showed", "a poll last month showed", "polls released
  // Sunday showed".
  const evidence = (x: Token) => isEvidence(x) || (tally && TALLIES.test(x.lower))
  let k = t.i - 1
  while (k >= first && t.i - k <= 5 && !evidence(tokens[k]) && /^(ADV|ADJ|NOUN|PROPN|NUM|VERB|AUX)$/.test(tokens[k].pos)) k--
  const near = k >= first && evidence(tokens[k])
  const found = near ? (phraseEndingAt(tokens, k, first) ?? { first: k, last: k }) : longEvidence(tokens, t.i, first)
  if (!found) return null
  const source = citedBy(tokens, found, t, first) ?? found
  const cue = { start: t.start, end: t.end }
  const make = (content: Span): StanceCandidate => ({ content, source: span(tokens, source), cue, cueLemma: t.lemma, rule: 'evidence', confidence: 0.55, stance: true })
  // "…, records show."
  if (isComma(tokens[source.first - 1]) && endsClause(tokens, t.i + 1, last)) {
    const before = contentBefore(ctx, source.first - 1, first)
    return before ? make(before.span) : null
  }
  const from = contentStart(tokens, t.i + 1, last, t.lemma)
  // ("The poll has a margin of error of 3 points": its method, no finding.)
  if (from > last || (tally && tokens.slice(from, from + 5).some((x) => /^(margin|interval|sample)$/.test(x.lower)))) return null
  const to = contentEnd(ctx, from, last)
  if (to - from < 1) return null
  return make({ start: tokens[from].start, end: tokens[to].end })
}

