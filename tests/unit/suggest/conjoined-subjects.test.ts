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

describe('stances joined by "and" to a verb of a person', () => {
  it('gives the stance the subject of the verb before "and"', () => {
    expect(foundSpans('The senator met the judge and opposes a vote on the nominee.')).toContainEqual({ content: 'a vote on the nominee', source: 'The senator', cue: 'opposes' })
  })

  it('reads no stance after "can\'t help but"', () => {
    expect(foundSpans("Many parents can't help but worry about the new rules.").filter((s) => s.cue === 'worry')).toEqual([])
  })
})

describe('-ing forms read as adjectives after a preposition', () => {
  it('reads "by promising that" as a verb of the subject', () => {
    expect(foundSpans('The councillor won the seat by promising that rents would fall.')).toContainEqual({ content: 'that rents would fall', source: 'The councillor', cue: 'promising' })
  })

  it('reads "is promising" before its object as a progressive', () => {
    expect(foundSpans('Union leaders have been promising a shorter week.')).toContainEqual({ content: 'a shorter week', source: 'Union leaders', cue: 'promising' })
  })

  it('reads ", promising to …" after a comma as the subject’s', () => {
    expect(foundSpans('The mayor toured the harbour, promising to rebuild the pier.')).toContainEqual({ content: 'to rebuild the pier', source: 'The mayor', cue: 'promising' })
  })

  it('keeps the adjective before a noun', () => {
    expect(foundSpans('The team made a promising start to the season.')).toEqual([])
    expect(foundSpans('The early figures are promising.')).toEqual([])
  })
})
