// A text whose very first word is the "to" of an infinitive ("To endorse
// the plan would …"): there is no word before "to" to read as the verb
// that governs it; the engine used to read past the start of the text and
// throw, losing every suggestion of the article. Sentences written here.
import { describe, expect, it } from 'vitest'
import { found } from '../helpers/suggestion-spans'

describe('an infinitive that opens the text', () => {
  it('is read without a word before it', () => {
    expect(() => found('To endorse the plan now would be a mistake, the mayor said.')).not.toThrow()
    expect(found('To endorse the plan now would be a mistake, the mayor said.').map((c) => [c.source, c.cue])).toEqual([['the mayor', 'said']])
  })
  it('leaves a fragment that starts with "to" without statements from it', () => {
    expect(() => found('to deny. In the same interview, she also praised the council.')).not.toThrow()
  })
})
