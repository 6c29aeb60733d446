// The fourth round of families: speech tags after a quotation whatever
// their verb, attitudes read from a linking verb, and speakers behind an
// apposition, on sentences written here with the spans they must find.
import { describe, expect, it } from 'vitest'
import { found, of } from '../helpers/suggestion-spans'

describe('speech tags after a quotation (quote-tag)', () => {
  it('reads a name and any verb after the quotation, the tagger reading it as a noun or not', () => {
    expect(of('The clerk left early. “Go back to your desk,” Marlowe barked and walked out.', 'quote-tag')).toEqual([
      { content: '“Go back to your desk,”', source: 'Marlowe', cue: 'barked', rule: 'quote-tag' },
    ])
    expect(of('“Nobody on the board read the report,” Okafor notes. The vote was held anyway.', 'quote-tag').map((c) => [c.source, c.cue])).toEqual([
      ['Okafor', 'notes'],
    ])
    expect(of('“We tried that twice before,” Lindqvist points out. Nobody answered.', 'quote-tag').map((c) => [c.source, c.cue])).toEqual([
      ['Lindqvist', 'points out'],
    ])
  })

  it('reads the verb first, a speaker with its apposition after it', () => {
    expect(of('“Why should the ferry stop running in winter?” asked Brannigan, a harbour pilot. The ferry stopped.', 'quote-tag')).toEqual([
      { content: '“Why should the ferry stop running in winter?”', source: 'Brannigan', cue: 'asked', rule: 'quote-tag' },
    ])
  })

  it('reads a quotation signed with a dash', () => {
    expect(of('"The budget is a promise we cannot keep." - Councillor Adeyemi. The meeting ended.', 'quote-tag')).toEqual([
      { content: '"The budget is a promise we cannot keep."', source: 'Councillor Adeyemi', cue: '-', rule: 'quote-tag' },
    ])
  })

  it('leaves a quotation alone when what follows is a sentence of its own', () => {
    expect(found('“Nobody on the board read the report.” The vote was held anyway.').map((c) => c.rule)).toEqual(['quote-alone'])
  })
})

describe('attitudes read from a linking verb (attitude)', () => {
  it('reads an adjective of attitude and what it is about', () => {
    expect(found('Senator Okafor was sharply critical of the merger on Tuesday.')).toEqual([
      { content: 'the merger', source: 'Senator Okafor', cue: 'was sharply critical of', rule: 'attitude' },
    ])
    expect(found('The mayor remains opposed to the new stadium.')).toEqual([
      { content: 'the new stadium', source: 'The mayor', cue: 'remains opposed to', rule: 'attitude' },
    ])
    expect(found('Many farmers are skeptical that the subsidy will reach them.')).toEqual([
      { content: 'the subsidy will reach them', source: 'Many farmers', cue: 'are skeptical that', rule: 'attitude' },
    ])
  })

  it('reads the noun of a role: "has been a vocal critic of"', () => {
    expect(of('Councillor Ortiz has been a vocal critic of the transit board.', 'attitude')).toEqual([
      { content: 'the transit board', source: 'Councillor Ortiz', cue: 'been a vocal critic of', rule: 'attitude' },
    ])
  })

  it('needs a speaker and something the attitude is about', () => {
    expect(found('The bridge was closed for repairs.')).toEqual([])
    expect(found('She is happy.')).toEqual([])
    expect(found('The river was critical of nothing.')).toEqual([])
    // A forecast or a judgement of importance is no attitude.
    expect(found('The mayor is certain to win the runoff.')).toEqual([])
    expect(found('The treasurer was critical to the deal.')).toEqual([])
  })
})

describe('speakers behind an apposition', () => {
  it('does not take the content for the speaker when a name and its apposition open the sentence', () => {
    expect(found('Dana Whitfield, a nurse from Leeds, said the new rota was unworkable.')).toEqual([
      { content: 'the new rota was unworkable', source: 'Dana Whitfield', cue: 'said', rule: 'said-that' },
    ])
  })

  it('takes the name between commas, and an adjective standing for a person', () => {
    expect(found('One delegate from the northern branch, Piet Jansen, said he would abstain.').map((c) => c.source)).toEqual(['Piet Jansen'])
    // (The compound is a statement of its own: "self" described.)
    expect(found('The self-described fiscal conservative said the levy would pass.').map((c) => c.source)).toEqual(['self', 'The self-described fiscal conservative'])
  })
})

describe('verbs that are seldom a statement', () => {
  it('reads "maintains" as a statement only before a clause', () => {
    expect(found('The incumbent maintains a comfortable lead in the county.')).toEqual([])
    expect(found('The incumbent maintains that the count was fair.').map((c) => [c.source, c.cue, c.content])).toEqual([['The incumbent', 'maintains', 'that the count was fair']])
  })

  it('reads "states that" after a number as the noun', () => {
    expect(found('The 12 states that border the lake share a fishing quota.')).toEqual([])
  })
})

describe('"according to" inside the sentence it reports', () => {
  it('reads the whole sentence around the insertion', () => {
    expect(found('Attendance, according to the organisers, has doubled since spring.')).toEqual([
      { content: 'Attendance, according to the organisers, has doubled since spring', source: 'the organisers', cue: 'according to', rule: 'according-to' },
    ])
  })

  it('starts after the insertion when only a connective comes before it', () => {
    expect(found('But, according to the census office, 12 percent of homes stand empty.').map((c) => c.content)).toEqual(['12 percent of homes stand empty'])
  })
})

describe('a share of people after "with"', () => {
  it('reads "with 30 percent of voters saying" as the share speaking, not a date', () => {
    expect(found('Support fell, with 30 percent of tenants saying the rent was too high.')).toEqual([
      { content: 'the rent was too high', source: '30 percent of tenants', cue: 'saying', rule: 'said-that' },
    ])
  })
})
