// "it" as the subject of a verb of intent stands for a body named before
// ("The harbour board met on Monday. It plans to raise fees."): it holds
// the view. A thing that shows or allows something, or "it" as an object,
// holds none (institutional-it.ts). Sentences written here.
import { describe, expect, it } from 'vitest'
import { found } from '../helpers/suggestion-spans'

describe('"it" before a verb of intent', () => {
  it('holds the view', () => {
    expect(found('The harbour board met on Monday. It plans to raise the ferry fees next year.').map((c) => [c.source, c.cue])).toContainEqual(['It', 'plans'])
    expect(found('The port authority is braced for a dispute it expects to last into the spring.').map((c) => c.source)).toContain('it')
  })

  it('holds none as a thing that shows or allows', () => {
    expect(found('The new pier is cheap. It allows ferries to dock at night.').map((c) => c.source)).not.toContain('It')
  })
})
