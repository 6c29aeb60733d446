// "Trump has blasted the delegate system, which he said runs the risk …",
// "Rubio attacked Trump, whom he called a con artist", "… on what she
// called an extraordinary campaign": a pronoun that says or calls inside a
// relative clause of someone's statement is that speaker again, aside in
// the middle of what they say; PolNeAR marks the outer speaker.
import { contains } from './content'
import type { Candidate } from './rules'

/** Pronoun, and what stands before it: a relative word, or a plural noun
 * with none ("provisions he said would …"; not "was", "his", "as" …). */
const PRONOUN = /^(he|she|they)$/i
const RELATIVE_BEFORE = /\b(which|whom|what|(?!(?:was|is|has|says|as|thus|this|his|its|us|does|yes|less|unless|plus)\s)[a-z]+s)\s*$/
/** Only "said" and "called" (and their forms) are such asides; "which he
 * believes" or "which she wants" are views of their own. */
const ASIDE_CUE = /^(said|says|say|called|calls|call)$/i

/** "she" cannot stand for an outer "he" or "Mr. Hale", and the reverse;
 * "they" for neither. */
const MALE = /^(he|mr\.?)(\s|$)/i
const FEMALE = /^(she|mrs\.?|ms\.?)(\s|$)/i
const clash = (inner: string, outer: string) =>
  /^she$/i.test(inner) ? MALE.test(outer) : /^he$/i.test(inner) ? FEMALE.test(outer) : MALE.test(outer) || FEMALE.test(outer)

/** Gives an aside of that kind the speaker of the statement it stands in. */
export function asidesOfOuterSpeaker(text: string, candidates: Candidate[]): Candidate[] {
  return candidates.map((c) => {
    if (!c.source || !c.cue) return c
    const pronoun = text.slice(c.source.start, c.source.end)
    if (!PRONOUN.test(pronoun) || !ASIDE_CUE.test(text.slice(c.cue.start, c.cue.end))) return c
    if (!/^\s*$/.test(text.slice(c.source.end, c.cue.start))) return c
    if (!RELATIVE_BEFORE.test(text.slice(Math.max(0, c.source.start - 12), c.source.start))) return c
    // The nearest statement around it ("Hale said he admired the senator,
    // whom she called …": "he admired", where "she" is someone else).
    const outer = candidates
      .filter((o) => o !== c && o.source && o.cue && o.source.end <= c.source!.start && contains(o.content, c.cue!) && contains(o.content, c.source!))
      .sort((a, b) => b.source!.start - a.source!.start)[0]
    if (!outer || clash(pronoun, text.slice(outer.source!.start, outer.source!.end))) return c
    return { ...c, source: outer.source }
  })
}
