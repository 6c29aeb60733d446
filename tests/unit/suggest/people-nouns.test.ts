// Noun phrases that name people without a word of the lexicon: a part of
// a group of people and agent nouns made from a verb (people-nouns.ts), on
// sentences written here.
import { describe, expect, it } from 'vitest'
import { foundSpans } from '../helpers/suggestion-spans'

describe('a part of a group of people', () => {
  it('reads "one of" and a number "of" people as people who hold a view', () => {
    expect(foundSpans('One of the attendees believes the plan will fail.')).toContainEqual({ content: 'the plan will fail', source: 'One of the attendees', cue: 'believes' })
    expect(foundSpans('Two of the senators oppose the new tariff.')).toContainEqual({ content: 'the new tariff', source: 'Two of the senators', cue: 'oppose' })
  })

  it('leaves a part of a thing', () => {
    expect(foundSpans('One of the bridges wants a new toll.').filter((s) => s.cue === 'wants')).toEqual([])
  })
})

describe('agent nouns in -er, -or and -ee', () => {
  it('reads a noun of someone who acts as a speaker of a stance', () => {
    expect(foundSpans('Developers see the old course as wasted space.')).toContainEqual({ content: 'the old course as wasted space', source: 'Developers', cue: 'see' })
    expect(foundSpans('The contenders want a second debate in March.')).toContainEqual({ content: 'a second debate in March', source: 'The contenders', cue: 'want' })
  })

  it('leaves nouns in -er that name things', () => {
    expect(foundSpans('The border wants a new fence.').filter((s) => s.cue === 'wants')).toEqual([])
    expect(foundSpans('The computer prefers the shorter route.').filter((s) => s.cue === 'prefers')).toEqual([])
  })
})

describe('nouns of a body of people', () => {
  it('reads a couple, a panel or an inquiry as holding a view', () => {
    expect(foundSpans('The couple worried that the storm would close the road.')).toContainEqual({ content: 'that the storm would close the road', source: 'The couple', cue: 'worried' })
    expect(foundSpans('The panel wants a smaller budget for the museum.')).toContainEqual({ content: 'a smaller budget for the museum', source: 'The panel', cue: 'wants' })
  })
})

describe('nouns of people by age, belief or standing', () => {
  it('reads fans, evangelicals or teenagers as holding a view', () => {
    expect(foundSpans('Many of the fans want a new stadium downtown.')).toContainEqual({ content: 'a new stadium downtown', source: 'Many of the fans', cue: 'want' })
    expect(foundSpans('Evangelicals oppose the new rule on schools.')).toContainEqual({ content: 'the new rule on schools', source: 'Evangelicals', cue: 'oppose' })
  })
})
