// A possessive opens a noun phrase: the speaker after an inverted verb
// ("…, said his spokesman"), a listener ("told their donors") or the
// object of urging, which stays in what is urged; on sentences written here.
import { describe, expect, it } from 'vitest'
import { foundSpans as found } from '../helpers/suggestion-spans'

describe('a possessive that opens a noun phrase', () => {
  it('names the speaker after an inverted verb: "…, said his spokesman"', () => {
    expect(found('The bridge will reopen in May, said her longtime spokesman.').map((c) => [c.source, c.content])).toEqual([
      ['her longtime spokesman', 'The bridge will reopen in May'],
    ])
    expect(found('“We are not worried,” says their lawyer.').map((c) => c.source)).toEqual(['their lawyer'])
  })

  it('skips a listener opened by a possessive: "told his aides that …"', () => {
    expect(found('The mayor told his aides that the budget was final.')).toEqual([
      { content: 'that the budget was final', source: 'The mayor', cue: 'told' },
    ])
  })

  it('keeps the one urged in what is urged, whatever opens it', () => {
    expect(found('The union urged voters to reject the offer.').map((c) => c.content)).toEqual(['voters to reject the offer'])
    expect(found('The union urged its members to reject the offer.').map((c) => c.content)).toEqual(['its members to reject the offer'])
  })

  it('leaves "her" alone as an object: "told her that …"', () => {
    expect(found('The coach told her that the team would move.').map((c) => c.content)).toEqual(['that the team would move'])
  })
})
