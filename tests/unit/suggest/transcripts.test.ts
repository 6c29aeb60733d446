// Interview transcripts: what is said inside a turn ("HARRIS: I think …")
// is said by the one the turn's label names.
import { describe, expect, it } from 'vitest'
import { found } from '../helpers/suggestion-spans'

const cued = (text: string, cue: string) => found(text).find((c) => c.cue === cue)

const interview =
  'MORENO: Will the council pass the budget? HARRIS: Well, the vote is close. I think the members want more time. They say the plan costs too much.\n\nThe council meets on Friday. Aides said the vote could slip.'

describe('a turn of a transcript', () => {
  it('is said by the one its label names', () => {
    expect(cued(interview, 'think')?.source).toBe('HARRIS')
    expect(cued(interview, 'say')?.source).toBe('HARRIS')
  })

  it('ends with its paragraph', () => {
    expect(cued(interview, 'said')?.source).toBe('Aides')
  })

  it('needs two voices: a lone header in capitals names no speaker', () => {
    expect(cued('BREAKING: The mayor said he would resign on Monday.', 'said')?.source).toBe('The mayor')
    expect(cued('EXCLUSIVE: I think the mayor will resign, a council member said.', 'think')?.source).not.toBe('EXCLUSIVE')
  })
})
