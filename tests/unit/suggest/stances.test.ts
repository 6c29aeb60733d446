// The rule families added for statements without a verb of saying and for
// speakers the first rules missed, on sentences written here with the spans
// they must find written out.
import { describe, expect, it } from 'vitest'
import { found, of } from '../helpers/suggestion-spans'

describe('light verbs before a noun of saying or of stance', () => {
  it('reads "took a swipe at", "made allegations against" and "made it clear"', () => {
    expect(found('The governor took a swipe at the mayor over the budget.')).toEqual([
      { content: 'the mayor', source: 'The governor', cue: 'took a swipe at', rule: 'light-verb' },
    ])
    expect(found('The paper made the same allegations against the union in May.')).toEqual([
      { content: 'the union', source: 'The paper', cue: 'made the same allegations against', rule: 'light-verb' },
    ])
    expect(found('The union made it clear that its members would strike.')).toEqual([
      { content: 'its members would strike', source: 'The union', cue: 'made it clear', rule: 'light-verb' },
    ])
  })

  it('reads a statement put out or released, whoever released it', () => {
    expect(found('The town released a statement on Friday saying the audit was flawed.')).toEqual([
      { content: 'the audit was flawed', source: 'The town', cue: 'released a statement on Friday saying', rule: 'light-verb' },
    ])
  })

  it('takes a clause after the noun whole, and ends it before a second speaker', () => {
    expect(of('The agency has not made a formal assessment of who was behind the leak, but two senators said all signs pointed to the contractor.', 'light-verb')).toEqual([
      { content: 'who was behind the leak', source: 'The agency', cue: 'made a formal assessment of', rule: 'light-verb' },
    ])
  })
})

describe('phrasal verbs of stance', () => {
  it('reads "went after", "stood by" and "came out against"', () => {
    expect(found('The senator went after the governor on taxes.')).toEqual([
      { content: 'the governor', source: 'The senator', cue: 'went after', rule: 'phrasal' },
    ])
    expect(found('The mayor stood by her remarks.')).toEqual([{ content: 'her remarks', source: 'The mayor', cue: 'stood by', rule: 'phrasal' }])
    expect(found('The union came out against the plan.')).toEqual([{ content: 'the plan', source: 'The union', cue: 'came out against', rule: 'phrasal' }])
  })
})

describe('evidence that shows', () => {
  it('reads records, filings and polls as the source, before or after what they show', () => {
    expect(found('Court filings show that the firm paid the fee twice.')).toEqual([
      { content: 'that the firm paid the fee twice', source: 'Court filings', cue: 'show', rule: 'evidence' },
    ])
    expect(of('The firm paid the fee in May, records show.', 'evidence')).toEqual([
      { content: 'The firm paid the fee in May', source: 'records', cue: 'show', rule: 'evidence' },
    ])
    expect(of('New polls released Sunday showed the mayor taking a lead.', 'evidence')).toEqual([
      { content: 'the mayor taking a lead', source: 'New polls', cue: 'showed', rule: 'evidence' },
    ])
  })

  it('leaves a trailing "records show" out of the statement before it', () => {
    expect(of('The firm paid the fee in May, records show.', 'said-that')).toEqual([])
  })
})

describe('a poll that opens the sentence', () => {
  it('is the source of the clause after its comma', () => {
    expect(of('In a Gallup survey released Friday, most respondents backed the plan.', 'poll')).toEqual([
      { content: 'most respondents backed the plan', source: 'a Gallup survey released Friday', cue: 'In', rule: 'poll' },
    ])
  })

  it('but not in the middle of a sentence, where it names a lead more often than a statement', () => {
    expect(of('The mayor has a clear lead in the polls.', 'poll')).toEqual([])
  })
})

describe('headlines', () => {
  it('read a verb in -s the tagger took for a name or a plural', () => {
    expect(found('Governor Ann Lee Slams Budget Plan')).toEqual([{ content: 'Budget Plan', source: 'Governor Ann Lee', cue: 'Slams', rule: 'said-that' }])
    expect(found('Super PAC blasts Lee for skipping debate')).toEqual([
      { content: 'Lee for skipping debate', source: 'Super PAC', cue: 'blasts', rule: 'said-that' },
    ])
  })
})

describe('verbs before an infinitive of saying', () => {
  it('give "went on to say" and "tried to explain" the subject of the first verb', () => {
    expect(found('The mayor went on to say the budget was balanced.')).toEqual([
      { content: 'the budget was balanced', source: 'The mayor', cue: 'say', rule: 'said-that' },
    ])
  })

  it('drop such a statement inside what someone else said', () => {
    expect(found('Lee said the council was trying to slam the door on the plan.')).toEqual([
      { content: 'the council was trying to slam the door on the plan', source: 'Lee', cue: 'said', rule: 'said-that' },
    ])
  })
})

describe('verbs that only report a quotation', () => {
  it('read "continued:" and "read:" before a quotation, and nothing else', () => {
    expect(found('The mayor continued: “We will not back down.”')).toEqual([
      { content: '“We will not back down.”', source: 'The mayor', cue: 'continued', rule: 'quote' },
    ])
    expect(found('The banner read: “No new taxes.”')).toEqual([{ content: '“No new taxes.”', source: 'The banner', cue: 'read', rule: 'quote' }])
    expect(found('The mayor continued to push the plan.').map((c) => c.cue)).not.toContain('continued')
  })
})

