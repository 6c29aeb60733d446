// A statement or a letter that opens its clause speaks; a possessive
// written as an apostrophe alone is part of the speaker.
import { describe, expect, it } from 'vitest'
import { foundSpans } from '../helpers/suggestion-spans'

describe('documents and possessives as speakers', () => {
  it('reads a noun of saying that opens the clause as the speaker', () => {
    expect(foundSpans('The statement added that the mill would reopen in May.')).toEqual([{ content: 'that the mill would reopen in May', source: 'The statement', cue: 'added' }])
    expect(foundSpans('The council met on Monday, but its letter said the fee would stay.')).toContainEqual({ content: 'the fee would stay', source: 'its letter', cue: 'said' })
  })

  it('still reads such a noun after a verb as what was said, by the subject', () => {
    expect(foundSpans('The town released a statement on Friday saying the audit was flawed.')).toEqual([{ content: 'the audit was flawed', source: 'The town', cue: 'released a statement on Friday saying' }])
  })

  it('keeps a possessive apostrophe after -s with its owner', () => {
    expect(foundSpans('The Harrises’ lawyer said the sale was legal.')).toEqual([{ content: 'the sale was legal', source: 'The Harrises’ lawyer', cue: 'said' }])
  })
})
