// A verb of stance in -ing that modifies the noun phrase before it ("a
// network of super PACs backing the senator"): that phrase holds the view,
// not the longer phrase it sits in. Sentences written here.
import { describe, expect, it } from 'vitest'
import { foundSpans } from '../helpers/suggestion-spans'

describe('-ing stances that modify a noun phrase', () => {
  it('gives the view to the phrase the -ing verb follows', () => {
    expect(foundSpans('A constellation of super PACs backing the senator spent heavily in Iowa.')).toContainEqual(expect.objectContaining({ source: 'super PACs', cue: 'backing' }))
    expect(foundSpans('The head of the largest union supporting the governor resigned.')).toContainEqual(expect.objectContaining({ source: 'the largest union', cue: 'supporting' }))
  })

  it('leaves the object of a verb to the subject of the sentence', () => {
    const found = foundSpans('The mayor spent the weeks before the vote opposing the plan.').filter((f) => f.cue === 'opposing')
    expect(found.map((f) => f.source)).not.toContain('the vote')
  })

  it('gives the view to the people or group a gift goes to', () => {
    expect(foundSpans('The banker gave $2 million to a committee supporting the mayor.')).toContainEqual(expect.objectContaining({ source: 'a committee', cue: 'supporting' }))
    const found = foundSpans('The senator wrote an essay in the Herald attacking the plan.').filter((f) => f.cue === 'attacking')
    expect(found.map((f) => f.source)).not.toContain('the Herald')
  })

  it('gives the view to the people or groups money is poured into', () => {
    expect(foundSpans('The fund poured money into committees backing the harbour mayor.')).toContainEqual(expect.objectContaining({ source: 'committees', cue: 'backing' }))
  })
})
