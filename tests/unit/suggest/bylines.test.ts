// Credit lines that close an article name its reporters, not a statement,
// and "a book called “…”" names a title (sentences written here).
import { describe, expect, it } from 'vitest'
import { found } from '../helpers/suggestion-spans'

describe('a credit line', () => {
  it('is no statement', () => {
    expect(found('"We will appeal," the mayor said. Jane Roe reported from Chicago.').map((c) => c.source)).toEqual(['the mayor'])
    expect(found('Tom Doe contributed to this report.')).toEqual([])
    expect(found('Ann Lee contributed reporting from Boston.')).toEqual([])
  })

  it('leaves "reported" as a verb of saying elsewhere', () => {
    expect(found('The station reported that the bridge was closed.').map((c) => c.source)).toEqual(['The station'])
  })
})

describe('a title after "called"', () => {
  it('is no statement when "called" follows an object', () => {
    expect(found('The senator has written a memoir called "Plain Speaking" about her childhood.').filter((c) => c.cue === 'called')).toEqual([])
    expect(found('Voters rejected the so called "Clean Air Initiative" last year.').filter((c) => c.cue === 'called')).toEqual([])
  })

  it('leaves "called" as a verb of saying after its subject', () => {
    expect(found('The senator called the plan "a disaster."').map((c) => c.source)).toEqual(['The senator'])
    expect(found('Protesters gathered at the hall, where the mayor called for calm.').map((c) => c.source)).toContain('the mayor')
  })
})
