// Who speaks when the cue's verb has no subject of its own and shares the
// subject of another verb ("…, calling it …", "… and announced …"), on
// sentences written here with the spans they must find written out.
import { describe, expect, it } from 'vitest'
import { found } from '../helpers/suggestion-spans'

const speakers = (text: string) => found(text).map((c) => [c.cue, c.source])

describe('an -ing verb after the clause of the sentence', () => {
  it('reads an adverb that opens the main clause as no introduction', () => {
    expect(speakers('Then the governor vetoed the bill, calling it a waste of money.')).toEqual([
      ['vetoed', 'the governor'],
      ['calling', 'the governor'],
    ])
  })

  it('finds the subject past a time between it and its verb', () => {
    expect(found('The senator on Friday visited the plant, praising its workers as the best in the state.')).toEqual([
      { content: 'its workers as the best in the state', source: 'The senator', cue: 'praising', rule: 'said-that' },
    ])
  })

  it('finds the subject of a past tense the tagger reads as an adjective', () => {
    expect(speakers('On Monday, she hedged on the question, telling reporters she would decide later.')).toEqual([['telling', 'she']])
  })
})

describe('an -ing verb after the object of another verb', () => {
  it('gives what a statement or a response says to who made it', () => {
    expect(speakers('The president released a statement condemning the attack.')).toEqual([
      ['released', 'The president'],
      ['condemning', 'The president'],
    ])
    expect(found('The senator fired back a response saying he would not support the plan.')).toEqual([
      { content: 'he would not support the plan', source: 'The senator', cue: 'saying', rule: 'said-that' },
    ])
  })

  it('reads past an amount and a time after the thing made: "filed a $2 million lawsuit last year alleging"', () => {
    expect(speakers('The state attorney general filed a $2 million lawsuit last year alleging that the lender had misled borrowers.')).toContainEqual(['alleging', 'The state attorney general'])
  })

  it('gives it to a maker the tagger reads as no person: "The dean of the School of Law has published a letter disputing"', () => {
    expect(speakers('The dean of the School of Law has published a letter strongly disputing the claims of the board.')).toContainEqual(['disputing', 'The dean of the School of Law'])
  })

  it('still lets polls show and people say', () => {
    expect(speakers('Voters saw polls showing the mayor ahead.')).toEqual([
      ['saw', 'Voters'],
      ['showing', 'polls'],
    ])
    expect(speakers('The group emailed supporters saying the fight continues.')).toEqual([
      ['emailed', 'The group'],
      ['saying', null],
    ])
  })
})

describe('a relative "that" as the subject of a cue', () => {
  it('speaks for the phrase before it', () => {
    expect(found('The bill is opposed by prominent businesses that warn it could harm commerce.')).toEqual([
      { content: 'The bill', source: 'prominent businesses', cue: 'opposed by', rule: 'passive' },
      { content: 'it could harm commerce', source: 'prominent businesses that', cue: 'warn', rule: 'said-that' },
    ])
  })

  it('names no one after a time, where "that" opens what is said', () => {
    expect(speakers('The governor said in September that the state would take more refugees.')).toEqual([['said', 'The governor']])
  })
})

describe('an -ing verb after the name of an object', () => {
  it('shares the subject of the sentence, not the apposition', () => {
    expect(speakers('The mayor fired his police chief, Garry Smith, acknowledging that residents had lost trust in the force.')).toEqual([
      ['acknowledging', 'The mayor'],
    ])
  })

  it('still lets a name between commas after the subject speak', () => {
    expect(speakers('One delegate from Texas, Jim Poolman, said he was only leaning toward the senator.')).toEqual([['said', 'Jim Poolman']])
  })
})

describe('a verb joined by "and" to a relative clause', () => {
  it('shares the relative pronoun, past an adverb after "and"', () => {
    expect(speakers('He met groups that once opposed the deal and now say it will help them.')).toContainEqual(['say', 'groups that'])
    expect(speakers('The board includes the bank, which manages the debt and says it cannot repay it.')).toEqual([['says', 'the bank, which']])
  })
})

describe('an -ing clause that opens the sentence', () => {
  it('gives what it says to the subject of the main clause, up to the comma', () => {
    expect(found('After blasting the report for its errors, the senator doubled down on his claims.')).toContainEqual({
      content: 'the report for its errors',
      source: 'the senator',
      cue: 'blasting',
      rule: 'said-that',
    })
    expect(speakers('While praising the plan, the mayor warned that costs could rise.')).toEqual([
      ['praising', 'the mayor'],
      ['warned', 'the mayor'],
    ])
  })

  it('reads no relative clause after the comma as the main one', () => {
    expect(speakers('In rejecting the appeal, which came late, the court ruled for the city.')).not.toContainEqual(['rejecting', 'which'])
  })
})
