// Verbs of saying whose subject, read leftwards, ran into another clause
// or phrase (round nine), on sentences written here.
import { describe, expect, it } from 'vitest'
import { foundSpans } from '../helpers/suggestion-spans'

describe('a second clause joined by "and" or "but" without a comma', () => {
  it('gives the verb of saying the subject after the conjunction, not the object before it', () => {
    expect(foundSpans('The union held a rally and workers said that wages are too low.')).toContainEqual({ content: 'that wages are too low', source: 'workers', cue: 'said' })
    expect(foundSpans('The council raised fares but several riders say the buses are late.')).toContainEqual({ content: 'the buses are late', source: 'several riders', cue: 'say' })
  })

  it('keeps a list of subjects after a verb that reports a clause', () => {
    expect(foundSpans('The mayor said the chief and his deputy argued that crime is falling.')).toContainEqual({ content: 'the chief and his deputy argued that crime is falling', source: 'The mayor', cue: 'said' })
  })
})

describe('an -ing form before the head of the subject', () => {
  it('reads it as a modifier after a determiner or at the start of the clause', () => {
    expect(foundSpans('The heads of both consulting firms told reporters that the fee was legal.')).toContainEqual({ content: 'that the fee was legal', source: 'The heads of both consulting firms', cue: 'told' })
    expect(foundSpans('It was a slow week. But polling experts say the race is tied.')).toContainEqual({ content: 'the race is tied', source: 'polling experts', cue: 'say' })
    expect(foundSpans('Several leading economists say the tax would slow growth.')).toContainEqual({ content: 'the tax would slow growth', source: 'Several leading economists', cue: 'say' })
  })

  it('leaves a verb with its object after "and" out of the subject', () => {
    expect(foundSpans('The firm is known for hiring graduates and asking young recruits hard questions.').filter((s) => s.source && /hiring|asking/.test(s.source))).toEqual([])
  })
})

describe('a share of people named by a pronoun', () => {
  it('is the subject of the verb of saying', () => {
    expect(foundSpans('Most of them said that the plant was safe.')).toContainEqual({ content: 'that the plant was safe', source: 'Most of them', cue: 'said' })
    expect(foundSpans('Two of us argued the fee was too high.')).toContainEqual({ content: 'the fee was too high', source: 'Two of us', cue: 'argued' })
  })
})

describe('a subject with an -ing clause after its head', () => {
  it('gives the verb of saying the people the clause describes', () => {
    expect(foundSpans('Farmers hoping to win new markets in Asia say the tariffs hurt them.')).toContainEqual({ content: 'the tariffs hurt them', source: 'Farmers hoping to win new markets in Asia', cue: 'say' })
  })

  it('reads a participle in -ed with its preposition the same way', () => {
    expect(foundSpans('Teachers opposed to the new test say it wastes class time.')).toContainEqual({ content: 'it wastes class time', source: 'Teachers opposed to the new test', cue: 'say' })
  })

  it('leaves a participle after the object of the sentence to its subject', () => {
    expect(foundSpans('The mayor met voters hoping to block the plan and said it would fail.')).toContainEqual({ content: 'it would fail', source: 'The mayor', cue: 'said' })
  })
})
