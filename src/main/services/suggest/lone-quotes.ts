// Quotations no cue claimed (rules.ts asks here last): a speaker's words
// between other statements ("quote-alone", its speaker resolved later like
// a pronoun's), or a quotation with a speech tag after it whatever the
// verb (tags.ts) or brought in by any verb (quote-intro.ts).
import type { Context } from './content'
import { quoteIntro } from './quote-intro'
import type { Quote } from './quotes'
import type { Candidate } from './rules'
import { quoteTag } from './tags'

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
    const c = (long ? tag(q) : null) ?? quoteIntro(ctx, q)
    if (c) out.push(c)
    else if (long) out.push({ content: { start: q.start, end: q.end }, source: null, cue: null, cueLemma: '', rule: 'quote-alone', confidence: 0.5 })
  }
  return out
}
