// Each rule family of the suggestion engine on sentences written here, with
// the spans it must find written out: content, source, cue, kind, rule.
import { describe, expect, it } from 'vitest'
import type { ClaimSuggestion } from '../../../src/shared/contract-suggest'
import type { Actor } from '../../../src/shared/domain'
import { suggestForText } from '../../../src/main/services/suggest/engine'

const actor = (id: string, name: string, type: Actor['type'], aliases: string[] = []): Actor => ({ id, name, type, aliases, memberOf: null, description: '', colour: '' })

/** The suggestions as plain strings, easy to compare. */
function found(text: string, registry: Actor[] = []) {
  return suggestForText(text, registry).claims.map((c) => ({
    content: c.content.text,
    source: c.source?.text ?? null,
    cue: c.cue?.text ?? null,
    kind: c.kind,
    rule: c.rule,
  }))
}

/** Offsets point at the very characters they name. */
function checkOffsets(text: string, claims: ClaimSuggestion[]) {
  for (const c of claims) {
    for (const span of [c.content, c.source, c.cue]) if (span) expect(text.slice(span.start, span.end)).toBe(span.text)
  }
}

describe('direct quotes', () => {
  it('finds a quote followed by its speaker and cue', () => {
    expect(found('“We will respond in kind,” Biden said on Tuesday.')).toEqual([
      { content: '“We will respond in kind,”', source: 'Biden', cue: 'said', kind: 'assertion', rule: 'quote' },
    ])
  })

  it('finds a quote introduced by the cue and a colon', () => {
    expect(found('Peskov said: “There is nothing positive so far.”')).toEqual([
      { content: '“There is nothing positive so far.”', source: 'Peskov', cue: 'said', kind: 'assertion', rule: 'quote' },
    ])
  })

  it('joins the two halves of a quote split by its cue', () => {
    expect(found('“We are ready,” he said, “and we will not wait for them.”')).toEqual([
      { content: '“We are ready,” he said, “and we will not wait for them.”', source: 'he', cue: 'said', kind: 'assertion', rule: 'quote' },
    ])
  })

  it('follows a quote over several paragraphs (each opens with a mark, the last one closes)', () => {
    const text = 'Smith said: “The first part runs to the end of this paragraph.\n\n“The second part closes the quotation here.”'
    expect(found(text)).toEqual([
      { content: '“The first part runs to the end of this paragraph.\n\n“The second part closes the quotation here.”', source: 'Smith', cue: 'said', kind: 'assertion', rule: 'quote' },
    ])
  })

  it('inverts speaker and cue: “…,” said Sen. Ted Cruz', () => {
    expect(found('“The system is rigged against us,” said Sen. Ted Cruz.')).toEqual([
      { content: '“The system is rigged against us,”', source: 'Sen. Ted Cruz', cue: 'said', kind: 'assertion', rule: 'quote' },
    ])
  })

  it('reads quotation marks written as two apostrophes', () => {
    expect(found("''He is running a parallel campaign,'' said Senator Tim Scott.")).toEqual([
      { content: "''He is running a parallel campaign,''", source: 'Senator Tim Scott', cue: 'said', kind: 'assertion', rule: 'quote' },
    ])
  })

  it('proposes a long quotation with no cue, spoken by whoever spoke before it', () => {
    const text = 'Ryabkov said the talks had failed.\n\n“Nobody in Washington wants to listen to us any more.”'
    const claims = suggestForText(text, []).claims
    expect(claims.map((c) => [c.rule, c.content.text, c.speakerName])).toEqual([
      ['said-that', 'the talks had failed', 'Ryabkov'],
      ['quote-alone', '“Nobody in Washington wants to listen to us any more.”', 'Ryabkov'],
    ])
  })
})

