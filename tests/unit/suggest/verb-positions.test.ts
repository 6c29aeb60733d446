// Verbs in -s the tagger reads as plural nouns, found from a place only a
// verb can hold: after a subject closed by its apposition's comma, after a
// singular noun that opens the clause; on sentences written here.
import { describe, expect, it } from 'vitest'
import { foundSpans as found } from '../helpers/suggestion-spans'

describe('a verb in -s after a subject and its apposition', () => {
  it('reads "Jo Kerr, a consultant, notes that …", "…, advocates a …"', () => {
    expect(found('Jo Kerr, a local consultant, notes that the mayor can still win.')).toEqual([
      { content: 'that the mayor can still win', source: 'Jo Kerr', cue: 'notes' },
    ])
    expect(found('Senator Ann Bell, a Democrat from Ohio, advocates a higher gas tax.')).toEqual([
      { content: 'a higher gas tax', source: 'Senator Ann Bell', cue: 'advocates' },
    ])
  })

  it('reads the bare form after a plural subject: "Officials in Ohio, for example, brand …"', () => {
    expect(found('Officials in Ohio, for example, brand their program as a success.')).toEqual([
      { content: 'their program as a success', source: 'Officials in Ohio', cue: 'brand' },
    ])
  })

  it('leaves a list of nouns alone', () => {
    expect(found('Bills, notes and coins fill the drawer.')).toEqual([])
  })
})

describe('a verb in -s after a singular noun that opens the clause', () => {
  it('reads "The lawsuit demands his …", "The leaflet quotes …"', () => {
    expect(found('The lawsuit demands his immediate return to work.')).toEqual([
      { content: 'his immediate return to work', source: 'The lawsuit', cue: 'demands' },
    ])
    expect(found('The leaflet quotes Lincoln on the cost of war.')).toEqual([
      { content: 'Lincoln on the cost of war', source: 'The leaflet', cue: 'quotes' },
    ])
  })

  it('reads a name before its object pronoun: "Canada views itself as …"', () => {
    expect(found('Canada views itself as a leader on trade.')).toEqual([
      { content: 'itself as a leader on trade', source: 'Canada', cue: 'views' },
    ])
  })

  it('leaves the noun after a preposition or a verb', () => {
    expect(found('He read about the campaign attacks in the paper.').filter((c) => c.cue === 'attacks')).toEqual([])
  })
})

describe('a bare verb after a plural subject, before "it"', () => {
  it('reads "Critics call it …"', () => {
    expect(found('Critics call it a waste of money.')).toEqual([
      { content: 'it a waste of money', source: 'Critics', cue: 'call' },
    ])
  })
})
