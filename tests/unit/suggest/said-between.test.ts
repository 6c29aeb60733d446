// "said X" between two commas inside a clause names its speaker after the
// verb: "The contrast, said Doyle, would be clear"; so does "X said" before
// the verb ("CNN, Cruz said, called …").
import { describe, expect, it } from 'vitest'
import { found } from '../helpers/suggestion-spans'

const cued = (text: string, cue: string) => found(text).find((c) => c.cue === cue)

describe('"said X" between two commas', () => {
  it('names the speaker after the verb', () => {
    const said = cued('The cost of the bridge, said the county engineer, would double by next spring.', 'said')
    expect(said?.source).toBe('the county engineer')
    expect(said?.content).toContain('The cost of the bridge')
    expect(cued('And the coach, says Ms. Okafor, a former player, never forgets a loss.', 'says')?.source).toBe('Ms. Okafor')
  })

  it('keeps the speaker before a verb followed by its own clause', () => {
    expect(cued('The engineer said, however, that the bridge would be safe.', 'said')?.source).toBe('The engineer')
    expect(cued('The mayor, the aide said, would resign.', 'said')?.source).toBe('the aide')
  })
})

describe('a verb after "X said" between commas', () => {
  it('is what X says: X is its speaker', () => {
    expect(cued('The union, Ms. Baker said, rejected the offer on Tuesday.', 'rejected')?.source).toBe('Ms. Baker')
  })
})
