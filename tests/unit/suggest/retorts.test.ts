// A retort before a quotation ("fired back: “…”", "shot back, “…”"):
// "back" belongs to the cue and the quotation is what was said, even when
// the tagger reads "shot" as a noun. Sentences written here.
import { describe, expect, it } from 'vitest'
import { foundSpans } from '../helpers/suggestion-spans'

describe('retorts before a quotation', () => {
  it('gives the quotation to the one who fired or shot back', () => {
    expect(foundSpans('The governor fired back: “Nobody here is afraid of an audit.”')).toContainEqual({ source: 'The governor', cue: 'fired back', content: '“Nobody here is afraid of an audit.”' })
    expect(foundSpans('Ortiz shot back, “Show me one receipt.”')).toContainEqual({ source: 'Ortiz', cue: 'shot back', content: '“Show me one receipt.”' })
  })
})