describe('indirect speech', () => {
  it('finds "said that …" and "said …"', () => {
    expect(found('Kremlin spokesman Dmitry Peskov said that Moscow was expecting nothing positive.')).toEqual([
      { content: 'that Moscow was expecting nothing positive', source: 'Kremlin spokesman Dmitry Peskov', cue: 'said', kind: 'assertion', rule: 'said-that' },
    ])
    expect(found('Ryabkov said the outgoing administration was trying to slam the door.')).toEqual([
      { content: 'the outgoing administration was trying to slam the door', source: 'Ryabkov', cue: 'said', kind: 'assertion', rule: 'said-that' },
    ])
  })

  it('skips the listener and adverbials: "told reporters on Tuesday that …"', () => {
    expect(found('Trump told reporters on Tuesday that the vote was rigged.')).toEqual([
      { content: 'that the vote was rigged', source: 'Trump', cue: 'told', kind: 'assertion', rule: 'said-that' },
    ])
  })

  it('keeps "in a statement" with the cue', () => {
    expect(found('The ministry said in a statement that the sanctions were illegal.')).toEqual([
      { content: 'that the sanctions were illegal', source: 'The ministry', cue: 'said in a statement', kind: 'assertion', rule: 'said-that' },
    ])
  })

  it('proposes denials and attributions from the reporting verb', () => {
    expect(found('The Kremlin has denied any role in the hacking.')).toEqual([
      { content: 'any role in the hacking', source: 'The Kremlin', cue: 'denied', kind: 'denial', rule: 'said-that' },
    ])
    expect(found('Biden faulted the Trump administration for stripping defenses.')).toEqual([
      { content: 'the Trump administration for stripping defenses', source: 'Biden', cue: 'faulted', kind: 'attribution', rule: 'said-that' },
    ])
    expect(found('Sergei Ryabkov has accused the incoming administration of Russophobia and says he expects relations to worsen.')).toEqual([
      { content: 'the incoming administration of Russophobia', source: 'Sergei Ryabkov', cue: 'accused', kind: 'attribution', rule: 'said-that' },
      { content: 'he expects relations to worsen', source: 'Sergei Ryabkov', cue: 'says', kind: 'assertion', rule: 'said-that' },
    ])
  })

  it('leaves a date between speaker and verb out of the speaker, and runs a quotation on past a full stop', () => {
    expect(found('But Kremlin spokesman Dmitry Peskov on December 23 warned that Moscow was expecting “nothing positive” in ties.')).toEqual([
      { content: 'that Moscow was expecting “nothing positive” in ties', source: 'Kremlin spokesman Dmitry Peskov', cue: 'warned', kind: 'assertion', rule: 'said-that' },
    ])
    expect(found('Peskov said Russia had been “consistently getting new sanctions. So, there is nothing positive so far,” in relations.')).toEqual([
      { content: 'Russia had been “consistently getting new sanctions. So, there is nothing positive so far,”', source: 'Peskov', cue: 'said', kind: 'assertion', rule: 'said-that' },
    ])
  })

  it('finds the speaker past an apposition: "Sanders, who spoke on Tuesday, argued …"', () => {
    expect(found('Sanders, who spoke on Tuesday, argued that the primary was unfair.')).toEqual([
      { content: 'that the primary was unfair', source: 'Sanders', cue: 'argued', kind: 'assertion', rule: 'said-that' },
    ])
  })

  it('reads a passive with its agent: "was first reported by MSNBC"', () => {
    expect(found('The move was first reported by MSNBC.')).toEqual([{ content: 'The move', source: 'MSNBC', cue: 'reported by', kind: 'assertion', rule: 'passive' }])
  })
})

describe('according to', () => {
  it('before and after the content', () => {
    expect(found('According to U.S. officials, the hack was carried out by Russia.')).toEqual([
      { content: 'the hack was carried out by Russia', source: 'U.S. officials', cue: 'According to', kind: 'assertion', rule: 'according-to' },
    ])
    expect(found('The hack was carried out by Russia, according to U.S. officials.')).toEqual([
      { content: 'The hack was carried out by Russia', source: 'U.S. officials', cue: 'according to', kind: 'assertion', rule: 'according-to' },
    ])
  })
})

