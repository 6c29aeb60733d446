// A compact full-text index: for each word, the documents that hold it and
// how often (weighted by field), in typed arrays. Ranking is BM25; a query
// word also matches the indexed words it is a prefix of and those within one
// or two typos of it (fuzzy), with lower weights; every query word must match
// (AND).
//
// Why not MiniSearch: measured on 10,000 synthetic articles of 700 words
// built from PolNeAR paragraphs, MiniSearch took 20 s to build, 4 s to load
// its 41 MB JSON, 1.1 GB of heap, and up to 260 ms per prefix+fuzzy query.
// This index keeps the same query features in typed arrays (a few bytes per
// word and document) and is saved as a handful of binary blocks. See
// bench/library.mjs for its figures.
import { withinDistance } from './fuzzy'
import { eachTerm } from './tokenize'

const K1 = 1.2
const B = 0.75
/** How many indexed words a prefix stands for, at most, by its length:
 * “t” begins thousands of words; the most common ones are enough to rank
 * while the user is still typing. */
const MAX_PREFIX_EXPANSIONS = [0, 10, 25, 50, 100]
const MAX_FUZZY_EXPANSIONS = 10
/** Typos are looked for in words of 5 letters and more (one), 9 and more
 * (two); shorter words have too many neighbours to guess from. */
const FUZZY_MIN_LENGTH = 5
const FUZZY_TWO_EDITS = 9

class Postings {
  constructor(
    public docs: Uint32Array = new Uint32Array(4),
    public tfs: Uint16Array = new Uint16Array(4),
    public n = 0,
  ) {}

  push(doc: number, tf: number): void {
    if (this.n === this.docs.length) {
      const docs = new Uint32Array(Math.max(4, this.n * 2))
      const tfs = new Uint16Array(docs.length)
      docs.set(this.docs.subarray(0, this.n))
      tfs.set(this.tfs.subarray(0, this.n))
      this.docs = docs
      this.tfs = tfs
    }
    this.docs[this.n] = doc
    this.tfs[this.n] = tf
    this.n++
  }
}

export type IndexField = { text: string; weight: number }

/** The saved form: every live document renumbered 0…n-1 in the order the
 * caller gave, each word's postings one slice of `docs`/`tfs`. */
export type IndexSnapshot = { terms: string[]; offsets: Uint32Array; docs: Uint32Array; tfs: Uint16Array; docLen: Float32Array }

export type SearchHit = { ordinal: number; score: number }

function grow<T extends Float32Array | Uint8Array>(array: T, size: number, make: (n: number) => T): T {
  if (size <= array.length) return array
  const next = make(Math.max(size, array.length * 2))
  next.set(array)
  return next
}

export class InvertedIndex {
  private readonly termIds = new Map<string, number>()
  private readonly termList: string[] = []
  private readonly postings: Postings[] = []
  private docLen = new Float32Array(1024)
  private alive = new Uint8Array(1024)
  private docCount = 0
  private live = 0
  private totalLen = 0
  /** For prefix and fuzzy matching; rebuilt lazily after new words. */
  private sorted: string[] | null = null
  private byLength: string[][] | null = null

  static fromSnapshot(s: IndexSnapshot): InvertedIndex {
    const index = new InvertedIndex()
    s.terms.forEach((term, id) => {
      index.termIds.set(term, id)
      index.termList.push(term)
      const from = s.offsets[id]
      const to = s.offsets[id + 1]
      index.postings.push(new Postings(s.docs.subarray(from, to), s.tfs.subarray(from, to), to - from))
    })
    index.docCount = s.docLen.length
    index.docLen = new Float32Array(Math.max(1024, s.docLen.length))
    index.docLen.set(s.docLen)
    index.alive = new Uint8Array(Math.max(1024, s.docLen.length))
    index.alive.fill(1, 0, s.docLen.length)
    index.live = s.docLen.length
    index.totalLen = s.docLen.reduce((a, b) => a + b, 0)
    return index
  }

  get size(): number {
    return this.live
  }

  /** Documents removed but still taking room (see snapshot). */
  get deadCount(): number {
    return this.docCount - this.live
  }

  get termCount(): number {
    return this.termList.length
  }

  /** Adds a document; returns its ordinal. `counted`: words of a field
   * already counted (see text-stats.ts), added as they are. */
  add(fields: IndexField[], counted?: { counts: Iterable<[string, number]>; length: number }): number {
    const ordinal = this.docCount++
    this.docLen = grow(this.docLen, this.docCount, (n) => new Float32Array(n))
    this.alive = grow(this.alive, this.docCount, (n) => new Uint8Array(n))
    // Counted by word first, then each distinct word looked up once: the
    // lookups are most of the cost of indexing.
    const counts = new Map<string, number>()
    let length = 0
    for (const { text, weight } of fields) {
      eachTerm(text, (term) => {
        counts.set(term, (counts.get(term) ?? 0) + weight)
        length += weight
      })
    }
    if (counted) {
      for (const [term, tf] of counted.counts) counts.set(term, (counts.get(term) ?? 0) + tf)
      length += counted.length
    }
    for (const [term, tf] of counts) {
      let id = this.termIds.get(term)
      if (id === undefined) {
        id = this.termList.length
        this.termIds.set(term, id)
        this.termList.push(term)
        this.postings.push(new Postings())
        this.sorted = null
        this.byLength = null
      }
      this.postings[id].push(ordinal, Math.min(tf, 65_535))
    }
    this.norms = null
    this.docLen[ordinal] = length
    this.alive[ordinal] = 1
    this.live++
    this.totalLen += length
    return ordinal
  }

  remove(ordinal: number): void {
    if (ordinal >= this.docCount || !this.alive[ordinal]) return
    this.norms = null
    this.alive[ordinal] = 0
    this.live--
    this.totalLen -= this.docLen[ordinal]
  }

