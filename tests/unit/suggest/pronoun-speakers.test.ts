// Pronouns as speakers (round 8, precision): an "it" that is the empty
// subject of "be", "seem" or "take" says nothing. Sentences written here.
import { describe, expect, it } from 'vitest'
import { found } from '../helpers/suggestion-spans'

const pairs = (text: string) => found(text).map((c) => [c.source, c.cue])

describe('"it" as the empty subject of "be", "seem", "take"', () => {
  it('gives a cue further on no speaker', () => {
    expect(pairs('It is wrong to criticize the mayor for the delay.')).toEqual([[null, 'criticize']])
    expect(pairs('It took the mayor a week to answer the letter, calling it a stunt.')).toEqual([[null, 'calling']])
  })
  it('keeps "it" that acts: a progressive, or any other verb', () => {
    expect(pairs('It is calling for a boycott of the bakery.')).toEqual([['It', 'calling for']])
    expect(pairs('It also accused the council of hiding the costs.').map(([s]) => s)).toEqual(['It'])
  })
})

describe('"it" for a body holding a view', () => {
  it('holds the stance of a verb of wanting, planning, expecting', () => {
    expect(pairs('The central bank raised rates again. It plans to move more slowly next year.')).toContainEqual(['It', 'plans'])
    expect(pairs('The ministry has few ports in the west, and it wants to build new rail links to the coast.')).toContainEqual(['it', 'wants'])
  })
  it('holds none when it makes someone do something', () => {
    expect(pairs('The new law took effect in March. It allows students to vote at their college.').map(([s]) => s)).not.toContain('It')
  })
  it('leaves the empty "it" without a speaker', () => {
    expect(pairs('It is wrong to criticize the mayor for the delay.')).toEqual([[null, 'criticize']])
  })
})
