// Quotations no cue claimed (rules.ts asks here last): a speaker's words
// between other statements ("quote-alone", its speaker resolved later like
// a pronoun's), or a quotation with a speech tag after it whatever the
// verb (tags.ts), announced by a verb of saying that ends the sentence
// before it ("Bystrom agreed. “…”") or brought in by any verb (quote-intro.ts).
import { span, type Context } from './content'
import { quoteIntro } from './quote-intro'
import type { Quote } from './quotes'
import type { Candidate } from './rules'
import { quoteTag } from './tags'
import { tokenStartingAt } from './nlp'
import { cueClass } from './lexicon'
import { phraseStartingAt, subjectBefore } from './phrases'
import { canSpeak } from './who-speaks'

/** A quotation with no cue this long (in words) is still proposed. */
const LONE_QUOTE_WORDS = 4

/** Quotations no cue claimed: a speaker's words between other statements,
 * or with a speech tag after them that the lexicon lacks (tags.ts). */
export function loneQuotes(ctx: Context, quotes: Quote[], found: Candidate[]): Candidate[] {
  const sorted = found.map((c) => c.content).sort((x, y) => x.start - y.start)
  // (A verb before the quotation that already reports another one is not
  // this one's: "…,” Cruz continued: “…”.)
  const cues = new Set(found.map((c) => c.cue?.start))
  const tag = (q: Quote) => {
    const t = quoteTag(ctx, q)
    if (!t || (t.cue.start < q.start && cues.has(t.cue.start))) return null
    cues.add(t.cue.start)
    return t
  }
  const out: Candidate[] = []
  for (const q of quotes) {
    if (q.words < 3 || sorted.some((c) => c.start < q.end && q.start < c.end)) continue
    const long = q.words >= LONE_QUOTE_WORDS
    const c = (long ? tag(q) ?? announced(ctx, q, cues) : null) ?? quoteIntro(ctx, q)
    if (c) out.push(c)
    else if (long) out.push({ content: { start: q.start, end: q.end }, source: null, cue: null, cueLemma: '', rule: 'quote-alone', confidence: 0.5 })
  }
  return out
}

/** "Bystrom agreed. “…”" / "Smith explained: “…”": a verb of saying that
 * ends the sentence with nothing to report points to the quotation that
 * opens the next one; its subject is the speaker. */
function announced(ctx: Context, q: Quote, cues: Set<number | undefined>): Candidate | null {
  const { tokens, sentences } = ctx.a
  const open = tokenStartingAt(tokens, q.start)
  if (open < 2) return null
  const s = sentences[tokens[open].sentence]
  // "Said Comey, “…”" / "Stated Stone: “…”": the verb first, then the
  // speaker, then the quotation.
  const lead = tokens[s.first]
  if (open - s.first >= 3 && /^\p{Lu}/u.test(lead.text) && cueClass(lead.lemma) === 'speech' && /^[,:]$/.test(tokens[open - 1].text)) {
    const who = phraseStartingAt(tokens, s.first + 1, open - 2)
    if (who && who.last === open - 2 && canSpeak(tokens, who) && !cues.has(lead.start)) {
      cues.add(lead.start)
      return { content: { start: q.start, end: q.end }, source: span(tokens, who), cue: { start: lead.start, end: lead.end }, cueLemma: lead.lemma, rule: 'quote-announced', confidence: 0.5 }
    }
  }
  // (The quotation opens its sentence, or follows the colon that ends the
  // clause before it.)
  const end = s.first === open ? open - 1 : tokens[open - 1].text === ':' ? open - 1 : -1
  if (end < 1 || !/^[.:]$/.test(tokens[end].text)) return null
  const v = tokens[end - 1]
  if (v.pos !== 'VERB' || cueClass(v.lemma) !== 'speech' || cues.has(v.start) || ctx.inQuote(v.start)) return null
  const first = sentences[v.sentence].first
  const subject = subjectBefore(tokens, v.i, first)
  if (!subject || !canSpeak(tokens, subject)) return null
  cues.add(v.start)
  return { content: { start: q.start, end: q.end }, source: span(tokens, subject), cue: { start: v.start, end: v.end }, cueLemma: v.lemma, rule: 'quote-announced', confidence: 0.5 }
}
