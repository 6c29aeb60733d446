// "the kind of job that many economists say is the future", "a speech
// which even critics say was her best", "rules that some say target
// Muslims": a verb of saying inside a relative clause, whose own clause
// has lost its subject to the relative pronoun. The verb that follows the
// cue at once is the statement's verb; the people between the pronoun and
// the cue say it. (The antecedent belongs to the statement too, but a
// content span is one piece: what follows the cue carries it.)
import { contentEnd, span, type Context } from './content'
import { cueClass } from './lexicon'
import type { Token } from './nlp'
import { phraseEndingAt } from './phrases'
import type { Candidate } from './rules'

export function relativeSayCue(ctx: Context, t: Token, first: number, last: number): Candidate | null {
  const { tokens } = ctx.a
  if (cueClass(t.lemma) !== 'speech' || t.i <= first + 1 || t.i >= last) return null
  // The verb, or its bare form read as a noun after a plural ("critics
  // say"); "the Islamic State is", "her tweet was" are nouns.
  const prevToken = tokens[t.i - 1]
  const bare = t.pos === 'NOUN' && t.lower === t.lemma && /^\p{Ll}/u.test(t.text) && prevToken.pos === 'NOUN' && prevToken.lower !== prevToken.lemma
  if (t.pos !== 'VERB' && !bare && !/^(some|many|others|most)$/.test(prevToken.lower)) return null
  // A finite verb right after the cue: "say is", "say was", "say target".
  const next = tokens[t.i + 1]
  if (!/^(VERB|AUX)$/.test(next.pos) || /ing$/.test(next.lower) || next.lower === 'to') return null
  const found = phraseEndingAt(tokens, t.i - 1, first)
  if (!found) return null
  // ("that economists": the tagger may read the pronoun as a determiner.)
  const subject = /^(that|which)$/.test(tokens[found.first].lower) && found.first < found.last ? { first: found.first + 1, last: found.last } : found
  let k = subject.first - 1
  // ("which even critics say …": an adverb before the subject.)
  while (k > first && tokens[k].pos === 'ADV') k--
  if (k < first || !/^(that|which|who)$/.test(tokens[k].lower)) return null
  const end = contentEnd(ctx, t.i + 1, last)
  if (end <= t.i) return null
  return {
    content: span(tokens, { first: t.i + 1, last: end }),
    source: span(tokens, subject),
    cue: span(tokens, { first: t.i, last: t.i }),
    cueLemma: t.lemma,
    rule: 'relative-say',
    confidence: 0.6,
  }
}
