// Speakers of statements found inside another clause (a condition, …) that
// speak for themselves, and those that stay without a speaker, on sentences
// written here.
import { describe, expect, it } from 'vitest'
import { found } from '../helpers/suggestion-spans'

const speakers = (text: string) => found(text).map((c) => [c.cue, c.source])

describe('a condition', () => {
  it('keeps the subject of a clause that "if" opens as its speaker', () => {
    expect(speakers('If the governor vetoes the bill, lawmakers will override him.')).toContainEqual(['vetoes', 'the governor'])
    expect(speakers('The plan may fail, especially if unions oppose the merger.')).toContainEqual(['oppose', 'unions'])
    expect(speakers('It was as if the senators had rejected the treaty.')).toContainEqual(['rejected', 'the senators'])
  })

  it('still names no speaker after "if" meaning "whether"', () => {
    expect(found('Nobody could tell if the mayor had criticized the plan.').map((c) => c.source)).not.toContain('the mayor')
  })
})

describe('a "that" of time, degree or purpose', () => {
  it('keeps the subject of the clause it opens as its speaker', () => {
    expect(speakers('Now that the senator has criticized the deal, the vote is in doubt.')).toContainEqual(['criticized', 'the senator'])
    expect(speakers('The rule is so narrow that many economists believe banks will evade it.')).toContainEqual(['believe', 'many economists'])
  })

  it('still names no speaker in a clause that reports what was said', () => {
    expect(speakers('The mayor said that the senator criticized the deal.')).toContainEqual(['criticized', null])
  })
})

describe('a quotation inside a quotation, in apostrophes', () => {
  it("reads three apostrophes as the inner mark and the outer one: ''… 'old-school,''' said X", () => {
    expect(found("''I would call the plan 'reckless,''' said the mayor, who opposes it.")).toContainEqual({
      content: "''I would call the plan 'reckless,'''",
      source: 'the mayor',
      cue: 'said',
      rule: 'quote',
    })
    expect(found("'''No,' she told me,'' the mayor said.").map((c) => c.source)).toContain('the mayor')
  })
})

describe('a message and its author', () => {
  it('gives what a letter, an ad or a tweet says to the one who sends it', () => {
    expect(speakers('The union is running a radio spot attacking the governor for the cuts.')).toContainEqual(['attacking', 'The union'])
    expect(speakers('She later posted a tweet saying the vote had been rigged.')).toContainEqual(['saying', 'She'])
    expect(speakers('The council has written a letter to the governor demanding an inquiry.')).toContainEqual(['demanding', 'The council'])
  })

  it('leaves a speaker that is no message alone', () => {
    expect(speakers('The poll found voters saying the economy is weak.')).not.toContainEqual(['saying', 'The poll'])
  })
})

describe('a speech tag the tagger reads as an adjective', () => {
  it('reads a verb in -ed after the speaker as the tag: “…,” Jones fumed', () => {
    expect(speakers('“They never meant to pass this bill at all,” Jones fumed on Tuesday.')).toEqual([['fumed on', 'Jones']])
  })
})

describe('a verb in -s the tagger reads as a noun before a quotation', () => {
  it('reads "The ad claims “…”" as the ad speaking', () => {
    expect(speakers('The ad claims “the mayor has never raised a single tax.”')).toEqual([['claims', 'The ad']])
  })
})
