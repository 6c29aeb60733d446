// The later families whose cue is no verb of saying, tried in order on
// each token after the verbs (rules.ts): support received (backing.ts),
// "To X, …" (viewpoint.ts), a participle or noun with its agent after
// "by" (reduced-passive.ts), "X, a critic of Y" (roles.ts), "X had strong
// views on Y" (held-views.ts), "calls from X to …" (authored.ts).
import type { Context } from './content'
import { authoredCue } from './authored'
import { backingCue } from './backing'
import type { Token } from './nlp'
import { heldViewCue } from './held-views'
import { byAgent } from './reduced-passive'
import { roleCue } from './roles'
import type { Candidate } from './rules'
import { viewpointCue } from './viewpoint'

export function nonVerbalCue(ctx: Context, t: Token, first: number, last: number): Candidate | null {
  return backingCue(ctx, t, first, last) ?? viewpointCue(ctx, t, first, last) ?? byAgent(ctx, t, first, last) ?? roleCue(ctx, t, first, last) ?? heldViewCue(ctx, t, first, last) ?? authoredCue(ctx, t, last)
}
