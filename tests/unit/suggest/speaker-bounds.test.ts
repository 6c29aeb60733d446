// Where the speaker phrase before a cue begins and ends: participles and
// times inside it, clauses that modify it, introductions before it, and
// phrases that only look like its subject. Sentences written here.
import { describe, expect, it } from 'vitest'
import { suggestForText } from '../../../src/main/services/suggest/engine'

/** The speaker of each suggestion, by its cue. */
function speakers(text: string) {
  return suggestForText(text, []).claims.map((c) => [c.cue?.text ?? null, c.source?.text ?? null])
}

describe('a participle inside the speaker phrase', () => {
  it('keeps "registered" and "sleepy-eyed" in the phrase', () => {
    expect(speakers('Sixty percent of likely registered voters say the economy is weak.')).toEqual([['say', 'Sixty percent of likely registered voters']])
    expect(speakers('A sleepy-eyed Jones says he is ready for the vote.')).toEqual([['says', 'A sleepy-eyed Jones']])
  })

  it('still reads "the bill registered voters" as a clause', () => {
    expect(speakers('The clerk said the office registered voters all week.')[0]).toEqual(['said', 'The clerk'])
  })
})

describe('a time before the verb', () => {
  it('is no part of the speaker: "The mayor at the time said"', () => {
    expect(speakers('The mayor at the time said the bridge was safe.')).toEqual([['said', 'The mayor']])
  })

  it('is no speaker when it opens the sentence: "Minutes later, the governor …, telling"', () => {
    expect(speakers('Minutes later, the governor called the ruling a disgrace, telling reporters it would be appealed.')).toEqual([
      ['called', 'the governor'],
      ['telling', 'the governor'],
    ])
  })
})

describe('a clause that modifies the speaker', () => {
  it('reads past "obtained by" to the document that speaks', () => {
    expect(speakers('A March 3 memo from the union obtained by the Daily Ledger warns that a strike is likely.')).toEqual([['warns', 'A March 3 memo from the union']])
  })

  it('reads past "who spoke with" to the people who speak', () => {
    expect(speakers('Two teachers who spoke with the Daily Ledger said the school was closing.')).toEqual([['said', 'Two teachers']])
  })

  it('reads past an -ing participle and its phrases: "speaking on condition of anonymity"', () => {
    expect(speakers('A staff member speaking on condition of anonymity said the plant would close.')).toEqual([['said', 'A staff member']])
    expect(speakers('One trader speaking to reporters at the exchange said prices would fall.')).toEqual([['said', 'One trader']])
  })
})

describe('an introduction with a place and a time', () => {
  it('finds the subject after "At a town hall in Dover, Delaware, on Monday,"', () => {
    expect(speakers('At a town hall in Dover, Delaware, on Monday, the senator answered questions, saying the tax would go.')).toEqual([['saying', 'the senator']])
  })
})

describe('an -ing form after the object of a preposition', () => {
  it('takes the subject of the sentence, not the object', () => {
    expect(speakers('The governor spent the week before the vote portraying her rival as a spendthrift.')).toEqual([['portraying', 'The governor']])
    expect(speakers('The mayor was heard on a microphone telling aides to leave.')).toEqual([['telling', 'The mayor']])
  })

  it('keeps the phrase after "with": "with most voters saying"', () => {
    expect(speakers('The poll closed with most voters saying the race was close.')).toEqual([['saying', 'most voters']])
  })
})

describe('a statement inside what a reporting source says', () => {
  it('is the reporting source\'s: "According to the survey, most voters said …"', () => {
    expect(speakers('According to the new survey, most voters said they were tired of the race.')).toEqual([
      ['According to', 'the new survey'],
      ['said', 'the new survey'],
    ])
  })

  it('is the source\'s after the sentence too: "…, the newspaper reported"', () => {
    expect(speakers('The mayor told aides the tax was unfair, the newspaper reported.')).toEqual([
      ['reported', 'the newspaper'],
      ['told', 'the newspaper'],
    ])
  })

  it('is the label\'s in a headline: "Ledger Poll: Most Voters Say …"', () => {
    expect(speakers('Ledger Poll: Most Voters Say Mayor Should Resign.')).toEqual([
      [':', 'Ledger Poll'],
      ['Say', 'Ledger Poll'],
    ])
  })

  it('keeps its own speaker inside what a person says', () => {
    expect(speakers('The mayor said the budget was late, and council members warned that the tax would hurt shops.')).toEqual([
      ['said', 'The mayor'],
      ['warned', 'council members'],
    ])
  })
})

describe('a relative pronoun as the speaker', () => {
  it('is read with the noun phrase it stands for, and named by it', () => {
    const [c] = suggestForText('Some local commentators who have suggested that the mayor is weak were wrong.', []).claims
    expect([c.source?.text, c.speakerName]).toEqual(['Some local commentators who', 'Some local commentators'])
    const [d] = suggestForText('Bernie Sanders, who has argued that banks are too big, spoke on Tuesday.', []).claims
    expect([d.source?.text, d.speakerName]).toEqual(['Bernie Sanders, who', 'Bernie Sanders'])
  })
})

