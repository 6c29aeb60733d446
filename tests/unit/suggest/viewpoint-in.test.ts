// A view named by whose view it is, after "in": "In the mayor's view, …",
// "In the eyes of most voters, …", "…, in the words of an aide, …"; on
// sentences written here with the spans they must find.
import { describe, expect, it } from 'vitest'
import { foundSpans as found } from '../helpers/suggestion-spans'

describe('"in X\'s view" and "in the eyes of X" opening the sentence', () => {
  it('reads the clause after the comma as the owner’s view', () => {
    expect(found("In the mayor's view, the budget is a mistake.")).toEqual([
      { content: 'the budget is a mistake', source: 'the mayor', cue: "In the mayor's view" },
    ])
    expect(found('In their own words, the strike has already worked.')).toEqual([
      { content: 'the strike has already worked', source: 'their', cue: 'In their own words' },
    ])
    expect(found('In the eyes of many parents, the new schedule makes no sense.')).toEqual([
      { content: 'the new schedule makes no sense', source: 'many parents', cue: 'In the eyes of' },
    ])
  })

  it('leaves "in" with a time or a place alone', () => {
    expect(found('In his first year, the mayor cut the budget.')).toEqual([])
  })
})

describe('"in the words of X" between commas', () => {
  it('reads what follows as the words of X', () => {
    expect(found('The new stadium was, in the words of one council member, a costly gamble.')).toEqual([
      { content: 'a costly gamble', source: 'one council member', cue: 'in the words of' },
    ])
  })
})
