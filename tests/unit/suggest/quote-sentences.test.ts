// A quotation that ends with a full stop inside its marks ends its own
// sentence: the short sentence after it reacts to it ("Her rival
// disagreed.") and does not report it; a question mark or an exclamation
// mark still leaves the quotation to the tag after it ("“Why?” she asked.").
// A quotation whose comma closes inside the marks before a trailing
// attribution ("…,” officials said") ends the content of the verb before it.
// A tag whose verb the tagger reads as a noun before its particle ("Lee
// shot back.") is still a tag. Sentences written here.
import { describe, expect, it } from 'vitest'
import { found } from '../helpers/suggestion-spans'

describe('a quotation before a sentence that reacts to it', () => {
  it('is not what the next sentence reports after a full stop', () => {
    const claims = found('“We will build the bridge by spring,” the mayor said. “Nobody has ever paid for a bridge like this. It is a waste of money.” Her rival disagreed.')
    expect(claims.filter((c) => c.content?.startsWith('“Nobody'))).toEqual([
      { content: '“Nobody has ever paid for a bridge like this. It is a waste of money.”', source: null, cue: null, rule: 'quote-alone' },
    ])
  })

  it('is still what the tag after a question mark reports', () => {
    expect(found('“Who will pay for a bridge like this one?” Ann Lee asked.')).toEqual([
      { content: '“Who will pay for a bridge like this one?”', source: 'Ann Lee', cue: 'asked', rule: 'quote' },
    ])
  })
})

describe('a speech tag with a particle the tagger reads as a noun', () => {
  it('takes "shot back" after the name as the tag', () => {
    expect(found('“You never built a single house,” Ann Lee shot back.')).toEqual([
      { content: '“You never built a single house,”', source: 'Ann Lee', cue: 'shot back', rule: 'quote-tag' },
    ])
  })
})

describe('a quotation that ends a content before a trailing attribution', () => {
  it('ends what the inner verb says at the closing mark', () => {
    const claims = found('The mayor admitted that the plan was “a costly mistake,” officials said on Monday.')
    expect(claims.find((c) => c.cue === 'admitted')).toEqual({ content: 'that the plan was “a costly mistake,”', source: 'The mayor', cue: 'admitted', rule: 'said-that' })
  })
})
