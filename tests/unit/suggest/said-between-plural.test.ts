// "The plan, say critics, will fail": a plural speaker after a present
// "say" between commas, as after "said".
import { describe, expect, it } from 'vitest'
import { found } from '../helpers/suggestion-spans'

describe('"say X" between commas', () => {
  it('names the plural speaker after the verb', () => {
    const c = found('The new levy, say critics of the council, will drive shops away.').find((c) => c.cue === 'say')
    expect(c).toMatchObject({ source: 'critics of the council', content: 'The new levy, say critics of the council, will drive shops away' })
    expect(found('The bridge, say many engineers, is unsafe.').find((c) => c.cue === 'say')?.source).toBe('many engineers')
  })
})