  /** Documents matching every query word, with their scores, and the set of
   * indexed words each query word was expanded to (for highlighting). */
  search(terms: string[], options: { prefix: boolean; fuzzy: boolean }): { hits: SearchHit[]; expansions: Set<string> } {
    const expansions = new Set<string>()
    if (!terms.length || !this.live) return { hits: [], expansions }
    const norms = this.lengthNorms()
    let combined: Float32Array | null = null
    for (const term of terms) {
      const scores = new Float32Array(this.docCount)
      for (const [id, weight] of this.expand(term, options)) {
        expansions.add(this.termList[id])
        const p = this.postings[id]
        const factor = weight * Math.log(1 + (this.live - p.n + 0.5) / (p.n + 0.5)) * (K1 + 1)
        const { docs, tfs } = p
        for (let k = 0; k < p.n; k++) {
          const doc = docs[k]
          // Removed documents have an infinite norm: they score nothing.
          const tf = tfs[k]
          scores[doc] += (factor * tf) / (tf + norms[doc])
        }
      }
      if (combined === null) combined = scores
      else for (let d = 0; d < combined.length; d++) combined[d] = combined[d] > 0 && scores[d] > 0 ? combined[d] + scores[d] : 0
    }
    const hits: SearchHit[] = []
    for (let d = 0; d < combined!.length; d++) if (combined![d] > 0) hits.push({ ordinal: d, score: combined![d] })
    return { hits, expansions }
  }

  /** BM25's length normalisation of each document, kept until documents
   * change; Infinity for removed ones. */
  private norms: Float32Array | null = null
  private lengthNorms(): Float32Array {
    if (this.norms && this.norms.length === this.docCount) return this.norms
    const avgLen = this.totalLen / Math.max(1, this.live)
    const norms = new Float32Array(this.docCount)
    for (let d = 0; d < this.docCount; d++) norms[d] = this.alive[d] ? K1 * (1 - B + (B * this.docLen[d]) / avgLen) : Number.POSITIVE_INFINITY
    this.norms = norms
    return norms
  }

  /** The indexed words a query word stands for, with their weights: itself
   * (1), words it begins (less, the longer they are), words within a typo or
   * two (less still). Expansions are capped, keeping the most common. */
  private expand(term: string, options: { prefix: boolean; fuzzy: boolean }): Map<number, number> {
    const out = new Map<number, number>()
    const exact = this.termIds.get(term)
    if (exact !== undefined) out.set(exact, 1)
    const byFrequency = (a: string, b: string) => this.postings[this.termIds.get(b)!].n - this.postings[this.termIds.get(a)!].n
    if (options.prefix) {
      const sorted = this.sortedTerms()
      let lo = 0
      let hi = sorted.length
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        if (sorted[mid] < term) lo = mid + 1
        else hi = mid
      }
      const found: string[] = []
      for (let i = lo; i < sorted.length && sorted[i].startsWith(term); i++) if (sorted[i] !== term) found.push(sorted[i])
      const cap = MAX_PREFIX_EXPANSIONS[Math.min(term.length, MAX_PREFIX_EXPANSIONS.length - 1)]
      if (found.length > cap) found.sort(byFrequency).length = cap
      for (const word of found) out.set(this.termIds.get(word)!, 0.5 * (term.length / word.length))
    }
    if (options.fuzzy && term.length >= FUZZY_MIN_LENGTH) {
      const max = term.length >= FUZZY_TWO_EDITS ? 2 : 1
      const buckets = this.lengthBuckets()
      const found: { word: string; distance: number }[] = []
      for (let len = term.length - max; len <= term.length + max; len++) {
        for (const word of buckets[len] ?? []) {
          const distance = withinDistance(term, word, max)
          if (distance && !out.has(this.termIds.get(word)!)) found.push({ word, distance })
        }
      }
      found.sort((a, b) => a.distance - b.distance || byFrequency(a.word, b.word))
      for (const { word, distance } of found.slice(0, MAX_FUZZY_EXPANSIONS)) out.set(this.termIds.get(word)!, distance === 1 ? 0.35 : 0.2)
    }
    return out
  }

  private sortedTerms(): string[] {
    this.sorted ??= [...this.termList].sort()
    return this.sorted
  }

  private lengthBuckets(): string[][] {
    if (!this.byLength) {
      const buckets: string[][] = []
      for (const word of this.termList) (buckets[word.length] ??= []).push(word)
      this.byLength = buckets
    }
    return this.byLength
  }

  /** The index with only live documents, renumbered in `order` (old
   * ordinals), ready to be saved. */
  snapshot(order: number[]): IndexSnapshot {
    const renumber = new Int32Array(this.docCount).fill(-1)
    order.forEach((old, i) => {
      if (old < this.docCount && this.alive[old]) renumber[old] = i
    })
    const terms: string[] = []
    const offsets: number[] = [0]
    let total = 0
    for (const p of this.postings) for (let k = 0; k < p.n; k++) if (renumber[p.docs[k]] >= 0) total++
    const docs = new Uint32Array(total)
    const tfs = new Uint16Array(total)
    let at = 0
    this.postings.forEach((p, id) => {
      const start = at
      for (let k = 0; k < p.n; k++) {
        const doc = renumber[p.docs[k]]
        if (doc < 0) continue
        docs[at] = doc
        tfs[at] = p.tfs[k]
        at++
      }
      if (at > start) {
        terms.push(this.termList[id])
        offsets.push(at)
      }
    })
    const docLen = new Float32Array(order.length)
    order.forEach((old, i) => {
      docLen[i] = this.docLen[old] ?? 0
    })
    return { terms, offsets: Uint32Array.from(offsets), docs, tfs, docLen }
  }
}
