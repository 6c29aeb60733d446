// The seventh round of statements whose cue is a noun: support or
// judgement had or faced, nouns of saying with their author after "from",
// stances named by a noun with "have" or a light verb; on sentences
// written here.
import { describe, expect, it } from 'vitest'
import { of } from '../helpers/suggestion-spans'

describe('support or judgement had or faced (backing)', () => {
  it('reads "has the support of" though "has" is tagged as an auxiliary', () => {
    expect(of('Okafor has the support of most dock workers.', 'backing').map((c) => [c.source, c.content, c.cue])).toEqual([
      ['most dock workers', 'Okafor', 'has the support of'],
    ])
    expect(of('Okafor has strong support among dock workers in the port.', 'backing').map((c) => [c.source, c.content])).toEqual([['dock workers', 'Okafor']])
  })

  it('passes a possessive pronoun after the verb before "among"', () => {
    expect(of('Okafor had her strongest support among older voters.', 'backing').map((c) => [c.source, c.content])).toEqual([['older voters', 'Okafor']])
  })

  it('lets a judgement fall on a thing as well as a person', () => {
    expect(of('The ferry levy is facing criticism from several local farmers.', 'backing').map((c) => [c.source, c.content])).toEqual([
      ['several local farmers', 'The ferry levy'],
    ])
    expect(of('The mayor faced stiff opposition from shop owners to the new levy.', 'backing').map((c) => [c.source, c.content])).toEqual([['shop owners', 'The mayor']])
  })

  it('still wants a person to have support', () => {
    expect(of('The levy has the support of most dock workers.', 'backing')).toEqual([])
  })
})

describe('a possessive pronoun whose verb has its subject far before it', () => {
  it('takes the subject of the sentence past a relative clause or an infinitive', () => {
    expect(of('Okafor, who was not at the meeting, has toned down her criticism of the levy.', 'possessive').map((c) => [c.source, c.content])).toEqual([['Okafor', 'the levy']])
    expect(of('Okafor was in Lagos this week to expand on her argument for a lower levy.', 'possessive').map((c) => [c.source, c.content])).toEqual([['Okafor', 'a lower levy']])
  })

  it('keeps the pronoun when no verb governs the noun', () => {
    expect(of('Okafor spoke for an hour. Her criticism of the levy was sharp.', 'possessive').map((c) => c.source)).toEqual(['Her'])
  })
})

describe('a view held, named by a noun after "have" (held-view)', () => {
  it('reads the holder, the noun and what the view is about', () => {
    expect(of('Okafor had strong views on how the port was run.', 'held-view').map((c) => [c.source, c.cue, c.content])).toEqual([
      ['Okafor', 'had strong views on', 'how the port was run'],
    ])
    expect(of('Many dock workers have mixed feelings about the new levy.', 'held-view').map((c) => [c.source, c.content])).toEqual([['Many dock workers', 'the new levy']])
    expect(of('The mayor has no doubt that the levy will pass.', 'held-view').map((c) => [c.source, c.content])).toEqual([['The mayor', 'the levy will pass']])
  })

  it('takes an infinitive after plans', () => {
    expect(of('The governor has no plans to close the pier.', 'held-view').map((c) => [c.source, c.content])).toEqual([['The governor', 'to close the pier']])
  })

  it('leaves out things that hold nothing, and "had better"', () => {
    expect(of('The report has questions about the levy.', 'held-view')).toEqual([])
    expect(of('Okafor had better plan to win the vote.', 'held-view')).toEqual([])
  })
})

describe('a view named by a noun before "is that" or "is to" (noun-cue)', () => {
  it('reads past adjectives between the owner and the noun', () => {
    expect(of("Okafor's most serious claim is that the levy is illegal.", 'noun-cue').map((c) => [c.source, c.cue, c.content])).toEqual([
      ['Okafor', 'claim is', 'that the levy is illegal'],
    ])
  })

  it('reads past an adverb, "has been" or what the noun is about before "be"', () => {
    expect(of('Her message has been that the port must grow.', 'noun-cue').map((c) => [c.source, c.content])).toEqual([['Her', 'that the port must grow']])
    expect(of("Okafor's strategy for the vote is to win over the dock workers.", 'noun-cue').map((c) => [c.source, c.content])).toEqual([
      ['Okafor', 'to win over the dock workers'],
    ])
  })

  it('reads past a time or a place between the noun and "that"', () => {
    expect(of('Nobody checked her claim in March that the levy was illegal.', 'noun-cue').map((c) => [c.source, c.content])).toEqual([['her', 'that the levy was illegal']])
    expect(of('The claim in an ad that ran on Sunday was false.', 'noun-cue')).toEqual([])
  })

  it('leaves the aims of things and of no one out', () => {
    expect(of('Its main goal is to cut costs.', 'noun-cue')).toEqual([])
    expect(of('The goal is to cut costs.', 'noun-cue')).toEqual([])
  })
})

describe('a statement named by a noun with its author after "from" (authored)', () => {
  it('reads the author and what follows it', () => {
    expect(of('The vote came amid stark warnings from local doctors about the water.', 'authored').map((c) => [c.source, c.cue, c.content])).toEqual([
      ['local doctors', 'warnings from', 'the water'],
    ])
    expect(of('She ignored pleas from dock workers to delay the levy.', 'authored').map((c) => [c.source, c.content])).toEqual([['dock workers', 'to delay the levy']])
    expect(of('It followed an allegation from his former aide, Ruth Baker, that the books were false.', 'authored').map((c) => [c.source, c.content])).toEqual([
      ['his former aide', 'the books were false'],
    ])
  })

  it('leaves out a relative clause, a place and a time', () => {
    expect(of('She got a message from the mayor that read like a threat.', 'authored')).toEqual([])
    expect(of('He did not return a message from the newspaper on Monday.', 'authored')).toEqual([])
  })
})
