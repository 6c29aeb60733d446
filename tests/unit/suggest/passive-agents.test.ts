// The agent of a passive after what the passive says of its subject:
// "is seen as a reformer by voters", "is considered reckless by many".
import { describe, expect, it } from 'vitest'
import { of } from '../helpers/suggestion-spans'

describe('a passive agent past the complement', () => {
  it('is found past "as …" and past an adjective', () => {
    const seen = of('The new mayor is seen as a reformer by most residents.', 'passive')[0]
    expect(seen?.source).toBe('most residents')
    expect(seen?.content).toContain('The new mayor')
    expect(of('The plan is considered reckless by several economists.', 'passive')[0]?.source).toBe('several economists')
  })

  it('is found past a floating quantifier', () => {
    expect(of('The two governors are both seen as moderates by many voters.', 'passive')[0]?.source).toBe('many voters')
  })

  it('is found past a prepositional phrase', () => {
    expect(of('The coach was recommended for the post by the club captain.', 'passive')[0]?.source).toBe('the club captain')
  })

  it('needs "by" after the complement', () => {
    expect(of('The new mayor is seen as a reformer in the city.', 'passive')).toEqual([])
  })
})

describe('a passive subject before an insertion', () => {
  it('is found past an apposition, a relative clause or a participle', () => {
    const said = of('The treasurer, a former banker, was sharply criticized by the auditors.', 'passive')[0]
    expect(said?.source).toBe('the auditors')
    expect(said?.content).toBe('The treasurer')
    expect(of('Ms. Reyes - who had never run for office - was quickly dismissed by the pundits.', 'passive')[0]?.content).toBe('Ms. Reyes')
    expect(of('The chairman, seated at the back, has been repeatedly praised by the shareholders.', 'passive')[0]?.content).toBe('The chairman')
  })
})
