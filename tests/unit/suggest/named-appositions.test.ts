// A name in apposition to the subject is part of who speaks.
import { describe, expect, it } from 'vitest'
import { found } from '../helpers/suggestion-spans'

const said = (text: string, cue: string) => found(text).find((c) => c.cue === cue)

describe('a name in apposition to the speaker', () => {
  it('runs the speaker from the phrase to the name', () => {
    expect(said('Her press secretary, Ana Ruiz, said the mayor would sign it.', 'said')?.source).toBe('Her press secretary, Ana Ruiz')
    expect(said('A second farmer, Tom Beck, 58, said that prices had fallen.', 'said')?.source).toBe('A second farmer, Tom Beck')
  })

  it('leaves a name that is the speaker itself, or a name with no verb after it', () => {
    expect(said('Ana Ruiz, the press secretary, said the mayor would sign it.', 'said')?.source).toBe('Ana Ruiz')
    expect(said('The plan drew fire from the union, Local 12, and the mayor said it was dead.', 'said')?.source).toBe('the mayor')
  })
})
