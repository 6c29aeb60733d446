// Adjusting a suggestion's boundaries a word at a time before accepting it
// (the keys , and . move its start, < and > its end; Shift and the arrow
// keys move the end a character at a time, as in any selection). Steps stay
// inside the paragraph and never leave the range empty.
import type { Node as PMNode } from '@tiptap/pm/model'
import type { Range } from './placement'

export type Edge = 'start' | 'end'
export type Direction = 'earlier' | 'later'

/** Letters and digits, and an apostrophe or hyphen inside a word ("Russia’s", "President-elect"). */
const WORD_CHAR = /[\p{L}\p{N}'’-]/u
const isWord = (text: string, i: number) => i >= 0 && i < text.length && WORD_CHAR.test(text[i])

/** The next word start after `i` in a text (its length when there is none). */
export function nextWordStart(text: string, i: number): number {
  while (isWord(text, i)) i++
  while (i < text.length && !isWord(text, i)) i++
  return i
}

/** The start of the word before `i` (0 when there is none). */
export function previousWordStart(text: string, i: number): number {
  while (i > 0 && !isWord(text, i - 1)) i--
  while (i > 0 && isWord(text, i - 1)) i--
  return i
}

/** The end of the word after `i` (the text's length when there is none). */
export function nextWordEnd(text: string, i: number): number {
  while (i < text.length && !isWord(text, i)) i++
  while (isWord(text, i)) i++
  return i
}

/** The end of the word before the last one ending at or before `i`: where
 * the range ends without its last word (0 when there is none). */
export function previousWordEnd(text: string, i: number): number {
  while (i > 0 && !isWord(text, i - 1)) i--
  while (i > 0 && isWord(text, i - 1)) i--
  while (i > 0 && !isWord(text, i - 1)) i--
  return i
}

/** The range with one edge moved by a word, within that edge's paragraph;
 * the same range when the step would empty it or leave the paragraph. */
export function stepBoundary(doc: PMNode, range: Range, edge: Edge, direction: Direction): Range {
  const at = edge === 'start' ? range.from : range.to
  const $at = doc.resolve(at)
  const blockStart = $at.start()
  const text = $at.parent.textContent
  const offset = at - blockStart
  const step = edge === 'start' ? (direction === 'earlier' ? previousWordStart : nextWordStart) : direction === 'earlier' ? previousWordEnd : nextWordEnd
  const moved = blockStart + step(text, offset)
  const next = edge === 'start' ? { from: moved, to: range.to } : { from: range.from, to: moved }
  return next.from < next.to ? next : range
}
