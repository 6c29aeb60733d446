// A verb joined to another by "and" or "but" shares its subject, also when
// a time stands between the conjunction and the verb.
import { describe, expect, it } from 'vitest'
import { foundSpans } from '../helpers/suggestion-spans'

describe('subjects shared across a conjunction and a time', () => {
  it('reads past a time with a preposition after "and"', () => {
    expect(foundSpans('The mayor froze the fares and on Monday announced that the line would close.')).toContainEqual({ content: 'that the line would close', source: 'The mayor', cue: 'announced' })
  })

  it('reads past a time with no preposition after "and"', () => {
    expect(foundSpans('The union rejected the offer and last week said that a strike was likely.')).toContainEqual({ content: 'that a strike was likely', source: 'The union', cue: 'said' })
  })
})

describe('-ing forms read as adjectives after a preposition', () => {
  it('reads "by promising that" as a verb of the subject', () => {
    expect(foundSpans('The councillor won the seat by promising that rents would fall.')).toContainEqual({ content: 'that rents would fall', source: 'The councillor', cue: 'promising' })
  })

  it('keeps the adjective before a noun', () => {
    expect(foundSpans('The team made a promising start to the season.')).toEqual([])
  })
})
