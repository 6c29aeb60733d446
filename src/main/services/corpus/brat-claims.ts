// brat attributions to claims. Each attribution (an E line) becomes one
// claim: its quote runs from the first character of its Content span(s) to
// the last (a content split into fragments, or into several Content spans,
// is covered whole), its speakers are its Source spans as actors, its cue
// is the Cue span's text, and its kind is proposed from the cue. The claim is
// placed as a claim mark in the body (addClaimMark), through the offset map
// of the verbatim text, so it covers exactly the characters the .ann names.
import { nanoid } from 'nanoid'
import { addClaimMark, bodyFromParagraphs } from '../../../shared/body'
import type { Body, Claim } from '../../../shared/domain'
import { reconcileClaims } from '../api/articles'
import type { ActorMatcher } from './actor-match'
import { extent, type BratAttribution, type BratDocument, type BratSpan } from './brat'
import { kindFromCue } from './cue-kind'
import { codePointOffsets, type VerbatimText } from './verbatim'

export type BratClaims = { body: Body; claims: Claim[]; problems: string[] }

type Extra = Pick<Claim, 'speakers' | 'cue' | 'note' | 'tags'>

/** `previous`: the body and claims of an earlier .ann of the same text (a
 * second annotator), which the new claims are added to. */
export function claimsFromBrat(
  verbatim: VerbatimText,
  ann: BratDocument,
  matcher: ActorMatcher,
  options: { bom: boolean; annotator: string; previous?: { body: Body; claims: Claim[] } },
): BratClaims {
  const toUnit = codePointOffsets(verbatim.text)
  // A byte-order mark is a character to brat (Python reads it as U+FEFF)
  // but not part of the decoded text.
  const shift = options.bom ? 1 : 0
  const codePoints = [...verbatim.text].length
  const at = (offset: number) => toUnit(offset - shift)
  const textOf = (span: BratSpan) => span.fragments.map(([a, b]) => verbatim.text.slice(at(a), at(b))).join(' ')
  const fits = (span: BratSpan) => span.fragments.every(([a, b]) => a - shift >= 0 && b - shift <= codePoints)

  const problems = [...ann.problems]
  const extras = new Map<string, Extra>()
  let body = options.previous?.body ?? bodyFromParagraphs(verbatim.paragraphs)
  const tags = options.annotator ? [`annotator:${options.annotator}`] : []

  for (const attribution of ann.attributions) {
    const named = [...attribution.contents, ...attribution.cues, ...attribution.sources]
    if (named.some((s) => !fits(s))) {
      problems.push(`${attribution.id}: its offsets run past the end of the text; the .ann file may belong to another version of it.`)
      continue
    }
    if (named.some((s) => s.text && s.text !== textOf(s))) {
      problems.push(`${attribution.id}: the text at its offsets is not the text the .ann file quotes; the .ann file may belong to another version of the text.`)
      continue
    }
    const placed = place(attribution)
    if (!placed) {
      problems.push(`${attribution.id}: it has no content, cue or trigger span to place a claim on.`)
      continue
    }
    const start = verbatim.toBody(at(placed.range[0]), 'start')
    const end = verbatim.toBody(at(placed.range[1]), 'end')
    if (!(start < end)) {
      problems.push(`${attribution.id}: its content is only white space.`)
      continue
    }
    const cue = attribution.cues.map(textOf).join(' … ').slice(0, 1_000)
    const speakers: string[] = []
    const unnamed: string[] = []
    for (const source of attribution.sources) {
      const id = matcher.resolve(textOf(source))
      if (id) {
        if (!speakers.includes(id)) speakers.push(id)
      } else unnamed.push(`“${textOf(source)}”`)
    }
    const notes = [placed.note, unnamed.length ? `Source in the annotation: ${unnamed.join(', ')}.` : ''].filter(Boolean)
    const id = nanoid(12)
    body = addClaimMark(body, start, end, id, kindFromCue(cue))
    extras.set(id, { speakers, cue, note: notes.join(' ').slice(0, 100_000), tags })
  }
  const claims = reconcileClaims(options.previous?.claims ?? [], body).map((claim) => ({ ...claim, ...extras.get(claim.id) }))
  return { body, claims, problems }
}

/** Where a claim goes: its content, or (when the annotation names none) its
 * cue, or its trigger, with a note saying so. */
function place(attribution: BratAttribution): { range: [number, number]; note: string } | null {
  const content = extent(attribution.contents)
  if (content) return { range: content, note: '' }
  const cue = extent(attribution.cues) ?? extent(attribution.trigger ? [attribution.trigger] : [])
  return cue ? { range: cue, note: 'The annotation names no content; the claim is placed on its cue.' } : null
}
