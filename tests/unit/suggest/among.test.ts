// A view shared by a group after "among" ("the feeling among many voters
// that …"); on sentences written here.
import { describe, expect, it } from 'vitest'
import { of } from '../helpers/suggestion-spans'

describe('a noun of thought or feeling with the group after "among" (among)', () => {
  it('gives the view to the group, with the clause or what it is about', () => {
    expect(of('There is a sense among some aides that the governor might win Ohio.', 'among').map((c) => [c.source, c.cue, c.content])).toEqual([['some aides', 'sense among', 'that the governor might win Ohio']])
    expect(of('The spending reflects anxiety among senior fundraisers about the new target.', 'among').map((c) => [c.source, c.content])).toEqual([['senior fundraisers', 'the new target']])
  })

  it('reads the group past "of"', () => {
    expect(of('There is a quiet recognition among some members of his staff that the bill is dead.', 'among').map((c) => c.source)).toEqual(['some members of his staff'])
  })

  it('wants people and a content after them', () => {
    expect(of('The ruling raised concerns among experts.', 'among')).toEqual([])
    expect(of('There is concern among the ruins that the wall may fall.', 'among')).toEqual([])
  })
})
