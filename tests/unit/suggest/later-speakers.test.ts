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

describe('a participle after a clause joined by ", and" or of concession', () => {
  it('is said by that clause\'s subject ("…, and the governor held a briefing, saying …")', () => {
    const all = found('Police arrived at noon, and the governor later held a briefing, saying the town was safe.')
    expect(all.find((c) => c.cue === 'saying')?.source).toBe('the governor')
  })

  it('past a place and a time ("…, though in a speech last week she used stronger words, saying …")', () => {
    const all = found('The mayor was criticized for the delay, though in a speech last week she used stronger words, saying the plan must change.')
    expect(all.find((c) => c.cue === 'saying')?.source).toBe('she')
  })

  it('keeps the sentence subject after a clause of time ("… after the chairman spoke, saying …")', () => {
    const all = found('The senator left the room after the chairman spoke, saying the vote was rigged.')
    expect(all.find((c) => c.cue === 'saying')?.source).toBe('The senator')
  })
})
