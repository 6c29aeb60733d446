// Counting, for every pair of actors, the concepts they are tied on: the
// inner loop of the congruence and conflict networks, where a big event's
// hundreds of speakers make a million pairs.
/** Counts per pair of actors, in a triangular typed array when the actors
 * are few enough (a few megabytes), in a map otherwise. */
export class PairCounts {
  private readonly counts: Uint32Array | null
  private readonly kinds: Uint8Array | null
  private readonly shared: Uint32Array | null
  /** Where row i of the triangle starts (integers: a typed array index
   * must never be a fraction, or every access takes the slow path). */
  private readonly rowStart: Int32Array
  private readonly map = new Map<number, { count: number; kinds: number; shared: number }>()

  constructor(
    readonly n: number,
    withShared: boolean,
  ) {
    const dense = n <= 3_000
    const size = (n * (n - 1)) / 2
    this.counts = dense ? new Uint32Array(size) : null
    this.kinds = dense ? new Uint8Array(size) : null
    this.shared = dense && withShared ? new Uint32Array(size) : null
    this.rowStart = new Int32Array(dense ? n : 0)
    for (let i = 1; i < this.rowStart.length; i++) this.rowStart[i] = this.rowStart[i - 1] + (n - i)
  }

  add(a: number, b: number, kinds: number, withShared: boolean): void {
    const i = a < b ? a : b
    const j = a < b ? b : a
    if (this.counts) {
      const s = this.rowStart[i] + (j - i - 1)
      if (withShared) this.shared![s]++
      if (!kinds) return
      this.counts[s]++
      this.kinds![s] |= kinds
      return
    }
    const key = i * this.n + j
    let entry = this.map.get(key)
    if (!entry) this.map.set(key, (entry = { count: 0, kinds: 0, shared: 0 }))
    if (withShared) entry.shared++
    if (!kinds) return
    entry.count++
    entry.kinds |= kinds
  }

  /** Every tied pair as parallel arrays: the two actors, the count of
   * concepts they are tied on, the kinds of the tie, and the number of
   * concepts both spoke about (for Jaccard). */
  tied(): { first: Uint32Array; second: Uint32Array; count: Uint32Array; kinds: Uint8Array; shared: Uint32Array } {
    const entries = this.counts ? null : [...this.map].filter(([, e]) => e.count)
    let size = entries?.length ?? 0
    if (this.counts) for (let s = 0; s < this.counts.length; s++) if (this.counts[s]) size++
    const out = { first: new Uint32Array(size), second: new Uint32Array(size), count: new Uint32Array(size), kinds: new Uint8Array(size), shared: new Uint32Array(size) }
    let k = 0
    const put = (i: number, j: number, count: number, kinds: number, shared: number) => {
      out.first[k] = i
      out.second[k] = j
      out.count[k] = count
      out.kinds[k] = kinds
      out.shared[k++] = shared
    }
    if (this.counts) {
      for (let i = 0, s = 0; i < this.n; i++) {
        for (let j = i + 1; j < this.n; j++, s++) if (this.counts[s]) put(i, j, this.counts[s], this.kinds![s], this.shared?.[s] ?? 0)
      }
    } else {
      for (const [key, e] of entries!) put(Math.floor(key / this.n), key % this.n, e.count, e.kinds, e.shared)
    }
    return out
  }
}
