// Statements the rules did not find at all: verbs of saying the tagger
// reads as nouns ("The ministry claims …"); on sentences written here with
// the spans they must find.
import { describe, expect, it } from 'vitest'
import { foundSpans as found } from '../helpers/suggestion-spans'

describe('a verb of saying read as a noun, between its subject and a clause', () => {
  it('reads "The ministry claims the rebels …", "The institute notes the law …", "lawmakers claim to …"', () => {
    expect(found('The Turkish ministry claims Aydin runs a secret network.')).toEqual([
      { content: 'Aydin runs a secret network', source: 'The Turkish ministry', cue: 'claims' },
    ])
    expect(found('The institute notes the law is weak.')).toEqual([{ content: 'the law is weak', source: 'The institute', cue: 'notes' }])
    expect(found('Several senators claim to object to the new rules.')).toEqual([
      { content: 'to object to the new rules', source: 'Several senators', cue: 'claim' },
    ])
  })

  it('reads "who claim to …" after people', () => {
    expect(found('The coalition includes activists who claim to represent rural voters.')).toEqual([
      { content: 'to represent rural voters', source: 'activists who', cue: 'claim' },
    ])
    const vow = found('Some activists who vow to fight the plan met Monday.').find((c) => c.cue === 'vow')
    expect(vow?.source).toBe('Some activists who')
  })

  it('leaves the noun alone after a preposition or with no clause after it', () => {
    expect(found('The mayor apologised for crude remarks he had made.').filter((c) => c.cue === 'remarks')).toEqual([])
    expect(found('The surge of angry comments online has been strong.')).toEqual([])
    expect(found('Government claims were rejected by the court.').filter((c) => c.cue === 'claims')).toEqual([])
  })
})

describe('a headline subject whose noun the tagger calls an adjective', () => {
  it('reads "Union chief says …" and "…, former rival says"', () => {
    expect(found('Union chief says Ortiz can win.')).toEqual([{ content: 'Ortiz can win', source: 'Union chief', cue: 'says' }])
    expect(found('Ortiz will back Lane, eventually, former rival says.')).toEqual([
      { content: 'Ortiz will back Lane, eventually', source: 'former rival', cue: 'says' },
    ])
  })
})

describe('a verb of saying inside a relative clause', () => {
  it('reads "a speech which even critics say was …"', () => {
    expect(found('It is the speech which even critics say was the finest of her career.')).toEqual([
      { content: 'was the finest of her career', source: 'critics', cue: 'say' },
    ])
  })

  it('leaves a name that ends in a noun of saying alone ("the Islamic State is …")', () => {
    expect(found('The general warned that the Islamic State is growing.').filter((c) => c.cue === 'State')).toEqual([])
  })
})
