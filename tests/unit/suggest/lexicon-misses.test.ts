// Statements whose cue is a verb of the lexicon but which were lost: a
// speaker the phrase reader stopped short of, or a verb the tagger took
// for something else. Sentences written here, with the spans to find.
import { describe, expect, it } from 'vitest'
import { suggestForText } from '../../../src/main/services/suggest/engine'

/** Source and content of each suggestion, easy to compare. */
function found(text: string) {
  return suggestForText(text, []).claims.map((c) => ({ source: c.source?.text ?? null, content: c.content.text }))
}

describe('a reflexive that stresses the speaker', () => {
  it('reads past "itself" or "herself" to the speaker', () => {
    expect(found('The company itself said the merger was off.')).toEqual([{ source: 'The company', content: 'the merger was off' }])
    expect(found('The governor herself has argued that the tax is unfair.')).toEqual([{ source: 'The governor', content: 'that the tax is unfair' }])
  })
})

describe('a share of people given in percent', () => {
  it('reads "call" after "percent" as the verb', () => {
    expect(found('Some 58 percent call him honest.')).toEqual([{ source: 'Some 58 percent', content: 'him honest' }])
  })
})

describe('the subject of a clause with an insertion before its verb', () => {
  it('reads past a connective before the subject', () => {
    expect(found('Still many economists, like their colleagues abroad, say the tax is too low.')).toEqual([{ source: 'many economists', content: 'the tax is too low' }])
  })

  it('keeps a possessive and a prepositional phrase in the subject', () => {
    expect(found('Her allies in the Senate, most of them moderates, argue that the bill will pass.')).toEqual([
      { source: 'Her allies in the Senate', content: 'that the bill will pass' },
    ])
  })

  it('reads a quantifier the tagger calls an adverb as the subject', () => {
    expect(found('In Ohio, most said they were undecided.')).toEqual([{ source: 'most', content: 'they were undecided' }])
  })
})

describe('a subordinate clause with an insertion before its verb', () => {
  it('takes the subject after "while", not what follows the comma', () => {
    expect(found('While most doctors, including several on the panel, opposed the rule, the board adopted it.').map((c) => c.source)).toEqual(['most doctors'])
  })
})

describe('a verb in -s the tagger reads as a noun after a group', () => {
  it('reads "backs" after "the union" as the verb', () => {
    expect(found('The union backs Mr. Sanders.')).toEqual([{ source: 'The union', content: 'Mr. Sanders' }])
  })
})

describe('a verb in -s the tagger reads as a noun after a name', () => {
  it('reads it as the verb, but not after "the" and a name', () => {
    expect(found('Walker reports gifts from two donors.')).toEqual([{ source: 'Walker', content: 'gifts from two donors' }])
    expect(found('The Clinton campaigns spent more.')).toEqual([])
  })
})

describe('a time or an insertion between the speaker and the verb', () => {
  it('reads past a time with no preposition', () => {
    expect(found('The mayor last week said the budget was balanced.').map((c) => c.source)).toEqual(['The mayor'])
    expect(found('Jones earlier Monday said the vote would be close.').map((c) => c.source)).toEqual(['Jones'])
    expect(found('The ministry less than a month ago said that exports had grown.').map((c) => c.source)).toEqual(['The ministry'])
  })

  it('reads past an insertion between double hyphens', () => {
    expect(found('The judge -- who has sat on the bench for decades -- said she would retire.').map((c) => c.source)).toEqual(['The judge'])
  })
})

describe('speakers the checks on people turned down', () => {
  it('takes a surname the tagger calls a verb for part of a name', () => {
    expect(found('Sen. Roy Blunt is backing the governor.').map((c) => c.source)).toEqual(['Sen. Roy Blunt'])
  })

  it('reads "10 percent of them" as people', () => {
    expect(found('About 12 percent of them voted for the mayor.')).toEqual([{ source: '12 percent of them', content: 'the mayor' }])
  })

  it('takes "yes" or "no" as what was said', () => {
    expect(found('Every member but Smith said yes.').map((c) => c.content)).toEqual(['yes'])
  })
})

describe('"Asked by X whether …"', () => {
  it('makes the one who asks the source of the question', () => {
    expect(found('Asked by a reporter whether he would run again, the governor laughed.')).toEqual([{ source: 'a reporter', content: 'whether he would run again' }])
  })
})

describe('an adverb the tagger calls a verb', () => {
  it('is read past between the speaker and the verb', () => {
    expect(found('The weather was fine. She further announced that the talks had ended.')).toEqual([{ source: 'She', content: 'that the talks had ended' }])
  })
})

describe('an insertion right after "says,"', () => {
  it('keeps what is said after it', () => {
    expect(found('The mayor says, rain or shine, she will open the park.')).toEqual([{ source: 'The mayor', content: 'rain or shine, she will open the park' }])
  })
})
