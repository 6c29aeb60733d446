// Reading the content of a statement around its cue: where it starts after
// the verb ("told reporters on Tuesday that …"), where it ends (the
// sentence, a quotation's closing mark, a trailing "…, he said"), the
// content before a source that follows it, and the rest of a quotation the
// cue interrupts. Shared by the rule families of rules.ts.
import { SHOW_VERBS, TAKES_LISTENER, cueClass, isEvidence } from './lexicon'
import type { Analysis, Token } from './nlp'
import { endsClause, phraseStartingAt, skipAdverbials, type Range } from './phrases'
import type { Quote } from './quotes'
import { takesPrep } from './verb-preps'

export type Span = { start: number; end: number }

/** Whether `inner` lies within `outer`. */
export const contains = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end

const REPORTING_NOUNS_AFTER_IN = /^(statement|interview|tweet|post|letter|email|e-mail|op-ed|speech|release|memo|video|remarks|note|message)$/

export type Context = {
  a: Analysis
  /** The quotation that opens at this token, or closes at it. */
  opens: (t: Token | undefined) => Quote | undefined
  closes: (t: Token | undefined) => Quote | undefined
  inQuote: (offset: number) => boolean
}

export const span = (tokens: Token[], r: Range): Span => ({ start: tokens[r.first].start, end: tokens[r.last].end })
export const isComma = (t: Token | undefined) => t?.text === ','

/** The cue: the verb, with a particle that belongs to it ("pointed out")
 * and "in a statement"-like phrases right after it. */
export function cueRange(tokens: Token[], i: number, last: number): Range {
  let j = i
  if (tokens[j + 1]?.pos === 'ADP' && /^(out|up|back|down|off|about)$/.test(tokens[j + 1].lower)) j++
  // "As Tom Ridge put it: “…”"
  else if (tokens[i].lemma === 'put' && tokens[j + 1]?.lower === 'it') j++
  // "agree with them", "focus on jobs", "voted against the bill": the
  // preposition belongs to the cue, what follows it is the content.
  else if (j + 2 <= last && takesPrep(tokens[i].lemma, tokens[j + 1])) j++
  const n = tokens[j + 1]
  if (n?.lower === 'in' && j + 3 <= last && REPORTING_NOUNS_AFTER_IN.test(tokens[j + 3].lower) && /^(a|an|the|his|her|their|its)$/.test(tokens[j + 2].lower)) j += 3
  return { first: i, last: j }
}

/** Where the content after a cue starts: after the listener ("told
 * reporters"), adverbials, a comma or colon. */
