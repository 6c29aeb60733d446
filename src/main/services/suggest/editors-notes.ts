// An editor's note ("Editor's note: …", "Editor’s Note — …") is the
// publication speaking about the article or its subject, set apart from
// the report: a line of boilerplate, not a statement the article reports.
// Statements whose cue lies in one are left out.
import type { Candidate } from './rules'

const NOTE = /^[ \t*_]*editor[’']?s[’']? note\b/i

/** The [start, end) ranges of the paragraphs (lines) that open as an
 * editor's note. */
function noteRanges(text: string): [number, number][] {
  const ranges: [number, number][] = []
  let start = 0
  for (const line of text.split('\n')) {
    if (NOTE.test(line)) ranges.push([start, start + line.length])
    start += line.length + 1
  }
  return ranges
}

export function withoutEditorsNotes(text: string, candidates: Candidate[]): Candidate[] {
  const notes = noteRanges(text)
  if (!notes.length) return candidates
  const at = (c: Candidate) => c.cue?.start ?? c.content.start
  return candidates.filter((c) => !notes.some(([a, b]) => at(c) >= a && at(c) < b))
}
