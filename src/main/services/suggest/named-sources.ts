// Statements whose source is named by a marker rather than by a verb of
// saying: "According to X, …" / "…, according to X" (also when X reports
// what someone said: "“…,” Sanders said, according to CNN"), and a name
// before a colon ("NY Post: Megyn Kelly Is No Different", "… pollster
// Daron Shaw: “…”"), minus the labels that name no one.
import { contentBefore, contentEnd, isComma, span, type Context, type Span } from './content'
import type { Token } from './nlp'
import { hasVerb, isHead, phraseEndingAt, phraseStartingAt, type Range } from './phrases'
import { isTimeHead } from './times'
import { trailsCue } from './clauses'
import type { Candidate } from './rules'

/** According to X, … / …, according to X. */
export function accordingTo(ctx: Context, t: Token, first: number, last: number): Candidate | null {
  const { tokens } = ctx.a
  const cue: Range = { first: t.i, last: t.i + 1 }
  // ("according to sources familiar with …", "according to reports": a
  // plural the tagger reads as a verb after "to".)
  const plural = tokens[t.i + 2]?.pos === 'VERB' && /^\p{Ll}+s$/u.test(tokens[t.i + 2].text) ? { first: t.i + 2, last: t.i + 2 } : null
  const source = phraseStartingAt(tokens, t.i + 2, last) ?? sourceToComma(tokens, t.i + 2, last) ?? plural
  if (!source) return null
  // "according to a report from Bloomberg", "calculations by Amy Lee": the
  // one who made the report speaks through it.
  // ("according to a court document filed by the state attorney", "audio
  // provided by Wyoming Public Radio": past the participle to its agent.)
  for (let n = 0; n < 2; n++) {
    const after = tokens[source.last + 1]
    const by = after && after.pos === 'VERB' && /(ed|en|wn)$/.test(after.lower) && tokens[source.last + 2]?.lower === 'by' ? source.last + 2 : source.last + 1
    if (!/^(from|by)$/.test(tokens[by]?.lower ?? '')) break
    const maker = phraseStartingAt(tokens, by + 1, last)
    if (!maker) break
    source.last = maker.last
  }
  const prev = tokens[t.i - 1]
  let content: Span | null = null
  if (prev && prev.i >= first && (isComma(prev) || ctx.closes(prev))) {
    content = hasVerb(tokens, first, prev.i) || ctx.closes(prev) ? (contentBefore(ctx, t.i - 1, first)?.span ?? null) : null
    // "Fundraising, according to the campaign, has surged" / "But,
    // according to the poll, 46 percent …": an insertion in the sentence
    // it reports, which runs on after it.
    if (!content && isComma(prev) && isComma(tokens[source.last + 1]) && source.last + 2 <= last) {
      // (From after the insertion when only "But" or "Now" comes before it.)
      const named = tokens.slice(first, prev.i).some((x) => /^(NOUN|PROPN|PRON)$/.test(x.pos))
      let from = named ? first : source.last + 2
      while (from < prev.i && (tokens[from].pos === 'CCONJ' || tokens[from].pos === 'PUNCT')) from++
      const to = contentEnd(ctx, source.last + 2, last)
      if (to > source.last + 2) content = { start: tokens[from].start, end: tokens[to].end }
    }
  } else {
    let k = source.last + 1
    if (isComma(tokens[k])) k++
    if (k <= last) {
      const to = contentEnd(ctx, k, last)
      if (to >= k) content = { start: tokens[k].start, end: tokens[to].end }
    }
  }
  // "“…,” Sanders said, according to CNN": CNN reports what Sanders said,
  // and is the source of the statement (PolNeAR marks CNN, not Sanders);
  // surer than the cue it follows. (The tagger may have ended a sentence
  // at the quotation.)
  const reports = isComma(prev) && trailsCue(tokens, first, prev.i)
  if (reports) {
    let k = prev.i - 1
    while (k >= first - 1 && k > 0 && !ctx.closes(tokens[k])) k--
    if (k >= first - 1 && ctx.closes(tokens[k])) content = contentBefore(ctx, k, 0)?.span ?? content
  }
  if (!content) return null
  return { content, source: span(tokens, source), cue: span(tokens, cue), cueLemma: 'according to', rule: 'according-to', confidence: reports ? 0.97 : 0.85 }
}

/** "according to his Facebook profile", "according to a new Associated
 * Press-GfK poll": a source the noun-phrase reader cannot follow (the
 * tagger reads "new" as an adverb, "Associated" as a verb) runs to the
 * next comma or the end of the sentence. */
function sourceToComma(tokens: Token[], from: number, last: number): Range | null {
  if (from > last) return null
  let k = from
  while (k + 1 <= last && k - from < 15 && !/^[,;:.!?]$/.test(tokens[k + 1].text)) k++
  while (k >= from && !isHead(tokens[k])) k--
  return k >= from && /^[,;:.!?]$/.test(tokens[k + 1]?.text ?? '.') ? { first: from, last: k } : null
}

