// A participle of the lexicon with its agent after a noun, without "is" or
// "was": "The immigration bill, opposed by House Republicans, …", "a
// goal endorsed by the governors", "several firms sued by the NAACP",
// and the same with a noun of saying: "a demand by Nancy Pelosi that …",
// "the decision by Stephanopoulos to give …". The agent holds the stance,
// the noun phrase before it is what it is about (rule "by-agent").
// The agent may come past a place, a time or a complement ("Kasich,
// endorsed in New Hampshire by the Globe", "a plan, deemed reckless by
// economists"), and a second participle after "and" shares the noun of
// the first ("the bill, backed by Democrats and opposed by Republicans").
import { contentEnd, span, type Context } from './content'
import { ACTS, cueClass } from './lexicon'
import { byPastComplement } from './passive-agents'
import type { Token } from './nlp'
import { phraseEndingAt, phraseStartingAt, type Range } from './phrases'
import { isHuman } from './who-speaks'
import type { Candidate } from './rules'

/** Nouns of saying or of stance before "by" and their agent. */
const BY_NOUNS = /^(demand|decision|call|proposal|statement|announcement|endorsement|attack|attacks|claim|claims|criticism|remarks|comments|pledge|promise|vow|warning|threat|request|plea|suggestion|accusation|accusations|allegation|allegations|assertion|charge|charges|ruling|recommendation|report|study|analysis|review|survey|poll)$/

/** Participles of the lexicon that name a deed or a list more than a view. */
const NOT_VIEWS = /^(offer|identify|request|maintain|list|appoint|nominate|order|learn|share)$/

export function byAgent(ctx: Context, t: Token, first: number, last: number): Candidate | null {
  const { tokens } = ctx.a
  const noun = t.pos === 'NOUN' && BY_NOUNS.test(t.lower)
  // (Not the acts: "emails released by the State Department", "a case
  // filed by the Philippines" say who did it, not who holds a view.)
  const participle = t.pos === 'VERB' && /(ed|en|wn)$/.test(t.lower) && cueClass(t.lemma) !== null && !ACTS.has(t.lemma) && !NOT_VIEWS.test(t.lemma)
  // "was greeted with skepticism by lawmakers", "has been met with fierce
  // opposition by X": a reception, with or without "was".
  const reception = t.pos === 'VERB' && /^(greet|meet|receive)$/.test(t.lemma) && /(ed|et|t)$/.test(t.lower) && tokens[t.i + 1]?.lower === 'with'
  if (!(noun || participle || reception)) return null
  let k = t.i + 1
  while (k <= last && tokens[k].pos === 'ADV') k++
  if ((participle || reception) && tokens[k]?.lower !== 'by') k = byPastComplement(tokens, t.i + 1, last)
  if (k < 0 || tokens[k]?.lower !== 'by' || k > last) return null
  const agent = phraseStartingAt(tokens, k + 1, last)
  if (!agent || !isHuman(tokens, agent)) return null
  const cue = span(tokens, { first: t.i, last: k })
  if (noun) {
    // "a demand by X that …", "the decision by X to give …"
    const next = tokens[agent.last + 1]
    const from = next?.lower === ',' ? agent.last + 2 : agent.last + 1
    if (!/^(that|to)$/.test(tokens[from]?.lower ?? '') || from > last) return null
    const to = contentEnd(ctx, from, last)
    if (to - from < 2) return null
    return make(tokens, { first: from, last: to }, agent, cue, t.lemma)
  }
  // The noun the participle follows, past a comma or a dash, never a verb's
  // auxiliary ("was opposed by" is the passive rule's).
  let j = t.i - 1
  while (j >= first && tokens[j].pos === 'ADV') j--
  if (reception) while (j > first && /^(AUX|ADV)$/.test(tokens[j].pos)) j--
  if (tokens[j]?.lower === 'and') j = firstParticiple(tokens, j, first) - 1
  if (j < first || tokens[j].pos === 'AUX' || tokens[j].pos === 'PART') return null
  if (/^[,(—–-]$/.test(tokens[j].text)) j--
  const what = j >= first ? phraseEndingAt(tokens, j, first) : null
  if (!what || tokens[what.last].pos === 'PRON') return null
  return make(tokens, what, agent, cue, t.lemma)
}

function make(tokens: Token[], content: Range, agent: Range, cue: { start: number; end: number }, lemma: string): Candidate {
  return { content: span(tokens, content), source: span(tokens, agent), cue, cueLemma: lemma, rule: 'by-agent', confidence: 0.45, stance: true }
}

/** Index of the participle "backed by Democrats" that ends before "and"
 * ("backed by Democrats and opposed by …"), or -1. */
function firstParticiple(tokens: Token[], and: number, first: number): number {
  for (let b = and - 2; b > first && and - b <= 10; b--) {
    if (tokens[b].lower !== 'by') continue
    const p = tokens[b - 1]
    const agent = phraseStartingAt(tokens, b + 1, and - 1)
    return p.pos === 'VERB' && /(ed|en|wn)$/.test(p.lower) && agent?.last === and - 1 ? b - 1 : -1
  }
  return -1
}
