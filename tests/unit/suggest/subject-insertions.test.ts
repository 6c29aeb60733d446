// The subject of a verb of saying or of a stance found across what stands
// between it and its verb (brackets, relative clauses, appositions,
// insertions between commas), on sentences written here.
import { describe, expect, it } from 'vitest'
import { found } from '../helpers/suggestion-spans'

const speakerOf = (text: string, cue: string) => found(text).find((c) => c.cue === cue)?.source

describe('a speaker with a relative clause after its party and state', () => {
  it('keeps "(D-Ore.), who …" in the speaker\'s sentence', () => {
    expect(speakerOf('Rep. Jane Doyle (D-Ore.), who has read the letters, agreed with the ruling.', 'agreed with')).toBe('Rep. Jane Doyle')
  })

  it('reads a verb after the relative clause as the speaker\'s, not as "…, said X"', () => {
    expect(speakerOf('But Tom Reyes, a director of the fund, which paid for the study, agreed with the findings.', 'agreed with')).toBe('Tom Reyes')
  })
})

describe('what stands between a subject and its verb', () => {
  it('skips an insertion between spaced hyphens, as between dashes', () => {
    expect(speakerOf('Some farmers - including a few on the board - warn that the dam could fail.', 'warn')).toBe('Some farmers')
    expect(speakerOf('Still, Alvarez - who rested at home with his family on Sunday - has vowed to fight on.', 'vowed')).toBe('Alvarez')
  })

  it('reads "since" after an auxiliary as an adverb', () => {
    expect(speakerOf('The minister has since stressed that no files were lost.', 'stressed')).toBe('The minister')
  })

  it('skips a time with "later" or "earlier" before the verb', () => {
    expect(speakerOf('Garcia a week later announced 300 new jobs.', 'announced')).toBe('Garcia')
  })

  it('skips a time that opens the sentence before a subject with an apposition', () => {
    expect(speakerOf('Last month, the city auditor, Ann Lee, recommended that the fund be closed.', 'recommended')).toBe('the city auditor, Ann Lee')
  })

  it('skips an adverbial or a participle between commas', () => {
    expect(speakerOf('The talks stalled when Mrs. Ortiz, in response to a question about the vote, accused him of lying.', 'accused')).toBe('Mrs. Ortiz')
    expect(speakerOf('Gov. Ray Fuller (R-Ind.), facing a hard race in the fall, noted that turnout was low.', 'noted')).toBe('Gov. Ray Fuller')
    expect(speakerOf('Ohio, leading a group of nine states, asked a judge to halt the rule.', 'asked')).toBe('Ohio')
  })

  it('keeps a place after the subject\'s head: "across the country"', () => {
    expect(speakerOf('Teachers across the state, including many in rural schools, warned that the budget was too small.', 'warned')).toBe('Teachers across the state')
  })
})

describe('a name with brackets that has its own verb', () => {
  it('is no subject with an insertion when a verb follows the brackets', () => {
    expect(found('After two defeats, Sen. Ann Moss (D-Vt.) remains in the race, her campaign manager, Lee Park, told The Daily News.')).toContainEqual({
      content: 'After two defeats, Sen. Ann Moss (D-Vt.) remains in the race',
      source: 'her campaign manager',
      cue: 'told',
      rule: 'source-after',
    })
  })
})

describe('a question asked by someone after "when"', () => {
  it('names who asks, as "Asked by X whether …" does', () => {
    expect(found('When asked by a neighbour whether the fence would stay, Ruiz said he did not know.')).toContainEqual({ content: 'whether the fence would stay', source: 'a neighbour', cue: 'asked by', rule: 'passive' })
    expect(found('"Never," she said when asked by a reporter if the plan was dead.')).toContainEqual({ content: 'if the plan was dead', source: 'a reporter', cue: 'asked by', rule: 'passive' })
  })
})

describe('subjects the noun phrase reader misses', () => {
  it('reads a subject whose last word is in quotation marks', () => {
    expect(speakerOf('Dozens of the union\'s "stewards" have endorsed the contract.', 'endorsed')).toBe('Dozens of the union\'s "stewards"')
  })

  it('reads "everyone" as people ("nobody knows whether" is no statement)', () => {
    expect(speakerOf('Almost everyone agrees the bridge must be rebuilt.', 'agrees')).toBe('Almost everyone')
    expect(speakerOf('Not everybody believes the plan will work.', 'believes')).toBe('Not everybody')
  })
})

describe('a quantity of people', () => {
  it('is human when its "of" names people: "a lot of people", "dozens of voters"', () => {
    expect(speakerOf('Frankly, a lot of people didn\'t like the new logo.', 'like')).toBe('a lot of people')
    expect(speakerOf('Dozens of nurses oppose the new shifts.', 'oppose')).toBe('Dozens of nurses')
  })
})

describe('a noun of people by its ending', () => {
  it('reads "-ist" and "-ian" nouns as people who hold a stance', () => {
    expect(speakerOf('The ethicist believes the rule is unfair.', 'believes')).toBe('The ethicist')
    expect(speakerOf('Many historians oppose the new curriculum.', 'oppose')).toBe('Many historians')
  })
})

describe('a subject opened by "whose"', () => {
  it('reads "whose political arm" as who holds the stance', () => {
    expect(speakerOf('The farmers\' union, whose political arm has endorsed the mayor, met on Friday.', 'endorsed')).toBe('whose political arm')
  })
})

describe('an adverbial idiom between subject and verb', () => {
  it('skips "in particular", "in general", "at times"', () => {
    expect(speakerOf('Spain and Italy in particular feared a new crisis.', 'feared')).toBe('Spain and Italy')
    expect(speakerOf('Landlords in general prefer not to lower rents.', 'prefer')).toBe('Landlords')
    expect(speakerOf('The mayor at times argued that the budget was too small.', 'argued')).toBe('The mayor')
  })
})

describe('a title ending in "general"', () => {
  it('reads "the alliance\'s secretary general" as a speaker', () => {
    expect(speakerOf("The alliance's secretary general, meanwhile, warned that the talks had failed.", 'warned')).toBe("The alliance's secretary general")
  })
})

describe('a title abbreviation inside the subject', () => {
  it('ends no sentence after "Adm."', () => {
    expect(speakerOf('Navy leaders, including Adm. Jane Ortiz, have long argued that the fleet is too small.', 'argued')).toBe('Navy leaders')
  })
})

describe('a floating quantifier after the insertion', () => {
  it('reads "both" or "all" after dashes or brackets as the subject\'s', () => {
    expect(speakerOf('The two mayors — whose towns share a bridge — both demanded a new toll.', 'demanded')).toBe('The two mayors')
    expect(speakerOf('The unions (and their lawyers) all argued that the law was void.', 'argued')).toBe('The unions')
  })
})

describe('a share of the people a relative clause is about', () => {
  it('reads "both of whom", "many of whom" as the subject', () => {
    expect(speakerOf('The mayor met two senators, both of whom opposed the new tax.', 'opposed')).toBe('both of whom')
    expect(speakerOf('He hired new advisers, many of whom have said that the plan is flawed.', 'said')).toBe('many of whom')
  })
})
