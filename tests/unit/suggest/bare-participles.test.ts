// A participle-only form ("known", "seen", "written") without "have" or
// "be" before it is a reduced passive or an inverted condition: the noun
// before it says nothing. Sentences written here.
import { describe, expect, it } from 'vitest'
import { found } from '../helpers/suggestion-spans'

const speakers = (text: string) => found(text).map((c) => [c.cue, c.source])

describe('a participle-only form after its noun', () => {
  it('names no speaker for what is known, seen or written', () => {
    expect(speakers('A banker known to be wary of the merger now runs the fund.').map(([, s]) => s)).not.toContain('A banker')
    expect(speakers('The museum, once known for its murals, closed in May.').map(([, s]) => s)).not.toContain('The museum')
    expect(speakers('Guests seen as troublemakers were asked to leave.').map(([, s]) => s)).not.toContain('Guests')
  })

  it('reads the agent after "by" as the author', () => {
    expect(speakers('A memo written by the city attorney warned of lawsuits.')).not.toContainEqual(['written', 'A memo'])
  })

  it('names no speaker in an inverted condition', () => {
    expect(speakers('Had I known, I would have stayed home.').map(([, s]) => s)).not.toContain('I')
  })

  it('still reads a participle after "have" or "be" with its subject', () => {
    expect(speakers('The mayor has long known that the budget was short.')).toContainEqual(['known', 'The mayor'])
    expect(speakers('Critics have not seen the plan as a threat.')).toContainEqual(['seen', 'Critics'])
  })
})
