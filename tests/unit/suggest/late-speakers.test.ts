// Speakers of statements found inside what someone else says, on sentences
// written here: a relative clause after a preposition ("with supporters who
// have suggested …") is part of the outer speaker's report.
import { describe, expect, it } from 'vitest'
import { suggestForText } from '../../../src/main/services/suggest/engine'

const claims = (text: string) => suggestForText(text, []).claims.map((c) => ({ content: c.content.text, source: c.source?.text ?? null, cue: c.cue?.text ?? null }))

describe('a relative clause after a preposition inside a report', () => {
  it('takes the speaker who reports it', () => {
    const found = claims('Marlow said he had never spoken with donors who have suggested that the senator quit the race.')
    const inner = found.find((c) => c.cue === 'suggested')
    expect(inner?.source).toBe('Marlow')
  })

  it('keeps the relative clause as speaker when no one reports it', () => {
    const found = claims('The mayor met with donors who have suggested that the senator quit the race.')
    const inner = found.find((c) => c.cue === 'suggested')
    expect(inner?.source).toBe('donors who')
  })
})
