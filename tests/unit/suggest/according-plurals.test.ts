// "according to sources": a plural the tagger may read as a verb.
import { describe, expect, it } from 'vitest'
import { of } from '../helpers/suggestion-spans'

describe('"according to" and a plural', () => {
  it('reads the plural as the source', () => {
    expect(of('The firm will close two plants next year, according to sources.', 'according-to')[0]).toMatchObject({
      source: 'sources',
      content: 'The firm will close two plants next year',
    })
  })
})
