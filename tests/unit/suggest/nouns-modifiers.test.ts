// The eighth round of statements whose cue is a noun: words that modify
// the noun between its owner and it; on sentences written here.
import { describe, expect, it } from 'vitest'
import { of } from '../helpers/suggestion-spans'

describe('a noun of saying with modifiers after its owner (noun-cue)', () => {
  it('reads past an adverb and an adjective, a participle or a hyphenated word', () => {
    expect(of("Okafor's oddly specific claim that the levy doubled went unanswered.", 'noun-cue').map((c) => [c.source, c.cue])).toEqual([['Okafor', 'claim']])
    expect(of("Okafor's widely repeated statement that the port is unsafe was wrong.", 'noun-cue').map((c) => c.source)).toEqual(['Okafor'])
    expect(of("The union's by-now-familiar claim that the port is unsafe was repeated.", 'noun-cue').map((c) => c.source)).toEqual(['The union'])
  })

  it('still wants an owner', () => {
    expect(of('An oddly specific claim that the levy doubled went unanswered.', 'noun-cue')).toEqual([])
  })
})
