// Statements inside a clause of the main sentence whose subject is no
// speaker of its own (PolNeAR marks the speaker of the sentence around
// them), on sentences written here.
import { describe, expect, it } from 'vitest'
import { found } from '../helpers/suggestion-spans'

const speakers = (text: string) => found(text).map((c) => [c.cue, c.source])

describe('a question listed after "and" or a comma', () => {
  it('names no speaker in a "how" or "why" clause after the first of a list', () => {
    expect(speakers('The report explained how the gangs recruit members and how they warn rivals that informers will die.')).toContainEqual(['warn', null])
    expect(speakers('The guide describes how lenders set rates, how they claim the fees are fair.')).toContainEqual(['claim', null])
    expect(speakers('She kept asking about the budget and why the mayor had criticized the audit.')).toContainEqual(['criticized', null])
  })

  it('still keeps the speaker of a clause that "that is how" opens', () => {
    expect(speakers("That's how most analysts viewed the merger.")).toContainEqual(['viewed', 'most analysts'])
  })
})

describe('a time limit', () => {
  it('names no speaker in a clause that "until" opens inside the sentence', () => {
    expect(speakers('The governor said he was undecided until the senator said she backed the bill.')).toContainEqual(['said', null])
    expect(speakers('The mayor vows to wait until the company agrees to stay.')).toContainEqual(['agrees', null])
  })
})
