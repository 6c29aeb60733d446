// The subject of a verb of saying or of a stance found across what stands
// between it and its verb (brackets, relative clauses, appositions,
// insertions between commas), on sentences written here.
import { describe, expect, it } from 'vitest'
import { found } from '../helpers/suggestion-spans'

const speakerOf = (text: string, cue: string) => found(text).find((c) => c.cue === cue)?.source

describe('a speaker with a relative clause after its party and state', () => {
  it('keeps "(D-Ore.), who …" in the speaker\'s sentence', () => {
    expect(speakerOf('Rep. Jane Doyle (D-Ore.), who has read the letters, agreed with the ruling.', 'agreed with')).toBe('Rep. Jane Doyle')
  })

  it('reads a verb after the relative clause as the speaker\'s, not as "…, said X"', () => {
    expect(speakerOf('But Tom Reyes, a director of the fund, which paid for the study, agreed with the findings.', 'agreed with')).toBe('Tom Reyes')
  })
})
