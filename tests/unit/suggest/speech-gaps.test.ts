// Verbs of saying whose speaker or content is not where the plain rules
// look: "…, as X noted." at the end of a sentence.
import { describe, expect, it } from 'vitest'
import { of } from '../helpers/suggestion-spans'

describe('"as" before the speaker at the end of the sentence', () => {
  it('reports the clause before the comma', () => {
    const c = of('The budget will balance itself by next spring, as the treasurer has often predicted.', 'source-after')[0]
    expect(c?.source).toBe('the treasurer')
    expect(c?.content).toBe('The budget will balance itself by next spring')
    expect(of('The harvest was poor this year, as local farmers noted on Monday.', 'source-after')[0]?.source).toBe('local farmers')
  })

  it('leaves "as" with what follows, after a quotation or with a clause after it', () => {
    expect(of('Prices rose again, as the mayor said the town would struggle.', 'source-after')).toEqual([])
    expect(of('“Sit down,” he shouted, as the chair continued to speak.', 'source-after')).toEqual([])
    const c = of('Of course, as the coach observed, the real winner was the crowd.', 'said-that')[0]
    expect(c?.content).toBe('the real winner was the crowd')
  })
})

describe('a subject with an insertion before the verb of saying', () => {
  it('reads an adjective with its preposition after the head', () => {
    const c = of('Engineers familiar with the design, speaking on condition of anonymity because they were not allowed to comment, said that the bridge was safe.', 'said-that')[0]
    expect(c?.source).toBe('Engineers familiar with the design')
    expect(c?.content).toBe('that the bridge was safe')
  })

  it('ends an insertion at a comma inside the closing quotation mark', () => {
    expect(of('Ann Lee, host of the radio show “Morning Rounds,” suggested the mayor could lose.', 'said-that')[0]?.source).toBe('Ann Lee')
    expect(of('Ann Lee, host of the radio show "Morning Rounds," suggested the mayor could lose.', 'said-that')[0]?.source).toBe('Ann Lee')
    // (A quotation before the verb still reports what was said.)
    expect(of('“The mayor could lose,” suggested Ann Lee.', 'quote')[0]?.source).toBe('Ann Lee')
  })
})

describe('phrases the speaker is read with', () => {
  it('reads the head before a preposition with an object pronoun', () => {
    expect(of('The talks will resume next week, an aide close to her said.', 'source-after')[0]?.source).toBe('an aide close to her')
    expect(of('Friends close to him say he will retire.', 'said-that')[0]?.source).toBe('Friends close to him')
  })

  it('reads words joined by hyphens after a determiner', () => {
    expect(of('The attack was claimed by the so-called Eastern Front.', 'passive')[0]?.source).toBe('the so-called Eastern Front')
    expect(of('The forecast was disputed by a well-known pollster.', 'passive')[0]?.source).toBe('a well-known pollster')
  })
})
