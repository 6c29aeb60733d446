// Verbs of the lexicon that the tagger reads as nouns or adjectives, found
// again from the subject before them and what they govern; on sentences
// written here with the spans they must find.
import { describe, expect, it } from 'vitest'
import { foundSpans as found } from '../helpers/suggestion-spans'

describe('a bare verb after a plural subject', () => {
  it('reads "police charge", "officials welcome", "soldiers mock", "Republicans plan to"', () => {
    expect(found('Local police charge the driver with reckless endangerment.')).toEqual([
      { content: 'the driver with reckless endangerment', source: 'Local police', cue: 'charge' },
    ])
    expect(found('County officials welcome the new budget plan.')).toEqual([
      { content: 'the new budget plan', source: 'County officials', cue: 'welcome' },
    ])
    expect(found('Rebel soldiers mock the army’s new tactics.')).toEqual([
      { content: 'the army’s new tactics', source: 'Rebel soldiers', cue: 'mock' },
    ])
    expect(found('Republicans plan to block the nomination.')).toEqual([
      { content: 'to block the nomination', source: 'Republicans', cue: 'plan' },
    ])
  })

  it('leaves a noun after a possessive or a preposition', () => {
    expect(found('The mayor’s plan to raise taxes failed.')).toEqual([])
    expect(found('He spoke about the arms control talks.').map((c) => c.cue)).toEqual(['spoke about'])
  })
})

describe('a verb in -s read as a noun, then "that" and a clause', () => {
  it('reads "The ad claims that …", "the group fears that …"', () => {
    expect(found('The ad claims that the mayor raised taxes.')).toEqual([
      { content: 'that the mayor raised taxes', source: 'The ad', cue: 'claims' },
    ])
    expect(found('The group fears that the plant will close.')).toEqual([
      { content: 'that the plant will close', source: 'The group', cue: 'fears' },
    ])
  })

  it('leaves the noun before a relative "that"', () => {
    expect(found('The fraud claims that surfaced were false.')).toEqual([])
  })
})

describe('a verb before "to" after a quantifier that opens the sentence', () => {
  it('reads "Some seek to …", "Many hope to …"', () => {
    expect(found('Some seek to leave the party.')).toEqual([{ content: 'to leave the party', source: 'Some', cue: 'seek' }])
    expect(found('Many hope to win the state.')).toEqual([{ content: 'to win the state', source: 'Many', cue: 'hope' }])
  })
})
