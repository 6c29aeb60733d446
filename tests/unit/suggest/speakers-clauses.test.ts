// Who speaks when the cue's clause has no subject of its own or its subject
// belongs to another clause (speakers of statements the rules find), on
// sentences written here with the spans they must find written out.
import { describe, expect, it } from 'vitest'
import { suggestForText } from '../../../src/main/services/suggest/engine'

/** The suggestions as plain strings, easy to compare. */
function found(text: string) {
  return suggestForText(text, []).claims.map((c) => ({ content: c.content.text, source: c.source?.text ?? null, cue: c.cue?.text ?? null, rule: c.rule }))
}

describe('a verb that shares the subject of the sentence', () => {
  it('takes the speaker of the main cue, not the subject of the clause it reports', () => {
    expect(found('The mayor says residents may dislike the tax, but insists the city needs it.')).toEqual([
      { content: 'residents may dislike the tax', source: 'The mayor', cue: 'says', rule: 'said-that' },
      { content: 'the city needs it', source: 'The mayor', cue: 'insists', rule: 'said-that' },
    ])
  })
})
