// Texts that start or stop anywhere: an article cut short on import, a
// pasted excerpt, a headline with no full stop, a paragraph that opens mid
// sentence. The rules look a few words before and after each cue; at the
// edges of the text there are none, and the engine used to read past them
// and throw, losing every suggestion of the article. Each text here is cut
// at every word, and changed as real input is (no punctuation, all capitals,
// no quotation marks); the engine must answer with spans inside the text.
// Sentences written here.
import { describe, expect, it } from 'vitest'
import { suggestForText } from '../../../src/main/services/suggest/engine'
import { found } from '../helpers/suggestion-spans'

const TEXTS = [
  // A fronted -ing clause, an apposition with a name, a quotation.
  'In criticizing the council, the mayor said the ferry plan was a mistake. “We will not pay for it,” said another harbour official, Jane P. Ortiz',
  // "according to", a passive with its agent, a reduced relative.
  'The levy, according to three people briefed on the talks, was first proposed by the port authority, called the Gateway of the North by the locals',
  // Verbs joined after a comma and "then", a stance, a colon label.
  'Brafman noted; the board had quietly changed its summaries, then argued they were never misleading. Harbour Times: Ferry fares to double',
  // A relative clause before the verb, a verb that opens the sentence.
  'huddled briefly with other pilots announced they would strike. Officials who spoke with the Gazette on Monday said the talks had failed',
  // An infinitive that opens the text, a light verb, "it" holding a view.
  'To endorse the plan now would be a mistake, the mayor said. The union made the case that fares should fall, and it plans to sue',
]

const variants = (text: string) => [text, text.replace(/[.,;:!?]/g, ''), text.toUpperCase(), text.replace(/[“”"]/g, '')]

/** Every text made of the words before, and after, each word of `text`. */
function cuts(text: string): string[] {
  const words = text.split(' ')
  return words.flatMap((_, i) => [words.slice(0, i + 1).join(' '), words.slice(i).join(' ')])
}

function expectSpansInside(text: string) {
  const { claims } = suggestForText(text, [])
  for (const c of claims) {
    for (const s of [c.content, c.source, c.cue]) {
      if (!s) continue
      expect(s.start, text).toBeGreaterThanOrEqual(0)
      expect(s.end, text).toBeLessThanOrEqual(text.length)
      expect(s.end, text).toBeGreaterThan(s.start)
      expect(text.slice(s.start, s.end), text).toBe(s.text)
    }
  }
}

describe('a text cut at any word', () => {
  it('gives suggestions inside the text, whatever is cut off', () => {
    for (const text of TEXTS.flatMap(variants).flatMap(cuts)) expectSpansInside(text)
  })
})

describe('the edges that threw before', () => {
  it('reads an infinitive that opens the text without a word before it', () => {
    expect(found('To endorse the plan now would be a mistake, the mayor said.').map((c) => [c.source, c.cue])).toEqual([['the mayor', 'said']])
    expect(() => found('to deny. In the same interview, she also praised the council.')).not.toThrow()
  })

  it('reads a fronted -ing clause with nothing after its comma: no one to speak it', () => {
    expect(found('In criticizing the council,').map((c) => c.source)).toEqual([null])
  })

  it('keeps the speaker of a quotation whose apposition ends the text', () => {
    const [quote] = found('“We will not pay for it,” said another harbour official, Jane P. Ortiz')
    expect(quote.content).toBe('“We will not pay for it,”')
    expect(quote.source).toContain('another harbour official')
  })

  it('reads a passive whose agent is cut off, and a verb that opens the text', () => {
    expect(() => found('The levy was first proposed by the port authority, called the Gateway of the North by the')).not.toThrow()
    expect(() => found('huddled briefly with other pilots announced they would strike.')).not.toThrow()
    expect(() => found('the board had quietly changed its summaries, then')).not.toThrow()
  })
})
