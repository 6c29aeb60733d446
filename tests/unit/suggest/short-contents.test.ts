// Statements whose content is a word or two, on sentences written here: a
// bare singular noun that ends the clause after a verb of saying is what
// was said ("denied wrongdoing", "vows change"); a time after the verb
// ("said Tuesday"), a plural ("answered questions") and a stance
// ("endorsed change") still need more. "So" that ends the clause after
// such a verb stands for what was said ("I think so").
import { describe, expect, it } from 'vitest'
import { suggestForText } from '../../../src/main/services/suggest/engine'

const claims = (text: string) => suggestForText(text, []).claims.map((c) => ({ content: c.content.text, source: c.source?.text ?? null, cue: c.cue?.text ?? null }))

describe('a bare noun after the verb', () => {
  it('is the content', () => {
    expect(claims('The company denied wrongdoing.')).toContainEqual({ content: 'wrongdoing', source: 'The company', cue: 'denied' })
    expect(claims('The governor vows change.')).toContainEqual({ content: 'change', source: 'The governor', cue: 'vows' })
    expect(claims('The chairman rejected criticism.')).toContainEqual({ content: 'criticism', source: 'The chairman', cue: 'rejected' })
  })

  it('is not a time after the verb', () => {
    expect(claims('The senator said Tuesday.').find((c) => c.cue === 'said')).toBeUndefined()
    expect(claims('The senator said yesterday.').find((c) => c.cue === 'said')).toBeUndefined()
  })

  it('is not a plural or the object of a stance', () => {
    expect(claims('The senator answered questions.').find((c) => c.cue === 'answered')).toBeUndefined()
    expect(claims('The union endorsed change.').find((c) => c.cue === 'endorsed')).toBeUndefined()
  })
})

describe('"so" after a verb of saying or thinking', () => {
  it('is what was said when it ends the clause', () => {
    expect(claims('I think so.')).toContainEqual({ content: 'so', source: 'I', cue: 'think' })
    expect(claims('The old manual says so.')).toContainEqual({ content: 'so', source: 'The old manual', cue: 'says' })
  })

  it('is an adverb before more words', () => {
    expect(claims('He has said so far that he likes the plan.').find((c) => c.cue === 'said')?.content).toBe('that he likes the plan')
  })
})
