// A reaction drawn from people, whatever its noun: "drew jeers from the
// fans", "is meeting firm resistance from the unions". Those it comes
// from hold the view; the one who draws it is what it is about.
import { describe, expect, it } from 'vitest'
import { of } from '../helpers/suggestion-spans'

describe('a reaction drawn from people', () => {
  it('is found after a verb of reaction, past its modifiers', () => {
    const c = of('The minister drew loud jeers from the fans.', 'backing')[0]
    expect(c?.source).toBe('the fans')
    expect(c?.content).toBe('The minister')
    expect(of('The new curfew is meeting firm resistance from shop owners.', 'backing')[0]?.source).toBe('shop owners')
  })

  it('needs a verb of reaction and people after "from"', () => {
    expect(of('The minister read letters from the fans.', 'backing')).toEqual([])
    expect(of('The minister drew water from the well.', 'backing')).toEqual([])
  })
})
