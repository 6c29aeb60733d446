// Where the back end's suggestions sit in the editor. The back end speaks in
// plain-text offsets (blocks joined by a blank line, as Claim.start/end do);
// the editor in document positions. A suggestion whose words are no longer
// at its offsets (the text was edited since it was computed) is left out
// rather than drawn on the wrong words.
import type { Node as PMNode } from '@tiptap/pm/model'
import type { ClaimSuggestion, TextSpan } from '../../../../../shared/contract-suggest'
import { BLOCK_SEPARATOR, lastStartAtOrBefore } from '../../../../../shared/body'
import { overlapsByHalf } from '../../../../../shared/span-overlap'
import { claimSpansOf } from '../editorClaims'

export type Range = { from: number; to: number }

/** A suggestion with its spans as document positions. */
export type PlacedSuggestion = {
  suggestion: ClaimSuggestion
  content: Range
  source: Range | null
  cue: Range | null
  /** The index of the block (paragraph) the content starts in. */
  block: number
}

type Block = { start: number; end: number; pos: number }

/** Each block's plain-text start and end and its document position. */
function blocksOf(doc: PMNode): Block[] {
  const blocks: Block[] = []
  let offset = 0
  doc.forEach((node, pos) => {
    blocks.push({ start: offset, end: offset + node.textContent.length, pos })
    offset += node.textContent.length + BLOCK_SEPARATOR.length
  })
  return blocks
}

/** The block holding a plain-text offset (an offset inside a separator
 * belongs to the block before it), by binary search. */
function blockAt(blocks: Block[], offset: number): number {
  return lastStartAtOrBefore(blocks.length, (i) => blocks[i].start, offset)
}

function toPos(blocks: Block[], offset: number): number {
  const block = blocks[blockAt(blocks, offset)]
  return block.pos + 1 + Math.min(offset, block.end) - block.start
}

function placeSpan(doc: PMNode, blocks: Block[], span: TextSpan | null): Range | null {
  if (!span || span.end <= span.start || blocks.length === 0) return null
  const range = { from: toPos(blocks, span.start), to: toPos(blocks, span.end) }
  return doc.textBetween(range.from, range.to, BLOCK_SEPARATOR) === span.text ? range : null
}

/** The suggestions placed in the document, in text order; those whose
 * content no longer matches the text are dropped (a missing speaker or cue
 * span only loses its faint mark). */
export function placeSuggestions(doc: PMNode, suggestions: readonly ClaimSuggestion[]): PlacedSuggestion[] {
  const blocks = blocksOf(doc)
  const placed: PlacedSuggestion[] = []
  for (const suggestion of suggestions) {
    const content = placeSpan(doc, blocks, suggestion.content)
    if (!content) continue
    placed.push({ suggestion, content, source: placeSpan(doc, blocks, suggestion.source), cue: placeSpan(doc, blocks, suggestion.cue), block: blockAt(blocks, suggestion.content.start) })
  }
  return placed.sort((a, b) => a.content.from - b.content.from || b.content.to - a.content.to)
}

/** The suggestions no claim in the document codes yet (a claim overlapping
 * the content by half of the shorter of the two: the back end's and the
 * evaluation's rule, `overlapsByHalf`): one is hidden as soon as it is
 * accepted, even with narrowed boundaries, and comes back when that claim is
 * undone or deleted. */
export function uncovered(doc: PMNode, placed: readonly PlacedSuggestion[]): PlacedSuggestion[] {
  const claims = claimSpansOf(doc)
  if (claims.length === 0) return [...placed]
  const reach = reachOf(claims)
  return placed.filter(({ content }) => {
    // Only claims starting before the content's end and reaching into it
    // can overlap it: a backwards scan stops where nothing earlier reaches.
    for (let i = lastStartingBefore(claims, content.to); i >= 0 && reach[i] > content.from; i--) {
      const c = claims[i]
      if (overlapsByHalf(c.from, c.to, content.from, content.to)) return false
    }
    return true
  })
}

/** For each claim (in text order), the furthest end of it and the claims
 * before it: a backwards scan stops where nothing earlier reaches further. */
const reaches = new WeakMap<readonly { to: number }[], number[]>()
function reachOf(claims: readonly { to: number }[]): number[] {
  let reach = reaches.get(claims)
  if (!reach) {
    reach = []
    for (const c of claims) reach.push(Math.max(c.to, reach[reach.length - 1] ?? -1))
    reaches.set(claims, reach)
  }
  return reach
}

/** The index of the last claim starting before `pos` (-1 when none). */
function lastStartingBefore(claims: readonly { from: number }[], pos: number): number {
  let low = 0
  let high = claims.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (claims[mid].from < pos) low = mid + 1
    else high = mid
  }
  return low - 1
}

/** The block index of a document position. */
export function blockIndexAt(doc: PMNode, pos: number): number {
  return doc.resolve(Math.max(0, Math.min(pos, doc.content.size))).index(0)
}
