// The display helpers every page shares.
import { describe, expect, it } from 'vitest'
import { formatDate, plural, truncate } from '../../../src/renderer/src/app/ui/format'

describe('plural', () => {
  it('says one or many, with thousands separators in large counts', () => {
    expect(plural(1, 'claim')).toBe('1 claim')
    expect(plural(0, 'claim')).toBe('0 claims')
    expect(plural(16146, 'suggestion')).toBe('16,146 suggestions')
    expect(plural(2, 'analysis', 'analyses')).toBe('2 analyses')
  })
})

describe('formatDate and truncate', () => {
  it('show the day of a timestamp, and cut long text at a word with an ellipsis', () => {
    expect(formatDate('2020-12-24T10:00:00Z')).toBe('2020-12-24')
    expect(formatDate('')).toBe('')
    expect(truncate('a  b\nc', 10)).toBe('a b c')
    expect(truncate('abcdefghij', 5)).toBe('abcd…')
  })
})
