// Work on a stream of items, started a few items ahead of the one being
// finished: the batch import parses the next files in its workers while the
// main thread stores the current one.

/** The items of `source` in order, each started (`start`) up to `size`
 * items before its turn: a pump pulls from the source on its own, so an item
 * whose turn has come is given at once even while the source is still
 * waiting for the next (an upload in progress), and the next items are
 * being prepared while one is being stored. */
export async function* ahead<T, U>(source: AsyncIterable<T>, size: number, start: (item: T) => U): AsyncGenerator<{ item: T; started: U }> {
  const queue: { item: T; started: U }[] = []
  let ended = false
  let stopped = false
  let failure: unknown = null
  const wake: { consumer: (() => void) | null; producer: (() => void) | null } = { consumer: null, producer: null }
  const pump = (async () => {
    try {
      for await (const item of source) {
        queue.push({ item, started: start(item) })
        wake.consumer?.()
        while (queue.length > size && !stopped) await new Promise<void>((resolve) => (wake.producer = resolve))
        if (stopped) break
      }
    } catch (err) {
      failure = err
    } finally {
      ended = true
      wake.consumer?.()
    }
  })()
  try {
    for (;;) {
      const head = queue.shift()
      if (head) {
        wake.producer?.()
        yield head
        continue
      }
      if (ended) {
        if (failure) throw failure
        return
      }
      await new Promise<void>((resolve) => (wake.consumer = resolve))
    }
  } finally {
    // The consumer stopped early (a cancel): let the pump go too.
    stopped = true
    wake.producer?.()
    void pump
  }
}
