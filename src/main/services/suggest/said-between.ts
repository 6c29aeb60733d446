// "The contrast, said Doyle, would be clear", "And the governor, says Ms.
// Hart, never forgives a slight": "said X" between two commas inside a
// clause names its speaker after the verb; the phrase before it is the
// subject of what X says, not a speaker.
import type { Candidate } from './rules'

/** A cue that can stand between commas with its speaker after it. */
const BETWEEN_CUE = /^(said|say|says|adds|added|notes|noted|argue|argues|argued|writes|wrote)$/i
/** The speaker after it: a name, "the" and a noun ("said the official")
 * or a plural ("say critics", "say many economists"), of a few words, then
 * a comma and the rest of the clause. */
const SPEAKER_AFTER = /^\s*((?:the\s+|[A-Z]|(?:many|some|most|other|several|both)\s+|[a-z]+s\b)[^,;:!?"“”]{0,60}?)\s*,\s*(?=[a-z])/

/** Moves the speaker of such a cue to the name after it; the statement
 * runs from the phrase before it to its end. */
export function speakersBetweenCommas(text: string, candidates: Candidate[]): Candidate[] {
  return candidates.map((c) => {
    if (!c.source || !c.cue || !BETWEEN_CUE.test(text.slice(c.cue.start, c.cue.end))) return c
    if (!/^\s*,\s*$/.test(text.slice(c.source.end, c.cue.start)) || c.content.start < c.cue.end) return c
    const m = SPEAKER_AFTER.exec(text.slice(c.cue.end, c.content.end))
    if (!m) return c
    const start = c.cue.end + m[0].indexOf(m[1])
    return { ...c, source: { start, end: start + m[1].length }, content: { start: c.source.start, end: c.content.end } }
  })
}

/** "CNN, Cruz said, called the announcement significant", "Democrats,
 * Frank notes, applaud …": a verb after "X said" between commas is what X
 * says the subject did; the statement is X's (PolNeAR marks X). */
export function subjectsBeforeSaid(text: string, candidates: Candidate[]): Candidate[] {
  return candidates.map((c) => {
    if (!c.source || !c.cue) return c
    const m = /^\s*,\s*([^,]{1,40}?)\s+(?:said|says|notes|noted|added|argued|wrote|writes)\s*,\s*$/.exec(text.slice(c.source.end, c.cue.start))
    if (!m) return c
    const start = c.source.end + m[0].indexOf(m[1])
    return { ...c, source: { start, end: start + m[1].length } }
  })
}
