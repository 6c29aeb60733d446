// Light verbs, phrasal verbs and attitudes joined by "and"/"but" to an
// earlier verb share that verb's subject ("The senator met the judge and
// was critical of …"), on sentences written here.
import { describe, expect, it } from 'vitest'
import { foundSpans } from '../helpers/suggestion-spans'

describe('stance phrases after "and" or "but"', () => {
  it('gives an attitude the subject of the verb before "and"', () => {
    expect(foundSpans('The governor visited the plant and was critical of the new rules.')).toContainEqual({ content: 'the new rules', source: 'The governor', cue: 'was critical of' })
  })

  it('gives a light verb the subject of the verb before "but"', () => {
    expect(foundSpans('The mayor toured the depot but took a swipe at the union leaders.')).toContainEqual({ content: 'the union leaders', source: 'The mayor', cue: 'took a swipe at' })
  })

  it('reads past the stance\'s own auxiliary and "not"', () => {
    expect(foundSpans('The senator met the judge on Monday and has been critical of the court.')).toContainEqual({ content: 'the court', source: 'The senator', cue: 'been critical of' })
  })

  it('reads a progressive verb before "and" as a finite verb with a subject', () => {
    expect(foundSpans('The mayor is touring the state and is critical of the new law.')).toContainEqual({ content: 'the new law', source: 'The mayor', cue: 'is critical of' })
  })

  it('leaves a bare "be" that takes its tense from an infinitive before it', () => {
    expect(foundSpans('The tax pushed drivers to drive less and be careful about their fuel.').filter((s) => /careful/.test(s.cue ?? ''))).toEqual([])
  })

  it('gives a stance after a comma and "and" or "then" the subject of the sentence', () => {
    expect(foundSpans('The governor vetoed the bill, and was critical of the plan.')).toContainEqual({ content: 'the plan', source: 'The governor', cue: 'was critical of' })
    expect(foundSpans('The senator met with donors on Monday, then took a swipe at the governor.')).toContainEqual({ content: 'the governor', source: 'The senator', cue: 'took a swipe at' })
  })
})

describe('verbs of stance after a comma and a conjunction', () => {
  it('gives the verb the subject of the sentence', () => {
    expect(foundSpans('The senator met the judge, and opposes a vote on the nominee.')).toContainEqual({ content: 'a vote on the nominee', source: 'The senator', cue: 'opposes' })
  })

  it('reads a participle after a bare comma as no stance of the subject', () => {
    expect(foundSpans('The mayor has raised ten million dollars, compared with two million for her rival.').filter((s) => s.cue === 'compared')).toEqual([])
  })
})
