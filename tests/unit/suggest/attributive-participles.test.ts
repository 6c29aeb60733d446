// An -ing or -ed form between what opens a noun phrase and its head noun is an
// adjective of that noun, no verb of the sentence's subject. Sentences
// written here.
import { describe, expect, it } from 'vitest'
import { found } from '../helpers/suggestion-spans'

const cues = (text: string) => found(text).map((c) => c.cue)

describe('a participle inside a noun phrase', () => {
  it('is no cue after a determiner, an adjective or "most"', () => {
    expect(cues('The mayor won the regional nominating contest in March.')).not.toContain('nominating')
    expect(cues('The senator faced the most challenging week of his career.')).not.toContain('challenging')
    expect(cues('The telling detail was buried in a footnote.')).not.toContain('telling')
  })

  it('is no cue as an -ed form either', () => {
    expect(cues('Aides tried several supposed fixes last year.')).not.toContain('supposed')
    expect(cues('Retirees want a guaranteed income for life.')).not.toContain('guaranteed')
  })

  it('still reads an -ing form that governs its object', () => {
    expect(found('Voters strongly opposing the tax turned out early.').map((c) => [c.cue, c.source])).toContainEqual(['opposing', 'Voters'])
    expect(found('The union is backing the mayor.').map((c) => [c.cue, c.source])).toContainEqual(['backing', 'The union'])
  })
})
