// Who speaks when the cue's clause has no subject of its own or its subject
// belongs to another clause (speakers of statements the rules find), on
// sentences written here with the spans they must find written out.
import { describe, expect, it } from 'vitest'
import { found } from '../helpers/suggestion-spans'

describe('a verb that shares the subject of the sentence', () => {
  it('takes the speaker of the main cue, not the subject of the clause it reports', () => {
    expect(found('The mayor says residents may dislike the tax, but insists the city needs it.')).toEqual([
      { content: 'residents may dislike the tax', source: 'The mayor', cue: 'says', rule: 'said-that' },
      { content: 'the city needs it', source: 'The mayor', cue: 'insists', rule: 'said-that' },
    ])
  })
})

describe('a clause inside what someone else says', () => {
  it('leaves the speaker of a reported clause to the statement that reports it', () => {
    expect(found('The coach said the league has not replied to his letters.')).toEqual([
      { content: 'the league has not replied to his letters', source: 'The coach', cue: 'said', rule: 'said-that' },
    ])
    expect(found('The council said that the mayor had criticized the budget.')).toEqual([
      { content: 'that the mayor had criticized the budget', source: 'The council', cue: 'said', rule: 'said-that' },
      { content: 'the budget', source: null, cue: 'criticized', rule: 'said-that' },
    ])
  })

  it('names no speaker in a question: "Do you support the mayor?"', () => {
    expect(found('Do you support the mayor in this race?').map((c) => c.source)).toEqual([null])
  })

  it('names no speaker after "whether", "what" or a noun\'s "that"', () => {
    expect(found('Nobody knows whether the senator would endorse the plan.').map((c) => c.source)).toEqual([null])
    expect(found('She railed against what she calls a rigged process.')).toEqual([
      { content: 'what she calls a rigged process', source: 'She', cue: 'railed against', rule: 'said-that' },
      { content: 'a rigged process', source: null, cue: 'calls', rule: 'said-that' },
    ])
  })

  it('still reads a subject that opens its own clause', () => {
    expect(found('After the vote, the senator said the plan was dead.')[0]).toMatchObject({ source: 'the senator', cue: 'said' })
  })
})

describe('names that look like verbs', () => {
  it('reads "United States" as a name, never as the verb "state"', () => {
    expect(found('The case went before the United States Supreme Court in May.')).toEqual([])
  })
})

describe('datelines', () => {
  it('finds the subject after a dateline, never the place or the agency', () => {
    expect(found('WASHINGTON (Reuters) - The senator met the families on Thursday and said the country must act.')).toEqual([
      { content: 'the country must act', source: 'The senator', cue: 'said', rule: 'said-that' },
    ])
    expect(found('MYRTLE BEACH, S.C. - Sen. Ted Cruz continued his attacks on Saturday, calling his rival a fraud.')).toEqual([
      { content: 'his rival a fraud', source: 'Sen. Ted Cruz', cue: 'calling', rule: 'said-that' },
    ])
    expect(found('New York (AFP) – The governor hit the trail on Monday, accusing his rival of lying.')[0]).toMatchObject({ source: 'The governor', cue: 'accusing' })
  })
})

describe('speakers named after the verb', () => {
  it('reads a speaker with a participle after it: "said one aide involved in the talks"', () => {
    expect(found('“We will not wait for them,” said one aide involved in the talks, who asked not to be named.')[0]).toEqual({
      content: '“We will not wait for them,”',
      source: 'one aide',
      cue: 'said',
      rule: 'quote',
    })
    expect(found('“It is a way to take part,” says a donor known as Sam.')[0]).toMatchObject({ source: 'a donor', cue: 'says', rule: 'quote' })
  })

  it('reads "the 46-year-old" as a speaker', () => {
    expect(found('“He has always been a leader,” said the 46-year-old.')).toEqual([
      { content: '“He has always been a leader,”', source: 'the 46-year-old', cue: 'said', rule: 'quote' },
    ])
  })

  it('keeps a clause after the verb a clause: "…, said he voted for …"', () => {
    expect(found('The engineer, who met the candidate twice, said he voted for the mayor in 2008.')[0]).toMatchObject({ source: 'The engineer', cue: 'said' })
  })
})

describe('a subject and its verb right before a quotation', () => {
  it('reads "X gloated: “…”" and "X cracked, “…”" whatever the verb', () => {
    expect(found('The debate went badly. And the mayor gloated: “I told you he would not be ready for this.”')).toEqual([
      { content: '“I told you he would not be ready for this.”', source: 'the mayor', cue: 'gloated', rule: 'quote-tag' },
    ])
    expect(found('During the first debate, the governor cracked, “I am a progressive who likes to get things done.”')[0]).toMatchObject({ source: 'the governor', cue: 'cracked', rule: 'quote-tag' })
  })

  // (The quotation itself may still be the sentence subject's: quote-intro.ts.)
  it('never gives a quotation to the subject of a subordinate clause before it', () => {
    const claims = found('The paper hit the council where it lives: “Robberies are up again in every ward this year.”')
    expect(claims).toHaveLength(1)
    expect(claims[0].content).toContain('“Robberies are up again in every ward this year.”')
    expect(claims[0].source).not.toBe('it')
  })
})