describe('source after the content', () => {
  it('"…, officials said." and "…, said X."', () => {
    expect(found('The sanctions will hurt both economies, officials said.')).toEqual([
      { content: 'The sanctions will hurt both economies', source: 'officials', cue: 'said', kind: 'assertion', rule: 'source-after' },
    ])
    expect(found('The sanctions will hurt both economies, said Dmitry Peskov.')).toEqual([
      { content: 'The sanctions will hurt both economies', source: 'Dmitry Peskov', cue: 'said', kind: 'assertion', rule: 'source-after' },
    ])
  })
})

describe('noun cues', () => {
  it('"X’s claim that …"', () => {
    const claims = found('Observers were stunned by Biden’s claim that the election was secure.')
    expect(claims).toContainEqual({ content: 'that the election was secure', source: 'Biden', cue: 'claim', kind: 'assertion', rule: 'noun-cue' })
  })
})

describe('speakers', () => {
  const registry = [actor('ryab', 'Sergei Ryabkov', 'person', ['Ryabkov']), actor('min', 'Russian Foreign Ministry', 'organisation', ['the Foreign Ministry']), actor('peskov', 'Dmitry Peskov', 'person')]

  it('matches registry actors by name, alias and surname, and the title before a name', () => {
    const text = 'Deputy Foreign Minister Sergei Ryabkov said the talks failed. Peskov said the talks were over. The Foreign Ministry said the talks might resume.'
    expect(suggestForText(text, registry).claims.map((c) => [c.source?.text, c.speakerIds, c.speakerName])).toEqual([
      ['Deputy Foreign Minister Sergei Ryabkov', ['ryab'], 'Sergei Ryabkov'],
      ['Peskov', ['peskov'], 'Dmitry Peskov'],
      ['The Foreign Ministry', ['min'], 'Russian Foreign Ministry'],
    ])
  })

  it('resolves "he", "the deputy minister" and "they" to the last named speaker of a fitting type', () => {
    const text =
      'The Foreign Ministry said the sanctions were illegal. Sergei Ryabkov said the talks failed. He added that Moscow would respond. They said nothing more. The deputy foreign minister said the door was closed.'
    const claims = suggestForText(text, registry).claims
    checkOffsets(text, claims)
    expect(claims.map((c) => [c.source?.text, c.speakerIds])).toEqual([
      ['The Foreign Ministry', ['min']],
      ['Sergei Ryabkov', ['ryab']],
      ['He', ['ryab']],
      ['They', ['min']],
      ['The deputy foreign minister', ['ryab']],
    ])
  })

  it('matches each of two speakers joined by "and"', () => {
    const registry2 = [actor('pompeo', 'Mike Pompeo', 'person', ['Pompeo']), actor('barr', 'William Barr', 'person')]
    const [claim] = suggestForText('Secretary of State Mike Pompeo and Attorney General William Barr said all signs pointed to Moscow.', registry2).claims
    expect(claim).toMatchObject({ speakerIds: ['pompeo', 'barr'], speakerName: 'Mike Pompeo and William Barr', kind: 'attribution' })
  })

  it('gives a speaker no one matches by name, so the reader can offer to create it', () => {
    const [claim] = suggestForText('Haley Morris said the campaign was lean.', registry).claims
    expect(claim).toMatchObject({ speakerIds: [], speakerName: 'Haley Morris' })
  })
})

describe('ids', () => {
  it('stay the same for the same content and cue wherever the text moves, and differ for a repeat', () => {
    const one = suggestForText('“We are ready,” Smith said.', []).claims
    const moved = suggestForText('An introduction comes first.\n\n“We are ready,” Smith said. “We are ready,” Smith said.', []).claims
    expect(moved[0].id).toBe(one[0].id)
    expect(moved[1].id).not.toBe(one[0].id)
    expect(moved[0].content.start).not.toBe(one[0].content.start)
  })
})

