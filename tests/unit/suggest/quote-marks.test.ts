// Quotation marks other than double ones: single curly quotes (British
// style, headlines) and guillemets are read as quotations; apostrophes and
// quotations within quotations are not.
import { describe, expect, it } from 'vitest'
import { asDoubleQuotes } from '../../../src/main/services/suggest/quotes'
import { found } from '../helpers/suggestion-spans'

describe('quotation marks', () => {
  it('reads a quotation in single quotes, British style', () => {
    expect(found('‘We will not back down on the levy,’ the minister said on Tuesday.')).toContainEqual({ content: '‘We will not back down on the levy,’', source: 'the minister', cue: 'said', rule: 'quote' })
  })

  it('reads a quotation in guillemets', () => {
    expect(found('«The harbour will stay open all winter,» the mayor said.')).toContainEqual({ content: '«The harbour will stay open all winter,»', source: 'the mayor', cue: 'said', rule: 'quote' })
  })

  it('keeps the length of the text and leaves apostrophes alone', () => {
    const text = 'The farmers’ union said it won’t ‘give an inch’ on the ’90s deal.'
    const read = asDoubleQuotes(text)
    expect(read).toHaveLength(text.length)
    expect(read).toBe('The farmers’ union said it won’t “give an inch” on the ’90s deal.')
  })

  it('leaves a quotation within a quotation as it is', () => {
    const text = '“They told me ‘wait for the spring’ and I waited,” she said. "He called it ‘a farce’," he added.'
    expect(asDoubleQuotes(text)).toBe(text)
  })

  it('reads nothing as a quotation when the single quote never closes', () => {
    const text = 'He said ‘we will see and left.\nThe vote is next week.'
    expect(asDoubleQuotes(text)).toBe(text)
  })
})
