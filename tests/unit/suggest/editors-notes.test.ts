// An editor's note is the publication's own boilerplate, not a statement
// the article reports. Sentences written here.
import { describe, expect, it } from 'vitest'
import { found } from '../helpers/suggestion-spans'

const cues = (text: string) => found(text).map((c) => c.cue)

describe('an editor\'s note', () => {
  it('gives no statement, whatever verb it uses', () => {
    expect(cues('Editor’s note: The mayor is a developer who has pledged to pave the park.')).toEqual([])
    expect(cues("EDITOR'S NOTE — This story said the council voted on Monday.")).toEqual([])
  })
  it('leaves the paragraphs around it as they are', () => {
    const text = 'Editor’s note: Readers have asked about our sources.\nThe mayor said that the park would stay open.'
    expect(cues(text)).toEqual(['said'])
  })
  it('is only a note at the start of its paragraph', () => {
    expect(cues('The mayor said in an editor’s note that the park would stay open.')).toEqual(['said'])
  })
})