describe('kinds', () => {
  it('follow the reporting verb, and a content that assigns responsibility', async () => {
    const { kindOfClaim } = await import('../../../src/main/services/suggest/lexicon')
    expect(kindOfClaim('denied', 'deny', 'any role')).toBe('denial')
    expect(kindOfClaim('rejected', 'reject', 'the charge')).toBe('denial')
    expect(kindOfClaim('dismissed', 'dismiss', 'the report')).toBe('denial')
    expect(kindOfClaim('has downplayed', 'downplay', 'the attack')).toBe('denial')
    expect(kindOfClaim('accused', 'accuse', 'Biden of lying')).toBe('attribution')
    expect(kindOfClaim('blamed', 'blame', 'Russia')).toBe('attribution')
    expect(kindOfClaim('attributed', 'attribute', 'the hack to Russia')).toBe('attribution')
    expect(kindOfClaim('floated', 'float', 'the idea that China might be responsible for the hacking')).toBe('attribution')
    expect(kindOfClaim('said', 'say', 'talks would resume')).toBe('assertion')
  })
})

describe('actor suggestions', () => {
  it('fold a person’s forms into one and leave out places and registry actors', () => {
    const text =
      'Russian Deputy Foreign Minister Sergei Ryabkov spoke in Moscow. “We are ready,” Ryabkov said. Sergei Ryabkov later met Kremlin spokesman Dmitry Peskov and officials of the Foreign Ministry.'
    const { actors } = suggestForText(text, [actor('p', 'Dmitry Peskov', 'person')])
    expect(actors.find((a) => a.name === 'Sergei Ryabkov')).toMatchObject({
      type: 'person',
      variants: ['Russian Deputy Foreign Minister Sergei Ryabkov', 'Ryabkov'],
      mentions: 3,
      first: { start: 0, text: 'Russian Deputy Foreign Minister Sergei Ryabkov' },
    })
    expect(actors.find((a) => a.name === 'Foreign Ministry')).toMatchObject({ type: 'organisation' })
    const names = actors.map((a) => a.name)
    expect(names).not.toContain('Moscow')
    expect(names).not.toContain('Dmitry Peskov')
    expect(names).not.toContain('Ryabkov')
  })
})

describe('very long articles', () => {
  it('are analysed up to a paragraph end within the limit, with a notice that says so', async () => {
    const { suggestionsForText } = await import('../../../src/main/services/suggest')
    const paragraph = (i: number) => `“Point number ${i} is settled,” Smith said.`
    const text = Array.from({ length: 40 }, (_, i) => paragraph(i)).join('\n\n')
    const whole = suggestionsForText(text, [])
    expect(whole.notice).toBeUndefined()
    expect(whole.claims).toHaveLength(40)
    const limited = suggestionsForText(text, [], 500)
    expect(limited.claims.length).toBeGreaterThan(5)
    expect(limited.claims.length).toBeLessThan(40)
    // Offsets are still those of the whole text.
    for (const c of limited.claims) expect(text.slice(c.content.start, c.content.end)).toBe(c.content.text)
    expect(limited.notice).toMatch(/^This article is very long \(280 words\): suggestions cover its first \d+ words\./)
  })
})

describe('stances without a verb of saying', () => {
  it('reads a named owner of a stance noun as the source, its object as the content', () => {
    expect(found("Cruz's criticism of the deal drew applause.")).toEqual([
      { content: 'the deal', source: "Cruz's", cue: 'criticism of', kind: 'assertion', rule: 'possessive' },
    ])
  })

  it('reads a verb the tagger took for a noun after a name or plural', () => {
    expect(found('Others wonder how the connection could affect the race.')).toEqual([
      { content: 'the connection could affect the race', source: 'Others', cue: 'wonder', kind: 'assertion', rule: 'said-that' },
    ])
    expect(found('Polls show voters trust Clinton more than Trump.')).toEqual([
      { content: 'voters trust Clinton more than Trump', source: 'Polls', cue: 'show', kind: 'assertion', rule: 'evidence' },
    ])
  })
})

