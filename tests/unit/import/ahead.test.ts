// The batch import prepares files ahead of their turn, in order, without
// waiting for a source that is still receiving files.
import { describe, expect, it } from 'vitest'
import { ahead } from '../../../src/main/services/jobs/ahead'

async function* slowSource(items: number[], gapMs: number) {
  for (const i of items) {
    await new Promise((r) => setTimeout(r, gapMs))
    yield i
  }
}

describe('ahead', () => {
  it('starts the next items while one is being handled, and keeps their order', async () => {
    const started: number[] = []
    const seen: { item: number; startedBefore: number[] }[] = []
    for await (const { item, started: s } of ahead(slowSource([1, 2, 3, 4, 5], 1), 2, (i) => (started.push(i), i * 10))) {
      await new Promise((r) => setTimeout(r, 30))
      seen.push({ item, startedBefore: [...started] })
      expect(s).toBe(item * 10)
    }
    expect(seen.map((s) => s.item)).toEqual([1, 2, 3, 4, 5])
    // While the first item was handled, the next ones were started (the
    // queue holds up to size + 1).
    expect(seen[0].startedBefore).toEqual([1, 2, 3, 4])
  })

  it('gives an item at once while the source is still waiting for the next', async () => {
    let release!: () => void
    async function* uploads() {
      yield 1
      await new Promise<void>((r) => (release = r))
      yield 2
    }
    const got: number[] = []
    for await (const { item } of ahead(uploads(), 2, (i) => i)) {
      got.push(item)
      if (item === 1) setTimeout(() => release(), 10)
    }
    expect(got).toEqual([1, 2])
  })

  it('lets the source go when the consumer stops early', async () => {
    let finished = false
    async function* endless() {
      try {
        for (let i = 0; ; i++) yield i
      } finally {
        finished = true
      }
    }
    for await (const { item } of ahead(endless(), 2, (i) => i)) if (item === 3) break
    await new Promise((r) => setTimeout(r, 10))
    expect(finished).toBe(true)
  })
})
