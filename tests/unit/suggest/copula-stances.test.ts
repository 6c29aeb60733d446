// Stances said with "be" and a preposition or a role noun rather than an
// adjective: "are against", "is in favor of", "is open to", "were early
// supporters of"; on sentences written here with the spans they must find.
import { describe, expect, it } from 'vitest'
import { foundSpans as found } from '../helpers/suggestion-spans'

describe('"be" with a preposition of stance', () => {
  it('reads "are against", "is in favor of" and "is open to"', () => {
    expect(found('Most farmers are against raising the fuel tax.')).toEqual([
      { content: 'raising the fuel tax', source: 'Most farmers', cue: 'are against' },
    ])
    expect(found('The mayor is in favor of the new stadium.')).toEqual([
      { content: 'the new stadium', source: 'The mayor', cue: 'is in favor of' },
    ])
    expect(found('The governor is open to changing the tax.')).toEqual([
      { content: 'changing the tax', source: 'The governor', cue: 'is open to' },
    ])
  })

  it('wants a person or group as subject', () => {
    expect(found('The museum is open to the public on Sundays.')).toEqual([])
  })
})

describe('"be" with a role of stance', () => {
  it('reads a plural role and one "among" or "one of" several', () => {
    expect(found('Nurses were early supporters of the governor.')).toEqual([
      { content: 'the governor', source: 'Nurses', cue: 'were early supporters of' },
    ])
    expect(found('The actor is one of the loudest critics of the mayor.')).toEqual([
      { content: 'the mayor', source: 'The actor', cue: 'is one of the loudest critics of' },
    ])
    expect(found('Farm groups were among the first backers of the bill.')).toEqual([
      { content: 'the bill', source: 'Farm groups', cue: 'were among the first backers of' },
    ])
  })
})
