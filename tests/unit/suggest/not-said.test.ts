// Suggestions that are no statement at all: a verb of the lexicon whose
// object tells what was done, not what was said. Sentences written here.
import { describe, expect, it } from 'vitest'
import { suggestForText } from '../../../src/main/services/suggest/engine'

const cues = (text: string) => suggestForText(text, []).claims.map((c) => c.cue?.text ?? null)
const said = (text: string) => suggestForText(text, []).claims.map((c) => ({ content: c.content.text, source: c.source?.text ?? null }))

describe('verbs that report only a clause: "find", "add"', () => {
  it('drops a plain object', () => {
    expect(cues('The mayor found herself at the center of the dispute.')).toEqual([])
    expect(cues('The senator has found a way to keep the bill alive.')).toEqual([])
    expect(cues('The county added forty nurses to its clinics last year.')).toEqual([])
  })
  it('keeps a clause', () => {
    expect(said('Investigators found that the fund had lost money.')).toEqual([{ content: 'that the fund had lost money', source: 'Investigators' }])
    expect(said('The mayor added she would not run again.')).toEqual([{ content: 'she would not run again', source: 'The mayor' }])
  })
})

describe('"speak" with no topic or listener', () => {
  it('drops an adverb or a place after it', () => {
    expect(cues('The governor spoke briefly outside the courthouse.')).toEqual([])
  })
  it('keeps a topic', () => {
    expect(said('The governor spoke about the flooding in the valley.')).toEqual([{ content: 'the flooding in the valley', source: 'The governor' }])
  })
})

describe('participles with their agent or their charge right after them', () => {
  it('leaves "reported by" to the agent', () => {
    const claims = suggestForText('The plan, first reported by the Gazette, would close two schools.', []).claims
    expect(claims.every((c) => c.source?.text !== 'The plan')).toBe(true)
  })
  it('reads no accuser in "the man accused of …"', () => {
    expect(said('The man accused of setting the fire appeared in court on Monday.')).toEqual([])
  })
})

describe('"campaign", "vote", "fight", "focus": stances only with their preposition', () => {
  it('drops them without it', () => {
    expect(cues('The mayor campaigned in three towns on Friday.')).toEqual([])
    expect(cues('The council voted in closed session.')).toEqual([])
    expect(cues('The governor has focused resources on the north.')).toEqual([])
  })
  it('keeps them with it', () => {
    expect(said('The mayor campaigned for the school levy.')).toEqual([{ content: 'the school levy', source: 'The mayor' }])
    expect(said('The council voted against the plan.')).toEqual([{ content: 'the plan', source: 'The council' }])
    expect(said('The governor has focused on the budget.')).toEqual([{ content: 'the budget', source: 'The governor' }])
  })
})

describe('"celebrate", "target", "address": acts, not stances', () => {
  it('suggests nothing', () => {
    expect(cues('The crowd celebrated the victory in the streets.')).toEqual([])
    expect(cues('The campaign targeted young voters with ads.')).toEqual([])
    expect(cues('The senator addressed a rally in Denver.')).toEqual([])
  })
})

describe('a stance puts no speaker after it', () => {
  it('reads the object after a stance as its content, not its speaker', () => {
    expect(said('Mary Jones, a teacher at the old school on the hill, voiced the frustration of many parents.')).toEqual([
      { content: 'the frustration of many parents', source: 'Mary Jones' },
    ])
  })
  it('still inverts a verb of saying', () => {
    expect(said('The vote was close, said Jones.')).toEqual([{ content: 'The vote was close', source: 'Jones' }])
  })
})

describe('names given and places reported from', () => {
  it('drops "a group called …", "known as …", "reported from …"', () => {
    expect(cues('The mayor joined a group called the River Alliance last year.')).toEqual([])
    expect(cues('The channel, once known as City News, changed its name.')).toEqual([])
    expect(cues('Jane Doe reported from Oakland.')).toEqual([])
  })
  it('keeps "called the plan a disaster"', () => {
    expect(said('The mayor called the plan a disaster.')).toEqual([{ content: 'the plan a disaster', source: 'The mayor' }])
  })
})

describe('verbs with a particle that say what was done', () => {
  it('drops "showed up", "backed down", "took on a role", "counting on"', () => {
    expect(cues('Few voters showed up at the polls in the rain.')).toEqual([])
    expect(cues('The union backed down after the vote.')).toEqual([])
    expect(cues('The governor took on a larger role in the talks.')).toEqual([])
    expect(cues('The campaign is counting on young voters in Ohio.')).toEqual([])
  })
  it('keeps "took aim at"', () => {
    expect(said('The mayor took aim at the council.')).toEqual([{ content: 'the council', source: 'The mayor' }])
  })
})

describe('stances inside a finding, and "react to"', () => {
  it('leaves a stance inside what a poll found to the poll', () => {
    expect(said('A new poll by the college found that most voters support the ban.')).toEqual([
      { content: 'that most voters support the ban', source: 'A new poll by the college' },
    ])
  })
  it('reads no stance in "reacted to"', () => {
    expect(cues('The senator reacted to the ruling with anger.')).toEqual([])
  })
})

describe('"Email" in title case', () => {
  it('is a noun in a headline, a verb in a sentence', () => {
    expect(cues('Mayor Email Story Has Moved On.')).toEqual([])
    expect(said('The mayor emailed the council that she would resign.')).toEqual([{ content: 'the council that she would resign', source: 'The mayor' }])
  })
})