export function contentStart(tokens: Token[], afterCue: number, last: number, lemma: string): number {
  let k = afterCue
  if (TAKES_LISTENER.has(lemma)) {
    const listener = phraseStartingAt(tokens, k, last)
    // "told reporters", "told CNN", "assured him"; never the content itself.
    const next = listener && tokens[listener.last + 1]
    // ("…, his aide told The Huffington Post.": a listener ends the sentence.)
    const ends = next && next.i === last && /^[.!]$/.test(next.text)
    // ("urged its members to reject it": the object of urging is part of
    // what is urged.)
    const urged = next?.lower === 'to' && next.pos === 'PART'
    if (listener && !urged && listener.last - listener.first < 6 && next && (!['VERB', 'AUX', 'CCONJ', 'PUNCT'].includes(next.pos) || ends)) k = listener.last + 1
  }
  k = skipAdverbials(tokens, k, last)
  const skipped = k
  while (tokens[k] && k <= last && /^[,:–—-]$/.test(tokens[k].text)) k++
  // "who spoke on Tuesday, argued …": past a comma, a verb is the next
  // clause, not what was said.
  // ("Rubio says, win or lose in Florida, he's staying": an insertion
  // before what "say" reports, a clause after the next comma.)
  if (k > skipped && tokens[skipped].text === ',' && tokens[k] && (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX')) return lemma === 'say' && insertionThenClause(tokens, k, last) ? k : last + 1
  return k
}

/** A comma within a few words after `k`, then a pronoun and a verb. */
function insertionThenClause(tokens: Token[], k: number, last: number): boolean {
  for (let c = k + 1; c <= last && c - k < 12; c++) {
    if (tokens[c].text !== ',') continue
    return tokens[c + 1]?.pos === 'PRON' && /^(VERB|AUX)$/.test(tokens[c + 2]?.pos ?? '')
  }
  return false
}

/** The token that ends `q`. */
export function lastTokenOf(tokens: Token[], from: number, q: Quote): number {
  let k = from
  while (k + 1 < tokens.length && tokens[k + 1].start < q.end) k++
  return k
}

/** The end of the content that starts at `from`: the end of the sentence,
 * or before a trailing "…, he said" / "…, according to X" or a second cue
 * ("… and says …"); a content that opens with a quotation runs to its
 * closing mark. */
export function contentEnd(ctx: Context, from: number, last: number): number {
  const { tokens } = ctx.a
  const q = ctx.opens(tokens[from])
  if (q) return lastTokenOf(tokens, from, q)
  if (/^[-–—]$/.test(tokens[from - 1]?.text ?? '') && dashLabel(tokens, from, last)) return from - 1
  for (let k = from + 1; k <= last; k++) {
    const t = tokens[k]
    // A quotation that opens here and closes in a later sentence ends the
    // content with it: 'had been “consistently getting new sanctions. So,
    // there is nothing positive so far,”'.
    const q = ctx.opens(t)
    if (q && q.end > tokens[last].end) return lastTokenOf(tokens, k, q)
    // ('acknowledged that it was “influence peddling,” The Post reported':
    // the comma inside the closing mark, then a speaker and a verb of
    // saying, end the content as a comma does.)
    if (ctx.closes(t) && isComma(tokens[k - 1]) && trailingAttribution(tokens, k + 1, last)) return k
    if (ctx.inQuote(t.start)) continue
    if (isComma(t) && trailingAttribution(tokens, k + 1, last)) return k - 1
    // ("Pollsters agree - Carl Bialik: “…”": a dash, a name and a colon
    // label the words of another speaker.)
    if (/^[-–—]$/.test(t.text) && dashLabel(tokens, k + 1, last)) return k - 1
    // "…, but Pompeo and Barr said all signs pointed to Moscow": a second
    // clause with a speaker of its own.
    if (t.lower === 'but' && isComma(tokens[k - 1]) && k > from + 2) {
      for (let v = k + 2; v <= last && v - k < 12; v++) {
        if (ctx.inQuote(tokens[v].start)) break
        if (tokens[v].pos === 'VERB' && cueClass(tokens[v].lemma) === 'speech' && tokens[v - 1].pos !== 'PART') return k - 2
      }
    }
    if ((t.lower === 'and' || t.lower === 'but') && k > from + 2) {
      let v = k + 1
      while (tokens[v] && tokens[v].pos === 'ADV') v++
      if (tokens[v] && v <= last && tokens[v].pos === 'VERB' && cueClass(tokens[v].lemma) === 'speech') return isComma(tokens[k - 1]) ? k - 2 : k - 1
    }
  }
  let end = last
  // A sentence's final full stop is not part of what was said (unless a
  // quotation closes after it).
  while (end > from && /^[.;:,!?]$/.test(tokens[end].text) && !ctx.closes(tokens[end])) end--
  return end
}

/** A name of up to six capitalised words from `k`, then a colon. */
function dashLabel(tokens: Token[], k: number, last: number): boolean {
  let j = k
  while (j <= last && j - k < 6 && /^\p{Lu}/u.test(tokens[j].text)) j++
  return j > k && j <= last && tokens[j].text === ':'
}

/** "he said", "said X", "according to X", "X added" at `k` up to the
 * sentence's end. */
export function trailingAttribution(tokens: Token[], k: number, last: number): boolean {
  const t = tokens[k]
  if (!t) return false
  if (t.lemma === 'accord' && tokens[k + 1]?.lower === 'to') return true
  if (cueClass(t.lemma) === 'speech' && t.pos === 'VERB') return !!phraseStartingAt(tokens, k + 1, last)
  const np = phraseStartingAt(tokens, k, last)
  if (!np) return false
  // "…, records show." with "show" read as a noun of the phrase.
  if (np.last > np.first && SHOW_VERBS.has(tokens[np.last].lemma) && isEvidence(tokens[np.last - 1])) return endsClause(tokens, np.last + 1, last)
  let v = np.last + 1
  while (tokens[v] && (tokens[v].pos === 'AUX' || tokens[v].pos === 'ADV')) v++
  const verb = tokens[v]
  // ("…, records show.": evidence reports too.)
  const reports = cueClass(verb?.lemma ?? '') === 'speech' || (SHOW_VERBS.has(verb?.lemma ?? '') && isEvidence(tokens[np.last]))
  return !!verb && v <= last && reports && endsClause(tokens, v + 1, last)
}

/** The content before a source that follows it: the quotation that closes
 * just before (from the start of its sentence: "But the benefit is “10
 * times the losses,” he said"), or the sentence up to the comma. */
export function contentBefore(ctx: Context, boundary: number, first: number): { span: Span; quoted: boolean } | null {
  const { tokens, sentences } = ctx.a
  let k = boundary
  if (isComma(tokens[k]) && ctx.closes(tokens[k - 1])) k--
  const q = ctx.closes(tokens[k])
  if (q) {
    let open = k
    while (open > 0 && tokens[open].start > q.start) open--
    const s = sentences[tokens[open].sentence]
    const start = tokens[s.first].start < q.start && !ctx.a.text.slice(tokens[s.first].start, q.start).includes('\n') ? tokens[s.first].start : q.start
    return { span: { start, end: q.end }, quoted: true }
  }
  if (!isComma(tokens[k]) || k - first < 3) return null
  let from = first
  while (from < k && (tokens[from].pos === 'CCONJ' || tokens[from].pos === 'PUNCT')) from++
  if (k - from < 3) return null
  return { span: { start: tokens[from].start, end: tokens[k - 1].end }, quoted: false }
}

/** “…,” he said, “…” or “…,” he said. “…”: the rest of a quotation the cue
 * interrupts, in the same paragraph. */
export function continuation(ctx: Context, after: number, last: number): Quote | null {
  const { tokens, text } = ctx.a
  const k = skipAdverbials(tokens, after, last)
  const mark = tokens[k]
  const next = tokens[k + 1]
  if (!mark || !next || !/^[,.:;]$/.test(mark.text) || text.slice(mark.end, next.start).includes('\n')) return null
  const q = ctx.opens(next)
  // After a full stop, only a quotation that ends its paragraph carries on
  // (one followed by "…,” she said" has a cue of its own).
  if (q && mark.text !== ',' && text.slice(q.end).match(/^[^\n]*/)![0].trim()) return null
  return q ?? null
}
