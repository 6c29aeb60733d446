// A quotation brought in by a verb that is not one of saying (quote-intro.ts):
// a verb in a relative or adverbial clause that ends before the quotation
// does not bring it in, on sentences written here.
import { describe, expect, it } from 'vitest'
import { found } from '../helpers/suggestion-spans'

describe('a quotation after a relative or adverbial clause', () => {
  it('skips the verb of a relative clause that ends before the quotation', () => {
    expect(found('Ann Lee, a banker who now runs a hedge fund, toasted the mayor as "a friend of every worker."')).toEqual([
      { content: 'the mayor as "a friend of every worker."', source: 'Ann Lee', cue: 'toasted', rule: 'quote-intro' },
    ])
  })

  it('gives no speaker to the verb of an adverbial clause that ends before it', () => {
    const claims = found('As the senator spoke, the union was lobbying members against "any new tax on wages."')
    expect(claims.filter((c) => c.rule === 'quote-intro')).toEqual([])
  })

  it('keeps the verb whose clause runs up to the quotation', () => {
    expect(found('When the mayor finally wrapped up - "I will fight for you!" - the balloons fell.')).toEqual([
      { content: '- "I will fight for you!"', source: 'the mayor', cue: 'wrapped up', rule: 'quote-intro' },
    ])
  })
})
