// "Pollsters agree - Carl Bialik: “…”": a dash, a name and a colon label
// the words of another speaker; what the headline's verb says ends before.
import { describe, expect, it } from 'vitest'
import { found } from '../helpers/suggestion-spans'

describe('a dash label after a headline', () => {
  it('gives the quotation to the name before the colon', () => {
    const claims = found('Economists disagree - Jane Moss: “The rate cut came far too late to help.”')
    expect(claims.find((c) => c.source === 'Economists')).toBeUndefined()
    expect(claims).toContainEqual(expect.objectContaining({ source: 'Jane Moss', content: '“The rate cut came far too late to help.”' }))
  })

  it('ends a statement before such a label', () => {
    const c = found('Voters blame the council for the delay - Mark Hill: “They waited too long.”').find((c) => c.cue === 'blame')
    expect(c?.content).toBe('the council for the delay')
  })
})
