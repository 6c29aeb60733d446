// Speakers named after what they report, on sentences written here: the
// clause before ", X said" is X's even when more follows the cue.
import { describe, expect, it } from 'vitest'
import { found } from '../helpers/suggestion-spans'

describe('a reporting cue followed by a dash', () => {
  it('reports the clause before it ("…, the mayor said on Friday — a reversal …")', () => {
    const all = found('The council wants fewer parking fines, the mayor said on Friday — a sharp reversal of her earlier plan.')
    expect(all).toContainEqual({ content: 'The council wants fewer parking fines', source: 'the mayor', cue: 'said', rule: 'source-after' })
    expect(all.some((c) => c.source === 'the mayor' && c.content.startsWith('a sharp reversal'))).toBe(false)
  })
})
