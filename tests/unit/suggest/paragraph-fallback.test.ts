// When the rules throw on a text, the article keeps the suggestions of
// every paragraph they can still read, and a notice says which part went
// without and what to do (paragraph-fallback.ts). The failing engine is
// simulated: the real one is called for the paragraphs it can read.
// Sentences written here.
import { describe, expect, it } from 'vitest'
import { suggestForText } from '../../../src/main/services/suggest/engine'
import { suggestGuarded } from '../../../src/main/services/suggest/paragraph-fallback'

const PARAGRAPHS = [
  '“The ferry will run again in May,” Jane Ortiz said.',
  'The council BOOM denied that the fares would rise.',
  'Harbour officials said the new pier was safe. “It is safe,” Jane Ortiz said.',
]
const TEXT = PARAGRAPHS.join('\n\n')

/** The engine, failing on the whole text and on any paragraph with BOOM. */
const failing = (failOn: RegExp) => (text: string) => {
  if (failOn.test(text)) throw new Error('index out of range')
  return suggestForText(text, [])
}

describe('a text the rules fail on', () => {
  it('keeps the suggestions of the paragraphs they can read, at offsets of the whole text', () => {
    const result = suggestGuarded(TEXT, [], failing(/BOOM|\n\n/))
    expect(result.claims.map((c) => c.content.text)).toEqual(['“The ferry will run again in May,”', 'the new pier was safe', '“It is safe,”'])
    for (const c of result.claims) {
      for (const s of [c.content, c.source, c.cue]) if (s) expect(TEXT.slice(s.start, s.end)).toBe(s.text)
    }
    expect(result.notice).toBe('Suggestions could not be made for 1 of 3 paragraphs of this article (the rules failed on them: index out of range). Code those by hand; the other paragraphs have theirs.')
  })

  it('numbers suggestions that repeat across paragraphs, so each keeps its own id', () => {
    const text = ['“No,” Ortiz said.', '“No,” Ortiz said.'].join('\n\n')
    const { claims, notice } = suggestGuarded(text, [], failing(/\n\n/))
    expect(claims).toHaveLength(2)
    expect(new Set(claims.map((c) => c.id)).size).toBe(2)
    expect(notice).toMatch(/^Suggestions were made paragraph by paragraph/)
  })

  it('folds the actors named in several paragraphs into one', () => {
    const { actors } = suggestGuarded(TEXT, [], failing(/BOOM|\n\n/))
    const ortiz = actors.filter((a) => a.name === 'Jane Ortiz')
    expect(ortiz).toHaveLength(1)
    expect(ortiz[0].mentions).toBe(2)
    expect(TEXT.slice(ortiz[0].first.start, ortiz[0].first.end)).toBe(ortiz[0].first.text)
  })

  it('changes nothing when the rules do not fail', () => {
    expect(suggestGuarded(TEXT, [])).toEqual(suggestForText(TEXT, []))
  })
})