describe('what stands between the speaker and the verb', () => {
  it('reads past a long bracket: "Sen. Jo Kerr (a Democrat so young …) says"', () => {
    const said = speakers('Few would admit it, but Sen. Jo Kerr (a Democrat so young she has been taken for an intern on the Hill) says she was lost at first.')
    expect(said.find(([cue]) => cue === 'says')).toEqual(['says', 'Sen. Jo Kerr'])
  })

  it('keeps a hyphenated -ing word in the phrase: "the left-leaning paper wrote"', () => {
    expect(speakers('“The mayor must resign before the budget vote,” the left-leaning paper wrote.')).toEqual([['wrote', 'the left-leaning paper']])
  })

  it('names no one by a lone "As": "As reported by the Ledger, …"', () => {
    expect(speakers('As reported by the Ledger, the mayor signed the budget.').map(([, source]) => source)).not.toContain('As')
  })
})

describe('a name in apposition before the verb', () => {
  it('speaks when the phrase before it is read as no noun phrase: "One Republican hopeful, Carly Fiorina, says"', () => {
    expect(speakers('One Democratic hopeful, Jo Kerr, says despite being a Yale graduate, she plans to root for Harvard.')[0]).toEqual(['says', 'Jo Kerr'])
  })
})

describe('a paper that reports the sentence before it', () => {
  it('speaks though the tagger reads its verb as a noun: "…, the Daily Ledger reports."', () => {
    expect(speakers('The mayor will resign next week, the Daily Ledger reports.')).toEqual([['reports', 'the Daily Ledger']])
  })

  it('is no verb without the comma: "The Ledger reports."', () => {
    expect(speakers('The Ledger reports.')).toEqual([])
  })
})

describe('a poll that reports what people said', () => {
  it('speaks for the share it found: "In a poll by …, just 28 percent said …"', () => {
    expect(speakers('In a poll conducted by the Ledger and KTV, just 28 percent of voters said they liked the mayor.').find(([cue]) => cue === 'said')).toEqual([
      'said',
      'a poll conducted by the Ledger and KTV',
    ])
  })

  it('leaves a speech introduced by "In" alone', () => {
    expect(speakers('In a speech on Monday, the mayor said the tax would go.')).toEqual([['said', 'the mayor']])
  })
})

describe('a headline with a label', () => {
  it('gives the label to the statement inside it', () => {
    expect(speakers('Mayor’s Camp: Governor Threatens City Budget.')).toEqual([
      [':', 'Mayor’s Camp'],
      ['Threatens', 'Mayor’s Camp'],
    ])
  })
})

describe('the maker of what "according to" names', () => {
  it('is part of the source: "according to a report from …", "calculations by …"', () => {
    expect(speakers('Bus fares will rise 5 percent, according to a new report from the Transit Institute.')).toEqual([['according to', 'a new report from the Transit Institute']])
    expect(speakers('A fair wage is about 15 dollars an hour, according to calculations by Ann Lee of the Policy Center.')).toEqual([
      ['according to', 'calculations by Ann Lee of the Policy Center'],
    ])
  })
})

describe('a verb after a clause and a comma', () => {
  it('is followed by its speaker when it is a verb of saying', () => {
    expect(speakers('The vote will be close, said Sen. Jo Kerr.')).toEqual([['said', 'Sen. Jo Kerr']])
  })

  it('is followed by its object otherwise: "…, Mike Lee, praised the donor"', () => {
    // (The fund backing the mayor is a claim of its own, participle-modifiers.ts.)
    const c = suggestForText('The head of the fund backing the mayor, Mike Lee, praised the efforts of a donor.', []).claims.find((x) => x.cue?.text === 'praised')!
    expect(c.source?.text).not.toBe('the efforts of a donor')
    expect(c.content.text).toBe('the efforts of a donor')
  })
})

describe('an infinitive after a verb that makes someone speak', () => {
  it('is said by the object: "prompted the Almanac to state"', () => {
    expect(speakers('The county voted for the winner again. That record prompted the Election Almanac to state that the county is a bellwether.')).toContainEqual(['state', 'the Election Almanac'])
  })

  it('is still said by the subject after an object of purpose: "held a call to defend"', () => {
    expect(speakers('The mayor held a conference call to defend the budget.')).toEqual([['defend', 'The mayor']])
  })
})

describe('"who" after a phrase the tagger reads as no person', () => {
  it('is still read with that phrase', () => {
    const [c] = suggestForText('The dean spoke to a Harvard graduate who has argued that fees are too high.', []).claims
    expect(c.source?.text).toBe('a Harvard graduate who')
  })
})

describe('a subject ranked after "be" before an infinitive', () => {
  it('does what the infinitive says: "was the first candidate to bring up"', () => {
    expect(speakers('Okafor was also the first candidate to bring up the housing shortage.')).toEqual([['bring up', 'Okafor']])
    expect(speakers('She was the only mayor to weigh in on the ruling.')).toEqual([['weigh in on', 'She']])
  })
})

describe('a speaker with "across" or "around" after its head', () => {
  it('keeps the phrase whole: "Republicans across the state"', () => {
    const c = suggestForText('Farmers across the state are voicing concern about the new tariffs.', []).claims.find((x) => x.cue?.text === 'voicing')
    expect(c?.source?.text).toBe('Farmers across the state')
    const d = suggestForText('Officials around the world have criticized the accord.', []).claims.find((x) => x.cue?.text === 'criticized')
    expect(d?.source?.text).toBe('Officials around the world')
  })
})
