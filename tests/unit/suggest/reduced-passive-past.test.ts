// A reduced passive whose agent comes past a place, a time or a complement
// ("the coach, hired in March by the club"), and a second participle after
// "and" that shares the noun of the first.
import { describe, expect, it } from 'vitest'
import { found, of } from '../helpers/suggestion-spans'

describe('a reduced passive with its agent further on', () => {
  it('is found past a place or a time', () => {
    const c = of('The mayor, endorsed in Chicago by the Tribune, kept his seat.', 'by-agent')[0]
    expect(c?.source).toBe('the Tribune')
    expect(c?.content).toBe('The mayor')
    expect(of('The new coach, praised last week by the fans, lost again.', 'by-agent')[0]?.source).toBe('the fans')
  })

  it('does not give the participle the noun before it as speaker', () => {
    expect(found('The mayor, endorsed in Chicago by the Tribune, kept his seat.').some((c) => c.source === 'The mayor')).toBe(false)
  })

  it('gives a second participle after "and" the noun of the first', () => {
    const c = of('The governor, aided by the unions and opposed by most senators, won easily.', 'by-agent')[0]
    expect(c?.source).toBe('most senators')
    expect(c?.content).toBe('The governor')
  })
})
