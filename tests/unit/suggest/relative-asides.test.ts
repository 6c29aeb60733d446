// A pronoun that says or calls inside a relative clause of someone's
// statement is that speaker again: "which he said …", "whom she called …".
import { describe, expect, it } from 'vitest'
import { found } from '../helpers/suggestion-spans'

const cued = (text: string, cue: string) => found(text).find((c) => c.cue === cue)

describe('"which he said" inside a statement', () => {
  it('takes the outer speaker', () => {
    expect(cued('The mayor criticized the new parking rules, which he said would hurt small shops.', 'said')?.source).toBe('The mayor')
    expect(cued('The governor opposed the bill over provisions he said would raise fees.', 'said')?.source).toBe('The governor')
    expect(cued('Ms. Lane praised her opponent, whom she called a tireless worker.', 'called')?.source).toBe('Ms. Lane')
  })

  it('keeps a pronoun that cannot stand for the outer speaker', () => {
    expect(cued('Mr. Hale said he admired the senator, whom she called a friend.', 'called')?.source).toBe('she')
    expect(cued('Mr. Hale criticized the senator, whom she called a friend.', 'called')?.source).toBe('she')
  })

  it('keeps the pronoun outside any statement', () => {
    expect(cued('The new parking rules, which he said would hurt small shops, passed on Monday.', 'said')?.source).toBe('he')
  })
})
