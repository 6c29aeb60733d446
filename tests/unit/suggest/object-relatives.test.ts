// A verb of stance in a relative clause whose object is the phrase before
// its subject ("everything they wanted", "the style he prefers"), on
// sentences written here.
import { describe, expect, it } from 'vitest'
import { foundSpans } from '../helpers/suggestion-spans'

describe('stances whose object comes before their subject', () => {
  it('reads a noun phrase before the subject as what is held', () => {
    expect(foundSpans('Farm policy is a topic the governor knows well.')).toContainEqual({ content: 'a topic', source: 'the governor', cue: 'knows' })
    expect(foundSpans('In the end the union got nearly everything its members wanted.')).toContainEqual({ content: 'everything', source: 'its members', cue: 'wanted' })
  })

  it('reads a relative pronoun before the subject as what is held', () => {
    expect(foundSpans('Lower taxes are what suburban voters want.')).toContainEqual({ content: 'what', source: 'suburban voters', cue: 'want' })
    expect(foundSpans('She is a nominee whom many senators strongly oppose.')).toContainEqual({ content: 'whom', source: 'many senators', cue: 'oppose' })
  })

  it('reads a comparison with what the subject holds', () => {
    expect(foundSpans('The turnout was higher than most organizers expected.')).toContainEqual({ content: 'than', source: 'most organizers', cue: 'expected' })
    expect(foundSpans('The crowd cheered as the senator spoke.').filter((f) => f.content === 'as')).toEqual([])
  })

  it('finds the subject inside a phrase the tagger reads as one', () => {
    expect(foundSpans('This was not the race the senator envisioned.')).toContainEqual({ content: 'the race', source: 'the senator', cue: 'envisioned' })
  })

  it('leaves a question, an -ing form and a verb with its preposition', () => {
    const cues = (s: string) => foundSpans(s).map((f) => f.cue)
    expect(cues('It depends on which candidate you believe.')).not.toContain('believe')
    expect(cues('They met the rivals they are challenging.')).not.toContain('challenging')
    expect(foundSpans('The mayor listed the issues she cares about.').filter((f) => f.cue === 'cares about' && f.content === 'the issues')).toEqual([])
  })

  it('leaves a stance inside what someone else says', () => {
    expect(foundSpans('The mayor said the voucher would pay for whatever programs parents want.').filter((f) => f.cue === 'want')).toEqual([])
  })
})
