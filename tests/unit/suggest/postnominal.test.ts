// Attitudes without "be": an adjective of attitude right after the noun
// it describes ("parents reluctant to …") or after the comma that closes
// a clause, describing its subject; on sentences written here.
import { describe, expect, it } from 'vitest'
import { foundSpans as found } from '../helpers/suggestion-spans'

describe('an attitude adjective after its noun', () => {
  it('reads "parents reluctant to", "residents angry about"', () => {
    expect(found('The district courted parents reluctant to move their children.')).toContainEqual({
      content: 'move their children',
      source: 'parents',
      cue: 'reluctant to',
    })
    expect(found('Residents angry about the toll blocked the bridge.')).toContainEqual({
      content: 'the toll',
      source: 'Residents',
      cue: 'angry about',
    })
  })

  it('reads past an adverb: "many of them deeply skeptical about"', () => {
    expect(found('The delegates gathered, many of them deeply skeptical about the nominee.')).toContainEqual({
      content: 'the nominee',
      source: 'them',
      cue: 'skeptical about',
    })
  })

  it('wants a person or group, and leaves "certain to" alone', () => {
    expect(found('The bill certain to pass tomorrow is long.')).toEqual([])
    expect(found('A storm angry about nothing hit the coast.')).toEqual([])
  })
})

describe('an attitude adjective after a comma', () => {
  it('describes the subject of the clause before it', () => {
    expect(found('The mayor cancelled the parade, wary of another protest.')).toContainEqual({
      content: 'another protest',
      source: 'The mayor',
      cue: 'wary of',
    })
  })
})