describe('"X said, according to Y"', () => {
  it('makes the one who reports what was said the source', () => {
    expect(found('The rally was calm. “Do not protest on the floor tonight,” the senator said, according to the radio station.')).toEqual([
      { content: '“Do not protest on the floor tonight,”', source: 'the radio station', cue: 'according to', rule: 'according-to' },
    ])
    expect(found('The senator said he would have fired the aide, according to press reports.')[0]).toEqual({
      content: 'The senator said he would have fired the aide',
      source: 'press reports',
      cue: 'according to',
      rule: 'according-to',
    })
  })
})

describe('"as X put it" and "as X, an expert, noted"', () => {
  it('reads the speaker of a clause opened by "as"', () => {
    expect(found('Or, as Tom Ridge, a former governor, put it: “The barbarians are no longer at the gate.”')).toEqual([
      { content: '“The barbarians are no longer at the gate.”', source: 'Tom Ridge', cue: 'put it', rule: 'quote' },
    ])
    expect(found('As the columnist puts it, “Nobody knows what comes next in this race.”')[0]).toMatchObject({ source: 'the columnist', cue: 'puts it' })
    expect(found('As Andrew Tabler, an expert on Syria, noted, “Everyone in the region is waiting.”')[0]).toMatchObject({ source: 'Andrew Tabler', cue: 'noted' })
  })

  it('reads "put" with anything else as no statement', () => {
    expect(found('She put it on the table before the vote.')).toEqual([])
  })
})

describe('labels before a colon that name no one', () => {
  it('reads no speaker in "Revealed:", "Contributing:" or a by-line', () => {
    expect(found('Revealed: The Senators Who Skipped The Vote Last Week')).toEqual([])
    expect(found('The rally ended late. Contributing: Jane Roe and John Doe, Daily Courier')).toEqual([])
    expect(found('A new club opens downtown, by Times\' Jane Roe: “The club will open on the first of May with a free concert.”').map((c) => c.source)).not.toContain('Jane Roe')
  })

  it('still reads a name before a headline colon', () => {
    expect(found('Sanders: Clinton Email Story Has Moved On')[0]).toMatchObject({ source: 'Sanders', rule: 'colon' })
  })
})

describe('a relative clause before the verb', () => {
  it('takes the noun the relative clause belongs to, not its object', () => {
    expect(found('Many voters who attended the Saturday debate said they were unfazed by the flap.')[0]).toEqual({
      content: 'they were unfazed by the flap',
      source: 'Many voters',
      cue: 'said',
      rule: 'said-that',
    })
    expect(found('People who have battled other online threats say the company could do more.')[0]).toMatchObject({ source: 'People', cue: 'say' })
  })
})

describe('a word that opens a clause is no speaker', () => {
  it('names no speaker for "When asked about …" or "After announcing …"', () => {
    expect(found('When asked about the opioid crisis, the senator said he knows its cost firsthand.')).toEqual([
      { content: 'the opioid crisis, the senator said he knows its cost firsthand', source: null, cue: 'asked about', rule: 'said-that' },
      { content: 'he knows its cost firsthand', source: 'the senator', cue: 'said', rule: 'said-that' },
    ])
  })
})

describe('a verb joined by "and" to a clause with its own subject', () => {
  it('shares the subject of the verb it is joined to, not the sentence\'s', () => {
    expect(found('The crowd cheered when the mayor spotted a sign in the hall and asked an aide to fetch it.')).toEqual([
      { content: 'an aide to fetch it', source: 'the mayor', cue: 'asked', rule: 'said-that' },
    ])
  })
})

describe('a speaker with a relative clause before the verb', () => {
  it('reads "X, who …, mocked Y" as X speaking, not as a statement before the verb', () => {
    expect(found('The mayor, who has a wide lead in the polls, mocked the governor for his speech.')).toEqual([
      { content: 'the governor for his speech', source: 'The mayor', cue: 'mocked', rule: 'said-that' },
    ])
    expect(found('Jane Roe, the director of the group, which organized the letter, said the answer was weak.')[0]).toMatchObject({ source: 'Jane Roe', cue: 'said' })
  })

  it('still reads a clause before an inverted cue: "…, said the mayor"', () => {
    expect(found('The budget will pass next week, said the mayor.')[0]).toMatchObject({ source: 'the mayor', rule: 'source-after' })
  })
})