/** "NY Post: Megyn Kelly Is No Different": a name, a colon, what it says. */
export function colonCue(ctx: Context, t: Token, first: number, last: number): Candidate | null {
  const { tokens } = ctx.a
  if (t.i - first < 1 || t.i >= last) return null
  const source = phraseEndingAt(tokens, t.i - 1, first)
  if (!source) return null
  // "POLLS NOT WRONG - Michael P. McDonald: “…”": the label after a dash.
  for (let k = source.last - 1; k >= source.first; k--) if (/^[-–—]$/.test(tokens[k].text)) source.first = k + 1
  const labels = (source.first === first || /^[-–—]$/.test(tokens[source.first - 1].text)) && t.i - source.first <= 6
  // "… doesn't surprise pollster Daron Shaw: “…”": a name before a
  // quotation, wherever it is.
  const introduces = !!ctx.opens(tokens[t.i + 1]) && /^\p{Lu}/u.test(tokens[source.last].text)
  if (!(labels || introduces) || !/^\p{Lu}/u.test(tokens[labels ? source.first : source.last].text)) return null
  if (!isNamedLabel(tokens, source)) return null
  const to = contentEnd(ctx, t.i + 1, last)
  if (to - t.i < 3) return null
  // ("Kasich: Now or never", "Netanyahu and Obama: A tortured
  // relationship": a topic after a label, with no verb and no quotation,
  // says nothing. The tagger misses the verbs of a headline in title case,
  // "Poll: Trump Ties Clinton", and of a transcript, "KATE BOLDUAN: Why
  // not debate", so those stay.)
  const words = tokens.slice(t.i + 1, to + 1)
  const titled = words.filter((q) => /^\p{Lu}/u.test(q.text)).length * 3 >= words.filter((q) => /^\p{L}{3}/u.test(q.text)).length * 2
  const transcript = tokens.slice(source.first, source.last + 1).every((q) => !/\p{Ll}/u.test(q.text))
  if (!titled && !transcript && !hasVerb(tokens, t.i + 1, to) && !words.some((q) => ctx.opens(q) || QUOTE_MARK.test(q.text))) return null
  return { content: { start: tokens[t.i + 1].start, end: tokens[to].end }, source: span(tokens, source), cue: { start: t.start, end: t.end }, cueLemma: ':', rule: 'colon', confidence: 0.5 }
}

const QUOTE_MARK = /^[“”‘’"']$/

/** Labels before a colon that name no one: "Editor's note:", "The
 * Latest:", "Q:", "Breaking:", "One notable trend:". */
const NOT_A_SPEAKER_LABEL = /^(issue|instance|example|news|name|note|notice|latest|breaking|remember|q|a|update|updates|daily|result|results|trend|bottom|line|answer|question|reason|problem|truth|fact|facts|point|lesson|takeaway|so|why|what|how|here|now|plus|also|meanwhile|background|context|correction|contributing|revealed|wow|boom|look|watch|exclusive|bombshell|video|photos|listen|warning|alert|job)$/

function isNamedLabel(tokens: Token[], r: Range): boolean {
  const head = tokens[r.last]
  // ("Among the votes:", "At issue:", "Tuesday:" name no one either.)
  // ("by Times' Ben Sisario:" is a by-line, "on CNN:" a medium.)
  const byline = /^(on|in)$/.test(tokens[r.first - 1]?.lower ?? '') || tokens.slice(Math.max(0, r.first - 3), r.first).some((t) => t.lower === 'by')
  return !NOT_A_SPEAKER_LABEL.test(head.lower) && !/^(DET|NUM|ADP)$/.test(tokens[r.first].pos) && !/^(among|at|for|in)$/i.test(tokens[r.first].text) && !isTimeHead(head) && !byline
}

/** "Asked by Matt Lauer whether she had practiced, she said …": the one
 * who asks is the source of the question, up to the comma before the
 * clause that answers it. */
export function askedBy(ctx: Context, t: Token, first: number, last: number): Candidate | null {
  const { tokens } = ctx.a
  // ("When asked by a reporter whether …", "…, he said when asked by
  // CNN if …": the same after "when".)
  const when = t.i - 1 >= first && /^(when|after|once)$/.test(tokens[t.i - 1].lower)
  if ((t.i !== first && !when) || t.lower !== 'asked' || tokens[t.i + 1]?.lower !== 'by') return null
  const source = phraseStartingAt(tokens, t.i + 2, last)
  if (!source) return null
  let from = source.last + 1
  // ("Asked by Ingraham on Thursday about …": past a time.)
  if (/^(on|in|at|during)$/.test(tokens[from]?.lower ?? '') && isTimeHead(tokens[from + 1] ?? t)) from += 2
  if (!/^(whether|if|about|to|why|how|what|when)$/.test(tokens[from]?.lower ?? '')) return null
  let to = from + 1
  while (to < last && !isComma(tokens[to + 1])) to++
  // (After "when" the question may end the sentence.)
  if (when && to === last && /^[.?]$/.test(tokens[last].text) && last - 1 > from) to = last - 1
  if (to >= last) return null
  return { content: { start: tokens[from].start, end: tokens[to].end }, source: span(tokens, source), cue: { start: t.start, end: tokens[t.i + 1].end }, cueLemma: 'ask', rule: 'passive', confidence: 0.6 }
}
