// Speakers in the same sentence as their statement whose phrase was not
// read as a speaker: a pronoun of a part ("Yet another said", "Each
// argued") and a phrase ending in an -ing noun after a possessive ("a
// source familiar with her thinking"), on sentences written here.
import { describe, expect, it } from 'vitest'
import { foundSpans } from '../helpers/suggestion-spans'

describe('"another", "each", "either", "neither" standing alone as the subject', () => {
  it('reads the word as the speaker', () => {
    expect(foundSpans('Yet another said: “The mayor is in a tight race.”')).toContainEqual({ content: '“The mayor is in a tight race.”', source: 'another', cue: 'said' })
    expect(foundSpans('Each argued that the bridge should stay open.')).toContainEqual({ content: 'that the bridge should stay open', source: 'Each', cue: 'argued' })
  })

  it('leaves "another" before its noun to the noun phrase', () => {
    expect(foundSpans('Another neighbour said the bridge should stay open.')).toContainEqual({ content: 'the bridge should stay open', source: 'Another neighbour', cue: 'said' })
  })
})

describe('an -ing noun after a possessive ends a speaker phrase', () => {
  it('reads "familiar with her thinking" as part of the speaker', () => {
    expect(foundSpans('A source familiar with her thinking said, “She will run again.”')).toContainEqual({ content: '“She will run again.”', source: 'A source familiar with her thinking', cue: 'said' })
    expect(foundSpans("People familiar with the firm's planning said the merger was close.")).toContainEqual({ content: 'the merger was close', source: "People familiar with the firm's planning", cue: 'said' })
  })
})

describe('a relative "that" whose clause lacks its subject after the verb of saying', () => {
  it('reads the subject of the verb of saying as the speaker', () => {
    expect(foundSpans('The council dropped a plan that local doctors said would close the clinic.')).toContainEqual({ content: 'would close the clinic', source: 'local doctors', cue: 'said' })
    expect(foundSpans('The city ended a lockout that the workers said had cost them their savings.')).toContainEqual({ content: 'had cost them their savings', source: 'the workers', cue: 'said' })
  })

  it('leaves a pronoun there to the speaker around it', () => {
    expect(foundSpans('She criticized a system that they say is rigged.').filter((s) => s.cue === 'say' && s.source === 'they')).toEqual([])
  })
})

describe('"that" after a noun opens a relative clause, not the speaker phrase', () => {
  it('starts the speaker after "that"', () => {
    expect(foundSpans('Officials ended a strike that factory managers said could hurt sales.')).toContainEqual({ content: 'could hurt sales', source: 'factory managers', cue: 'said' })
  })
})
