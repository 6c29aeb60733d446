// "In a survey released Thursday, most voters said …": the poll is the
// source; a poll named inside a clause of the introduction is not.
import { describe, expect, it } from 'vitest'
import { foundSpans as found } from '../helpers/suggestion-spans'

describe('an introduction that names a poll', () => {
  it('keeps the poll as source when the introduction names it', () => {
    const sources = found('In a new survey released Monday, most parents said the schools were safe.').map((c) => c.source)
    expect(sources).toContain('a new survey released Monday')
  })

  it('leaves the subject when "polls" sits in a clause of the introduction', () => {
    expect(found('In a letter sent as polls opened, the chairman conceded the count was slow.').map((c) => c.source)).toEqual(['the chairman'])
    expect(found('In towns where polls were held early, most residents said the vote went smoothly.').map((c) => c.source)).toEqual(['most residents'])
  })

  it('keeps the poll when a share of the people opens the clause', () => {
    expect(found('In a new state poll released Tuesday, 38% of likely voters said the economy came first.').map((c) => c.source)).toContain('a new state poll released Tuesday')
    expect(found('In the survey, nearly 60 percent of parents said the schools were safe.').map((c) => c.source)).toContain('the survey')
  })

  it('leaves a share of people after an introduction that names no poll', () => {
    expect(found('In Ohio, 38% of likely voters said the economy came first.').map((c) => c.source)).toEqual(['likely voters'])
  })
})
