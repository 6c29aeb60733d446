// Interview transcripts: "KELLY: Why not debate?
// BENENSON: He said he'd never run a negative ad. They're now planning …".
// A turn belongs to the one its label names, up to the next label or the
// end of the paragraph: "I think …", "they're planning …" inside it are
// what that person says in the interview (PolNeAR marks the turn's speaker).
import type { Candidate, Span } from './rules'

/** A label: a name in capitals ("FALLIN", "JOEL BENENSON", "O'REILLY"),
 * at the start of a paragraph or after a sentence's end. ("Q:" and "A:"
 * are left out: the answers of an unnamed "A" are told in the first
 * person, and "I think …" there is marked as said by "I".) */
const LABEL = /(^|\n|[.?!]["”]?[ \t]+)((?:[A-Z][A-Z.'’-]+ ){0,3}[A-Z][A-Z.'’-]+):[ \t]+(?=\S)/g

/** Capitals that head a note, not a speaker ("UPDATE: …", "WATCH: …"). */
const NOT_SPEAKERS = new Set(
  `UPDATE|UPDATED|NOTE|EDITOR'S NOTE|EDITOR’S NOTE|CORRECTION|CLARIFICATION|BREAKING|WATCH|RELATED|READ MORE|FULL TEXT|ABSTRACT|
  PHOTO|PHOTOS|VIDEO|SOURCE|SOURCES|CREDIT|WARNING|DISCLAIMER|SPOILER|BOTTOM LINE|THE BOTTOM LINE|PS|P.S.|FACT CHECK|VERDICT|
  CLAIM|ANALYSIS|OPINION|ISSUE|WHAT|WHO|WHERE|WHEN|WHY|HOW|TOPICS|TAGS|LISTEN|SUBSCRIBE`
    .split('|')
    .map((w) => w.trim()),
)

export interface Turn {
  label: Span
  start: number
  end: number
}

/** The turns of every transcript in the text. */
export function transcriptTurns(text: string): Turn[] {
  const labels: { label: Span; start: number }[] = []
  for (const m of text.matchAll(LABEL)) {
    if (NOT_SPEAKERS.has(m[2])) continue
    const start = m.index! + m[1].length
    labels.push({ label: { start, end: start + m[2].length }, start: m.index! + m[0].length })
  }
  // A transcript has two voices at least; a lone "BREAKING:" is a header.
  if (new Set(labels.map((l) => text.slice(l.label.start, l.label.end))).size < 2) return []
  return labels.map((l, i) => {
    const paragraph = text.indexOf('\n', l.start)
    const next = labels[i + 1]?.label.start ?? text.length
    return { label: l.label, start: l.start, end: Math.min(next, paragraph < 0 ? text.length : paragraph) }
  })
}

/** Gives every statement inside a turn the turn's speaker: "I think …",
 * "they're planning …", even "he said …" are what that person says in the
 * interview (PolNeAR marks the turn's speaker). */
export function spokenInTurns(text: string, candidates: Candidate[]): Candidate[] {
  const turns = transcriptTurns(text)
  if (!turns.length) return candidates
  return candidates.map((c) => {
    const at = c.cue ?? c.content
    const turn = turns.find((t) => t.start <= at.start && at.end <= t.end)
    return turn ? { ...c, source: turn.label } : c
  })
}
