// Support or criticism named from the side of the one who gets it:
// "Clinton has the support of women", "Cruz won the endorsement of Gov.
// Walker", "Sanders received more support from the young", "her support
// among minorities", "The remark drew sharp criticism from both parties".
// PolNeAR reads these as the stance of those who give it: they are the
// source, the one who gets it is the content (rule "backing").
import { span, type Context } from './content'
import type { Token } from './nlp'
import { phraseEndingAt, phraseStartingAt, subjectBefore, type Range } from './phrases'
import { isHuman } from './who-speaks'
import type { Candidate } from './rules'

/** Nouns of support received: the backers follow "of", "from" or "among". */
const BACKING_NOUNS = /^(support|endorsement|endorsements|backing)$/

/** Nouns of a judgement received: the judges follow "from" ("criticism
 * of" names its target, not its author; "faced stern opposition from
 * homeowners", "a vigorous challenge from X"). */
const JUDGEMENT_NOUNS = /^(criticism|criticisms|opposition|attacks|challenge|challenges|praise|condemnation|condemnations|rebuke|rebukes|backlash|pushback|fire|ridicule|scorn|applause|complaints|objections|rebuttal|denunciation|derision|plaudits|accolades|kudos)$/

/** Verbs by which one gets support or criticism: "won", "drew", "picked
 * up", "came under (fire)". */
const GETTING = /^(have|win|earn|receive|get|draw|pick|secure|gain|land|snag|lock|consolidate|enjoy|attract|garner|collect|rack|enlist|keep|retain|lose|face|spark|prompt|provoke|elicit|trigger|invite|come|meet)$/

/** Between the verb and the noun: "the full support of", "more support
 * from", "48% support among", "strong - and unwavering - support". */
const isModifier = (t: Token) => /^(DET|ADJ|NUM|ADV)$/.test(t.pos) || /^(%|percent|up|under|more|most|less|-|—)$/.test(t.lower)

/** Verbs by which a reaction is drawn from people: "drew boos from the
 * crowd", "sparked anger from his supporters", "is meeting stiff
 * resistance from X", "is taking heat from X". */
const REACTING = /^(draw|face|meet|spark|provoke|elicit|trigger|attract|take|earn|garner)$/

/** Any noun after a verb of reaction, before "from" and its givers. */
function reactionFrom(tokens: Token[], t: Token, first: number): boolean {
  if (tokens[t.i + 1]?.lower !== 'from') return false
  let k = t.i - 1
  while (k >= first && t.i - k <= 4 && isModifier(tokens[k])) k--
  return k >= first && tokens[k].pos === 'VERB' && REACTING.test(tokens[k].lemma)
}

export function backingCue(ctx: Context, t: Token, first: number, last: number): Candidate | null {
  const { tokens } = ctx.a
  const listed = JUDGEMENT_NOUNS.test(t.lower) || BACKING_NOUNS.test(t.lower)
  if (t.pos !== 'NOUN' || !(listed || reactionFrom(tokens, t, first))) return null
  const judgement = !BACKING_NOUNS.test(t.lower)
  const prep = tokens[t.i + 1]
  if (!prep || !(judgement ? /^from$/ : /^(of|from|among)$/).test(prep.lower)) return null
  const backers = phraseStartingAt(tokens, t.i + 2, last)
  if (!backers || !isHuman(tokens, backers)) return null
  let k = t.i - 1
  while (k >= first && t.i - k <= 8 && isModifier(tokens[k])) k--
  if (k < first) return null
  const owner = tokens[k]
  let backed: Range | null = null
  let cueFirst = t.i
  // "had his greatest support among the Marines": the one who has it
  // owns it.
  const getting = (x: Token | undefined) => !!x && (x.pos === 'VERB' || (x.pos === 'AUX' && x.lemma === 'have')) && GETTING.test(x.lemma)
  if (prep.lower === 'among' && /^(his|her|their|its)$/.test(owner.lower) && getting(tokens[k - 1])) k--
  // ("to win the support of": sought, not had; "has the support of" is
  // read as an auxiliary.)
  if (getting(tokens[k]) && tokens[k - 1]?.lower !== 'to') {
    backed = subjectBefore(tokens, k, first)
    cueFirst = k
  } else if (owner.pos === 'PART' && /^[’']s$/.test(owner.lower) && k > first) {
    // "Trump's support among evangelicals"
    backed = phraseEndingAt(tokens, k - 1, first)
  } else if (owner.pos === 'PRON' && /^(his|her|their|its)$/.test(owner.lower) && prep.lower === 'among') {
    backed = { first: k, last: k }
  }
  // (What is "of" someone else's after an owner is theirs: "Trump's
  // support of the bill" is possessive's.)
  // ("who garnered support from …": a relative pronoun is no one named.)
  // (A judgement can fall on anything: "the program faced criticism from
  // environmentalists".)
  if (!backed || !((judgement && cueFirst < t.i) || isHuman(tokens, backed)) || /^(who|which|that)$/.test(tokens[backed.first].lower) || (prep.lower === 'of' && cueFirst === t.i)) return null
  return {
    content: span(tokens, backed),
    source: span(tokens, backers),
    cue: span(tokens, { first: cueFirst, last: t.i + 1 }),
    cueLemma: t.lemma,
    rule: 'backing',
    confidence: 0.45,
    stance: true,
  }
}
