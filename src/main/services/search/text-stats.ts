// What the search index and the duplicate check need from an article's
// text, in one scan: how often each indexable word occurs, the text's
// length in words, and its duplicate key. The batch import works this out in
// its worker thread, so that the main thread only files the counts away.
import { createHash } from 'node:crypto'
import { eachTerm } from './tokenize'

export type TextStats = {
  /** See import/duplicates.ts. */
  hash: string
  /** Indexable words (two letters and more) and how often each occurs. */
  counts: [string, number][]
  /** How many indexable words in all. */
  length: number
}

export function textStats(text: string): TextStats {
  const words: string[] = []
  const counts = new Map<string, number>()
  let length = 0
  eachTerm(
    text,
    (term) => {
      words.push(term)
      if (term.length < 2) return
      counts.set(term, (counts.get(term) ?? 0) + 1)
      length++
    },
    1,
  )
  return { hash: createHash('sha256').update(words.join(' ')).digest('hex'), counts: [...counts], length }
}