describe('source boundaries', () => {
  it('finds the speaker before a party-and-state parenthesis, in one sentence', () => {
    expect(found('Sen. Dianne Feinstein (D-Calif.) said the deal was bad.')).toEqual([
      { content: 'the deal was bad', source: 'Sen. Dianne Feinstein', cue: 'said', kind: 'assertion', rule: 'said-that' },
    ])
  })

  it('reads "according to" a source the noun-phrase reader cannot follow up to the sentence end', () => {
    expect(found('The pilot had flown since 2004, according to his Facebook profile.')).toEqual([
      { content: 'The pilot had flown since 2004', source: 'his Facebook profile', cue: 'according to', kind: 'assertion', rule: 'according-to' },
    ])
  })

  it('takes the speaker before "told", never the listener after it', () => {
    expect(found('“We were wrong to stay quiet,” Ramos, 58, told AFP.')).toEqual([
      { content: '“We were wrong to stay quiet,”', source: 'Ramos', cue: 'told', kind: 'assertion', rule: 'quote' },
    ])
  })
})

describe('what is not a speaker', () => {
  it('skips labels before a colon that name no one', () => {
    expect(found("Editor's note: The following is part 3 of a series on the race.")).toEqual([])
  })

  it('skips a time, a relative "that" or a preposition read as the speaker', () => {
    expect(found('Last month said the deal was bad.')).toEqual([])
    expect(found('They cited a poll that shows Clinton ahead in Ohio.').map((c) => c.source)).not.toContain('that')
    expect(found('We looked at the data, said at the rally.')).toEqual([])
  })

  it('skips infinitives and raising verbs: what someone wants or seems to do is no statement of its own', () => {
    expect(found('The senator wants to tell voters about the plan.').map((c) => c.cue)).not.toContain('tell')
    expect(found('His tweet seemed to support the plan.')).toEqual([])
  })
})

describe('a cue inside the sentence it reports', () => {
  it('takes the whole sentence as the content', () => {
    expect(found('The outreach, they said, raised new worries about the scope of the feeling.')).toEqual([
      { content: 'The outreach, they said, raised new worries about the scope of the feeling', source: 'they', cue: 'said', kind: 'assertion', rule: 'inside' },
    ])
  })

  it('leaves a cue at the end and a quotation the cue interrupts as they were', () => {
    expect(found('The deal is bad, he said.').map((c) => c.rule)).toEqual(['source-after'])
    expect(found('“The deal is bad,” he said, “and it will fail.”').map((c) => c.rule)).toEqual(['quote'])
  })
})

describe('shares of people as speakers', () => {
  it('reads "42%", "Six in 10" and "a third" as who says it', () => {
    expect(found('Among voters, 42% say they are liberal.').map((c) => [c.source, c.content])).toEqual([['42%', 'they are liberal']])
    expect(found('Six in 10 say he is at least somewhat decisive.').map((c) => [c.source, c.content])).toEqual([['Six in 10', 'he is at least somewhat decisive']])
    expect(found("Nearly a third say they don't know.").map((c) => [c.source, c.content])).toEqual([['a third', "they don't know"]])
  })
})

describe('stances in -ing after the clause', () => {
  it('gives a stance in -ing the subject of the sentence, when a person, and never inverts it', () => {
    expect(found('Clinton spoke in Ohio on Monday, supporting the new trade deal.')).toEqual([
      { content: 'the new trade deal', source: 'Clinton', cue: 'supporting', kind: 'assertion', rule: 'said-that' },
    ])
    expect(found('The storm hit Ohio on Monday, supporting the new trade deal.')).toEqual([])
  })
})

describe('"…, adding that …"', () => {
  it('gives the added statement the speaker of the cue before it in the sentence', () => {
    expect(found('“It was a good day,” he said, adding that the vote was fair.')).toEqual([
      { content: '“It was a good day,”', source: 'he', cue: 'said', kind: 'assertion', rule: 'quote' },
      { content: 'that the vote was fair', source: 'he', cue: 'adding', kind: 'assertion', rule: 'said-that' },
    ])
  })
})
