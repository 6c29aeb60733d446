// A statement that points back to what was said before: "The senator
// made those comments on Monday", "has been making this argument for
// months", "made the same case in a letter". The light verb (stances.ts)
// has no content after its noun; the noun phrase itself, which stands for
// the words reported earlier, is the content (rule "light-verb").
import type { Context } from './content'
import type { Token } from './nlp'
import { isTimeHead } from './times'
import { build, objectAt, type StanceCandidate } from './stances'

const POINTING = /^(this|that|these|those|such|similar|same)$/

/** `k` opens the phrase after the verb `t`, `n` is its noun of saying;
 * `preps` the prepositions that would open a content after it. */
export function pointingBack(ctx: Context, t: Token, first: number, last: number, k: number, n: number, preps: RegExp): StanceCandidate | null {
  const { tokens } = ctx.a
  if (!tokens.slice(k, n).some((x) => POINTING.test(x.lower))) return null
  // ("made these same allegations against the NRA": a content after all;
  // "made those comments on Monday": only a time.)
  const next = tokens[n + 1]
  if (next && preps.test(next.lower) && n + 2 <= last) {
    const np = objectAt(tokens, n + 2, last)
    if (!np || !isTimeHead(tokens[np.last])) return null
  }
  return build(ctx, t, first, t.i, k, n)
}