describe('noun cues before "is that"', () => {
  it('read "Her answer was that …" and "his claim that …"', () => {
    expect(found('Her answer was that the law is clear.')).toEqual([{ content: 'that the law is clear', source: 'Her', cue: 'answer was', rule: 'noun-cue' }])
    expect(found('His claim that the vote was rigged spread fast.')).toEqual([
      { content: 'that the vote was rigged spread fast', source: 'His', cue: 'claim', rule: 'noun-cue' },
    ])
  })
})

describe('labels before a colon', () => {
  it('read a name after a dash, or a name before a quotation anywhere in the sentence', () => {
    expect(found('BUDGET FIGHT NOT OVER - Jane Roe: “The numbers do not add up.”')).toEqual([
      { content: '“The numbers do not add up.”', source: 'Jane Roe', cue: ':', rule: 'colon' },
    ])
    expect(found('The result did not surprise analyst Tom Poe: “Nobody expected a tie.”')).toEqual([
      { content: '“Nobody expected a tie.”', source: 'analyst Tom Poe', cue: ':', rule: 'colon' },
    ])
  })

  it('but not "Among the votes:" or "At issue:"', () => {
    expect(found('At issue: a proposal that would change the rules of the convention.')).toEqual([])
  })
})

describe('speakers the first rules missed', () => {
  it('finds the subject that opens the clause past its insertions', () => {
    expect(found('Sen. Ann Ray, facing a tough race in Ohio, a swing state, said she would vote against it.')).toEqual([
      { content: 'she would vote against it', source: 'Sen. Ann Ray', cue: 'said', rule: 'said-that' },
    ])
    expect(found('“We will win,” Tom Poe, founder of the Civic Center, tells the paper in an interview.')).toEqual([
      { content: '“We will win,”', source: 'Tom Poe', cue: 'tells', rule: 'quote' },
    ])
  })

  it('gives a stance in -ing with its infinitive the subject after an introductory adverb', () => {
    expect(found('Instead, the mayor kept to his message, hoping to avoid a fight.')).toEqual([
      { content: 'to avoid a fight', source: 'the mayor', cue: 'hoping', rule: 'said-that' },
    ])
  })

  it('skips a time or an introductory phrase to the subject of "… and said"', () => {
    expect(found('In May, a federal judge sided with the city, saying the law was void.')).toEqual([
      { content: 'the city', source: 'a federal judge', cue: 'sided with', rule: 'phrasal' },
      { content: 'the law was void', source: 'a federal judge', cue: 'saying', rule: 'said-that' },
    ])
    expect(found('Asked about the vote, the mayor shook her head and said, “No.”')).toEqual([
      { content: '“No.”', source: 'the mayor', cue: 'said', rule: 'quote' },
    ])
  })

  it('reads a speaker after the verb with what follows its head', () => {
    expect(found('“It was a mistake,” said a source close to the campaign.')).toEqual([
      { content: '“It was a mistake,”', source: 'a source', cue: 'said', rule: 'quote' },
    ])
  })

  it('reads a quotation that ends its sentence with the short sentence after it', () => {
    expect(found('“Why would we wait?” Lee said. The vote is on Monday.')).toEqual([
      { content: '“Why would we wait?”', source: 'Lee', cue: 'said', rule: 'quote' },
    ])
  })

  it('keeps a sentence whole over the full stops of a parenthesis, and reads surnames the tagger took for words', () => {
    expect(found('Rep. Ann Lee (D-N.Y.) said the vote was fair.')).toEqual([
      { content: 'the vote was fair', source: 'Rep. Ann Lee', cue: 'said', rule: 'said-that' },
    ])
    expect(found('Day said the vote was fair.')).toEqual([{ content: 'the vote was fair', source: 'Day', cue: 'said', rule: 'said-that' }])
  })

  it('reads "who backs", "Both want" and a preposition that belongs to the cue', () => {
    expect(of('The fund is run by Ann Lee, a donor who backs the mayor.', 'said-that')).toEqual([
      { content: 'the mayor', source: 'a donor who', cue: 'backs', rule: 'said-that' },
    ])
    expect(found('Both want a new vote.')).toEqual([{ content: 'a new vote', source: 'Both', cue: 'want', rule: 'said-that' }])
    expect(found('Most residents agree with the mayor.')).toEqual([{ content: 'the mayor', source: 'Most residents', cue: 'agree with', rule: 'said-that' }])
    expect(found('The council voted against the new tax.')).toEqual([{ content: 'the new tax', source: 'The council', cue: 'voted against', rule: 'said-that' }])
  })
})

describe('what is still no statement', () => {
  it('skips a by-line in the passive and a stance with no person behind it', () => {
    expect(found('This column was first published by the Daily Star.')).toEqual([])
    expect(found('For years, the plant ran at a loss.')).toEqual([])
  })
})
