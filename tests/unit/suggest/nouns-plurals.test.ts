// Nouns of saying with a plural owner written with an apostrophe alone,
// and the plurals of listed nouns; on sentences written here.
import { describe, expect, it } from 'vitest'
import { of } from '../helpers/suggestion-spans'

describe('an owner in -s with an apostrophe alone', () => {
  it('owns a noun of saying (noun-cue)', () => {
    expect(of("The growers' statement that the harvest failed surprised the council.", 'noun-cue').map((c) => [c.source, c.cue])).toEqual([['The growers', 'statement']])
  })

  it('owns a stance with its preposition (possessive)', () => {
    expect(of("Even before Marcus' remarks about the levy, the council was divided.", 'possessive').map((c) => [c.source, c.content])).toEqual([["Marcus'", 'the levy']])
  })

  it('is no owner when it closes a quotation', () => {
    expect(of("They called the plan 'a disgrace' statement that nobody read.", 'noun-cue')).toEqual([])
  })
})

describe('the plural of a listed noun', () => {
  it('is read as the singular', () => {
    expect(of('Prices stayed low, belying the bankers’ warnings that they would soar.', 'noun-cue').map((c) => [c.source, c.cue])).toEqual([['the bankers', 'warnings']])
    expect(of('He won no sympathy with his complaints that the referee had been unfair.', 'noun-cue').map((c) => c.source)).toEqual(['his'])
    expect(of("The mayor's criticisms of the port authority grew sharper.", 'possessive').map((c) => [c.source, c.content])).toEqual([["The mayor's", 'the port authority']])
  })

  it('leaves out the plural of what one aims at', () => {
    expect(of("The firm's plans that worried the town were dropped.", 'noun-cue')).toEqual([])
  })
})

describe('an infinitive after "not" or a time (possessive)', () => {
  it('is the content of the stance', () => {
    expect(of("Then, the mayor's decision not to close the port was criticized.", 'possessive').map((c) => [c.source, c.content.slice(0, 22)])).toEqual([["the mayor's", 'not to close the port ']])
    expect(of("Oslo's pledge last month to add two frigates was welcomed.", 'possessive').map((c) => [c.source, c.content.slice(0, 14)])).toEqual([["Oslo's", 'to add two fri']])
  })

  it('leaves a preposition after a time alone', () => {
    expect(of("The union's criticism last week of the levy was loud.", 'possessive')).toEqual([])
  })
})

describe('a party or a nation named before the noun (possessive)', () => {
  it('holds the stance', () => {
    expect(of('A Dutch warning about a new trade war serves as a reminder.', 'possessive').map((c) => [c.source, c.content])).toEqual([['Dutch', 'a new trade war']])
    expect(of('The Republican criticism that his plan is failing grew louder.', 'possessive').map((c) => c.source)).toEqual(['Republican'])
  })

  it('is no name misread before the noun nor an attack of war', () => {
    expect(of('A Russian attack on the city killed ten people.', 'possessive')).toEqual([])
    expect(of('Mr. Okafor criticism of the levy was loud.', 'possessive')).toEqual([])
  })
})
