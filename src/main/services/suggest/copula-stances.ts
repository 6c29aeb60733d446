// Stances said with "be" and a preposition or a role rather than an
// adjective (those are in stances.ts, attitudeCue):
//   Most Republicans are against raising the wage. / The mayor is in
//   favor of the stadium. / The White House is open to changing it. /
//   Teachers unions were early supporters of Clinton. / She is one of the
//   loudest critics of the plan.
// The subject must be a person or a group (stances.ts, build).
import { contentEnd, type Context } from './content'
import type { Token } from './nlp'
import { ROLES, build, objectAt, type StanceCandidate } from './stances'

/** "among the earliest supporters of", "one of the loudest critics of":
 * what may stand between "be" and the noun of a role. */
const BEFORE_ROLE = /^(DET|ADJ|ADV|NOUN|PROPN|CCONJ|NUM)$/

/** The last token of the cue after "be" at `n`, or -1. */
function cueEnd(tokens: Token[], n: number, last: number): number {
  const w = tokens[n]
  if (w.lower === 'against') return n
  if (w.lower === 'in' && /^favou?r$/.test(tokens[n + 1]?.lower ?? '') && tokens[n + 2]?.lower === 'of') return n + 2
  if (w.lower === 'open' && tokens[n + 1]?.lower === 'to') return n + 1
  // A role, past "among" or "one of" and the words that describe it ("were
  // early supporters of"; "is a critic of" is stances.ts's).
  let k = n
  if (tokens[k].lower === 'among') k++
  else if (tokens[k].lower === 'one' && tokens[k + 1]?.lower === 'of') k += 2
  const start = k
  while (k <= last && k - start < 6 && !ROLES.has(tokens[k].lower) && BEFORE_ROLE.test(tokens[k].pos)) k++
  if (k > n && tokens[n].pos === 'DET' && k - start === 1) return -1
  return ROLES.has(tokens[k]?.lower ?? '') && /^(of|for)$/.test(tokens[k + 1]?.lower ?? '') ? k + 1 : -1
}

/** Most Republicans are against raising the wage / were early supporters
 * of Clinton: "be" with the preposition or role that holds the stance. */
export function copulaStance(ctx: Context, t: Token, first: number, last: number): StanceCandidate | null {
  const { tokens } = ctx.a
  if (t.lemma !== 'be' && t.lemma !== 'remain') return null
  let n = t.i + 1
  while (n <= last && n - t.i < 4 && (tokens[n].pos === 'ADV' || tokens[n].pos === 'PART')) n++
  if (n >= last) return null
  const end = cueEnd(tokens, n, last)
  const from = end + 1
  if (end < 0 || from > last) return null
  // "against adding regulation": a clause; "against the plan": a phrase.
  const np = tokens[from].pos === 'VERB' ? null : objectAt(tokens, from, last)
  const c = build(ctx, t, first, end, from, np ? np.last : contentEnd(ctx, from, last))
  return c && { ...c, rule: 'attitude', confidence: 0.45 }
}
