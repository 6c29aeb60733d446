// A subordinate clause that opens the sentence ends at the comma before a
// main clause with a verb of saying of its own.
import { describe, expect, it } from 'vitest'
import { found } from '../helpers/suggestion-spans'

const cued = (text: string, cue: string) => found(text).filter((c) => c.cue === cue)

describe('opening subordinate clauses', () => {
  it('ends what the clause says at the comma before the main clause', () => {
    const s = 'While the governor criticized the budget plan on Monday, her aides insisted that the talks would go on.'
    expect(cued(s, 'criticized')[0]?.content).toBe('the budget plan on Monday')
    expect(cued(s, 'insisted')[0]).toMatchObject({ source: 'her aides', content: 'that the talks would go on' })
  })

  it('gives a clause whose verb says nothing no statement running into the main clause', () => {
    const s = 'Shortly after the hearing concluded, the chairman stated that the report was flawed.'
    expect(cued(s, 'concluded')).toEqual([])
    expect(cued(s, 'stated')[0]).toMatchObject({ source: 'the chairman', content: 'that the report was flawed' })
  })

  it('keeps "as X noted," bringing in the main clause', () => {
    expect(cued('As the newspaper noted, the mayor has vetoed every tax increase.', 'noted')[0]).toMatchObject({
      source: 'the newspaper',
      content: 'the mayor has vetoed every tax increase',
    })
  })

  it('leaves a main clause without a verb of saying to the clause before it', () => {
    expect(cued('When the senator attacked the judge, many voters were puzzled.', 'attacked')[0]?.content).toBe('the judge, many voters were puzzled')
  })

  it('ends a cue in an opening prepositional phrase at its comma', () => {
    const s = 'In a video posted to his website, the candidate criticized the ruling.'
    expect(cued(s, 'posted')).toEqual([])
    expect(cued(s, 'criticized')[0]).toMatchObject({ source: 'the candidate', content: 'the ruling' })
    expect(cued('With the mayor reportedly considering a run, a new survey found that he would split the vote.', 'considering')[0]?.content).toBe('a run')
  })

  it('gives an -ing clause after "besides" the subject of the main clause', () => {
    expect(cued('Besides attacking the old treaty, the minister argued that the new one was fair.', 'attacking')[0]).toMatchObject({
      source: 'the minister',
      content: 'the old treaty',
    })
  })
})
