// Speakers of statements found inside what someone else says, on sentences
// written here: the clause after "told X that" is what X was told, and its
// subject is no speaker of its own (the teller is); so is a relative clause
// inside a "that" clause, a question inside the sentence ("talks about how
// she …") and a clause after a noun of saying ("a claim that he …"); and
// the object of a verb before a participle is its speaker only when it is a
// person ("carrying signs saying"); a participle after a clause of time or
// place is done by that clause's subject ("when protesters interrupted,
// shouting"); "according to a document filed by X" names X too.
import { describe, expect, it } from 'vitest'
import { found } from '../helpers/suggestion-spans'

const cued = (text: string, cue: string) => found(text).find((c) => c.cue === cue)

describe('a clause after the listener of "tell"', () => {
  it('names no speaker of its own', () => {
    expect(cued('The governor has told his donors that they should stop worrying about the polls.', 'told')?.source).toBe('The governor')
    expect(cued('The governor has told his donors that they should stop worrying about the polls.', 'worrying')?.source ?? null).toBe(null)
    expect(cued('Ms. Ortiz told the panel, reminding the members that the mayor has repeatedly criticized the budget.', 'criticized')?.source ?? null).toBe(null)
  })

})

describe('a relative clause inside a "that" clause', () => {
  it('is part of what the outer speaker says', () => {
    expect(cued('The survey also found that 40 percent of teachers who said they liked the plan now oppose it.', 'said')?.source ?? null).toBe(null)
  })

  it('keeps its head as speaker after a verb', () => {
    expect(cued('Aides praised the mayor, who said the budget would pass.', 'said')?.source).toBe('the mayor, who')
  })
})

describe('a question inside the sentence', () => {
  it('names no speaker of its own after a verb or a preposition', () => {
    expect(cued('The senator often talks about how she pushed the agency to release the files.', 'pushed')?.source ?? null).toBe(null)
  })

  it('keeps the speaker of "That is why …"', () => {
    expect(cued('That is why critics say the plan will fail.', 'say')?.source).toBe('critics')
  })
})

describe('a "that" clause after a noun of saying or thinking', () => {
  it('names no speaker of its own', () => {
    expect(cued('The governor showed no sign that she was planning to resign.', 'planning')?.source ?? null).toBe(null)
    expect(found('The mayor repeated a false claim that he opposed the new stadium.').some((c) => c.source === 'he')).toBe(false)
  })
})

describe('a participle after the object of a verb', () => {
  it('is said by the subject when the object is a thing', () => {
    expect(cued('The protesters had gathered at the gate, carrying signs saying, "Save our school."', 'saying')?.source).toBe('The protesters')
    expect(cued('The union sent an email saying, "We will strike."', 'saying')?.source).toBe('The union')
  })
})

describe('a participle after a clause of time or place', () => {
  it('is done by the subject of that clause', () => {
    expect(cued('The trouble began at the rally, when protesters interrupted the speech, shouting "Go home!"', 'shouting')?.source).toBe('protesters')
    expect(cued('The mayor spoke near the plant, where about 40 workers had gathered, chanting "Fair pay now."', 'chanting')?.source).toBe('about 40 workers')
  })

  it('is done by the sentence subject otherwise', () => {
    expect(cued('The senator won the vote, praising her colleagues.', 'praising')?.source).toBe('The senator')
  })
})

describe('"according to" a document and its maker', () => {
  it('reaches past the participle to the agent', () => {
    expect(cued('The evidence was not enough to charge him, according to a court document filed by the county prosecutor.', 'according to')?.source).toBe('a court document filed by the county prosecutor')
  })
})
