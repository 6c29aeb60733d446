// A light verb whose noun points back to words reported earlier: "made
// those comments", "made the same argument"; the noun phrase is the
// content. On sentences written here.
import { describe, expect, it } from 'vitest'
import { foundSpans as found } from '../helpers/suggestion-spans'

describe('a light verb with "those comments", "the same argument"', () => {
  it('takes the noun phrase as the content, past a time', () => {
    expect(found('The governor made those remarks on Friday.')).toEqual([
      { content: 'those remarks', source: 'The governor', cue: 'made' },
    ])
    expect(found('The mayor made the same argument in a radio interview.')).toEqual([
      { content: 'the same argument', source: 'The mayor', cue: 'made' },
    ])
  })

  it('keeps the content after the preposition when there is one', () => {
    expect(found('The mayor made these same claims about the budget.')).toEqual([
      { content: 'the budget', source: 'The mayor', cue: 'made these same claims about' },
    ])
  })
})
