// Pronouns of people in general as speakers (round 8): "nobody", "no one",
// "anyone", "anybody" hold a view as "everyone" does. Sentences written here.
import { describe, expect, it } from 'vitest'
import { found } from '../helpers/suggestion-spans'

const pairs = (text: string) => found(text).map((c) => [c.source, c.cue, c.content])

describe('"nobody", "no one", "anyone" before a verb of saying or stance', () => {
  it('names who holds the view', () => {
    expect(pairs('Nobody believes the levy will pass.')).toEqual([['Nobody', 'believes', 'the levy will pass']])
    expect(pairs('No one thinks the levy is fair.')).toEqual([['No one', 'thinks', 'the levy is fair']])
    expect(pairs('Anybody thinks the levy is fair.')).toEqual([['Anybody', 'thinks', 'the levy is fair']])
  })
  it('keeps "no one" whole after a conjunction', () => {
    expect(found('But no one knows what the council will decide.').map((c) => c.source)).toEqual(['no one'])
  })
  it('names no one for an open question after "whether" or "if"', () => {
    expect(found('Nobody knows whether the council will meet.').map((c) => c.source)).not.toContain('Nobody')
    expect(found('No one can say if the levy will pass.').map((c) => c.source)).not.toContain('No one')
  })
  it('does not make "nobody" the owner of a later "her"', () => {
    expect(found('Nobody checked her claim in May that the port was losing money.').map((c) => c.source)).toEqual(['her'])
  })
})
