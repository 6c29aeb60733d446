// What a poll found, read from the clause before "in a … poll"
// (evidence.ts), on sentences written here: a subordinate clause that the
// poll ends is the setting of the main clause after it.
import { describe, expect, it } from 'vitest'
import { found } from '../helpers/suggestion-spans'

describe('a clause before "in a … poll"', () => {
  it('is what the poll found when it is the sentence', () => {
    expect(found('The governor led the mayor by nine points in a new Gallup poll.')).toEqual([
      { content: 'The governor led the mayor by nine points', source: 'a new Gallup poll', cue: 'in', rule: 'poll' },
    ])
  })

  it('is no finding when it opens with "though" and the main clause follows', () => {
    const claims = found('Though the governor led by nine points in a new Gallup poll, his aides were worried about turnout.')
    expect(claims.filter((c) => c.rule === 'poll')).toEqual([])
  })
})
