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

  it('is found after a reception "with" a reaction, with or without "was"', () => {
    const c = of('The new budget was greeted with dismay by the teachers.', 'by-agent')[0]
    expect(c?.source).toBe('the teachers')
    expect(c?.content).toBe('The new budget')
    expect(of('The ruling, met with anger by local farmers, stands.', 'by-agent')[0]?.source).toBe('local farmers')
    expect(of('She met with students by the lake.', 'by-agent')).toEqual([])
  })
})
