// How well someone stands with a group: the group holds the view.
import { describe, expect, it } from 'vitest'
import { of } from '../helpers/suggestion-spans'

describe('standing with a group', () => {
  it('makes the group the source and the one judged the content', () => {
    const c = of('The new tax is deeply unpopular among farmers.', 'standing')[0]
    expect(c?.source).toBe('farmers')
    expect(c?.content).toBe('The new tax')
    expect(of('The mayor was still largely unknown among older voters.', 'standing')[0]?.source).toBe('older voters')
  })

  it('needs "is" before the adjective and people after it', () => {
    expect(of('A popular singer with fans in Ohio sang.', 'standing')).toEqual([])
    expect(of('The song is popular with the radio stations.', 'standing')).toEqual([])
  })
})
