// A label before a colon speaks only when what follows says something: a
// topic or a list with no verb and no quotation ("Lincoln: A long
// shot") is no statement. Sentences written here.
import { describe, expect, it } from 'vitest'
import { of } from '../helpers/suggestion-spans'

describe('colon labels before a topic', () => {
  it('finds no statement in a verbless topic after a name', () => {
    expect(of('Hawkins: A long shot at best.', 'colon')).toEqual([])
    expect(of('Paris and Berlin: An uneasy partnership.', 'colon')).toEqual([])
  })

  it('keeps a label before a clause, a quotation, a headline or a transcript line', () => {
    expect(of('Hawkins: The levy will pass this spring.', 'colon')).toContainEqual(expect.objectContaining({ source: 'Hawkins', content: 'The levy will pass this spring' }))
    expect(of('Hawkins: ‘Not a chance.’', 'colon')).toHaveLength(1)
    expect(of('Survey: Mayor Holds Narrow Lead Over Rival In Suburbs.', 'colon')).toHaveLength(1)
    expect(of('JANE ROE: Why not a recount?', 'colon')).toHaveLength(1)
  })
})
