// Actor suggestions on sentences written here: titles alone are no person,
// photo credits and wire datelines name no actor, headings in title case and
// words glued by a page's markup are no names, plurals are groups, and the
// forms of one person or organisation fold into one suggestion.
import { describe, expect, it } from 'vitest'
import type { Actor } from '../../../src/shared/domain'
import { creditRanges } from '../../../src/main/services/suggest/credits'
import { suggestForText } from '../../../src/main/services/suggest/engine'

const actor = (id: string, name: string, type: Actor['type'], aliases: string[] = []): Actor => ({ id, name, type, aliases, memberOf: null, description: '', colour: '' })
const actorsOf = (text: string, registry: Actor[] = []) => suggestForText(text, registry).actors
const names = (text: string) => actorsOf(text).map((a) => a.name)

describe('titles', () => {
  it('are never a person on their own', () => {
    const text = [
      'The President said the talks would go on. Later the Minister said nothing.',
      'A spokesman for the Chancellor declined to comment, and the Deputy Foreign Minister left early.',
      'Presidents rarely say so, said Jane Holloway.',
    ].join('\n\n')
    const found = names(text)
    for (const title of ['President', 'Minister', 'the Minister', 'Chancellor', 'Deputy Foreign Minister', 'Presidents']) expect(found).not.toContain(title)
    expect(found).toContain('Jane Holloway')
  })

  it('are taken off the name and make it a person, occupations included', () => {
    const text = 'Actress Marisol Quint spoke first. U.S. Senate Majority Leader Harold Vance spoke after her. Quint said she agreed.'
    const found = actorsOf(text)
    expect(found.find((a) => a.name === 'Marisol Quint')).toMatchObject({ type: 'person', variants: ['Actress Marisol Quint', 'Quint'] })
    expect(found.find((a) => a.name === 'Harold Vance')).toMatchObject({ type: 'person', variants: ['U.S. Senate Majority Leader Harold Vance'] })
  })

  it('only qualifying the next word are no title: "National Review" is not a person called Review', () => {
    const found = names('Writers at National Review said the plan would fail.')
    expect(found).not.toContain('Review')
  })
})

describe('photo credits and datelines', () => {
  it('are found by their shape', () => {
    const cases: [string, string][] = [
      ['The two leaders met in Geneva. (Mikhail Orlov/Tass/Abaca Press/TNS)', '(Mikhail Orlov/Tass/Abaca Press/TNS)'],
      ['Dana Whitlock via Getty Images.', 'Dana Whitlock via Getty Images'],
      ['AP Photo/Evan Marsh', 'AP Photo/Evan Marsh'],
      ['Carla Bentin / Reuters.', 'Carla Bentin / Reuters'],
      ['The rally in Ames. Photo: Jane B. Doe for The Courier. Trump spoke.', 'Photo: Jane B. Doe for The Courier'],
      ['WASHINGTON (Reuters) - The agency was hacked, officials said.', 'WASHINGTON (Reuters) -'],
      ['PARIS, Aug 31 (Reuters) – The party said so.', 'PARIS, Aug 31 (Reuters) –'],
    ]
    for (const [text, credit] of cases) expect(creditRanges(text).map((r) => text.slice(r.start, r.end))).toContain(credit)
    // Parentheses of prose are no credit.
    expect(creditRanges('Senator John Smith (R-Texas) said the bill (HR 1234) would pass.')).toEqual([])
    // A photo mentioned in prose is no credit either.
    expect(creditRanges('A photo by the president’s son was shared widely.')).toEqual([])
  })

  it('name no actor: photographers and agencies are left out, the people of the story stay', () => {
    const text = [
      'Prime Minister Elena Marsh, left, and President Tomas Berg in Oslo. (Mikhail Orlov/Tass/Abaca Press/TNS)',
      'OSLO (Reuters) - Elena Marsh said on Monday that the deal was done.',
      'Dana Whitlock via Getty Images.',
      'Berg said he agreed. AP Photo/Evan Marsh',
      'CARLA BENTIN/AFP',
    ].join('\n\n')
    const found = names(text)
    expect(found).toEqual(expect.arrayContaining(['Elena Marsh', 'Tomas Berg']))
    for (const credit of ['Mikhail Orlov', 'Tass', 'Abaca Press', 'TNS', 'Reuters', 'Dana Whitlock', 'Getty Images', 'AP Photo', 'Evan Marsh', 'CARLA BENTIN', 'AFP']) expect(found).not.toContain(credit)
    // "Evan Marsh" of the credit does not fold into Elena Marsh either.
    expect(actorsOf(text).find((a) => a.name === 'Elena Marsh')!.variants).not.toContain('Evan Marsh')
  })
})

describe('noise in the text', () => {
  it('headings in title case, glued words, plurals and sentence openers are no names', () => {
    const text = [
      'Chris Dalton Says Harper Is Not Ready For The Job',
      'Chris Dalton, the governor, said Harper was not ready. Harper disagreed.',
      'Posted by Amy RowanFlagShareLikeReplyBen Tull at noon.',
      'Republicans said the vote was close. Muslims and Christians prayed together.',
      'Poll: Dalton leads Harper by four points.',
      'Hours later, Top Republican Party donor Sheldon Abel said he would give more.',
    ].join('\n\n')
    const found = names(text)
    expect(found).toContain('Chris Dalton')
    expect(found).toContain('Sheldon Abel')
    expect(found.some((n) => /Says|Ready|Flag|Reply/.test(n))).toBe(false)
    for (const noise of ['Republicans', 'Muslims', 'Christians', 'Hours', 'Top Republican Party', 'Poll']) expect(found).not.toContain(noise)
    expect(found).toContain('Republican Party')
  })
})

describe('variants', () => {
  it('fold: title, full name and surname are one person named by the full name', () => {
    const text = [
      'Russian Deputy Foreign Minister Sergei Ryabkov spoke in Moscow on Monday.',
      '“We are ready,” Ryabkov said.',
      'Later, Deputy Foreign Minister Ryabkov met reporters, and Sergei Ryabkov took questions.',
    ].join('\n\n')
    const ryabkov = actorsOf(text).filter((a) => /Ryabkov/.test(a.name))
    expect(ryabkov).toHaveLength(1)
    expect(ryabkov[0]).toMatchObject({ name: 'Sergei Ryabkov', type: 'person', mentions: 4 })
    expect(ryabkov[0].variants).toEqual(expect.arrayContaining(['Russian Deputy Foreign Minister Sergei Ryabkov', 'Ryabkov', 'Deputy Foreign Minister Ryabkov']))
    expect(ryabkov[0].variants).not.toContain('Sergei Ryabkov')
  })

  it('fold a middle name or initial into the same person, but keep two people of one surname apart', () => {
    const text = 'Hillary Rodham Clinton spoke. Hillary Clinton said she would win. Roger Clinton agreed. Clinton smiled. George W. Bush and George Bush were both named.'
    const found = actorsOf(text)
    const hillary = found.filter((a) => /Hillary/.test(a.name))
    expect(hillary).toHaveLength(1)
    expect(hillary[0].variants).toEqual(expect.arrayContaining([expect.stringMatching(/Hillary/)]))
    expect(found.find((a) => a.name === 'Roger Clinton')).toBeDefined()
    // "Clinton" alone could be either: no suggestion of its own, and neither takes it.
    expect(found.map((a) => a.name)).not.toContain('Clinton')
    expect(found.flatMap((a) => a.variants)).not.toContain('Clinton')
    expect(found.filter((a) => /^George/.test(a.name))).toHaveLength(1)
    // A full name the lexicon does not know as a person still makes the surname ambiguous.
    const bill = actorsOf('Hillary Clinton spoke. Bill Clinton agreed. Clinton smiled.')
    expect(bill.flatMap((a) => a.variants)).not.toContain('Clinton')
  })

  it('fold an organisation named with and without its country, but not a one-word name into another name', () => {
    const text = 'The Russian Foreign Ministry issued a statement. The Foreign Ministry later said more. The House voted, and the White House said nothing.'
    const found = actorsOf(text)
    expect(found.find((a) => a.name === 'Russian Foreign Ministry')).toMatchObject({ type: 'organisation', variants: ['Foreign Ministry'], mentions: 2 })
    expect(found.map((a) => a.name)).not.toContain('Foreign Ministry')
    expect(found.find((a) => a.name === 'White House')?.variants ?? []).not.toContain('House')
  })

  it('leave out an actor the registry has under any full form', () => {
    const text = 'Deputy Foreign Minister Sergei Ryabkov spoke. Ryabkov said he was ready.'
    expect(names(text)).toContain('Sergei Ryabkov')
    expect(actorsOf(text, [actor('r', 'Sergei Ryabkov', 'person')]).map((a) => a.name)).not.toContain('Sergei Ryabkov')
  })
})

describe('a sentence of names', () => {
  it('ending with a full stop is prose, not a heading: its names are kept', () => {
    const found = names('On stage today.\n\nChris Dalton, Amy Rowan, Sheldon Abel and Harold Vance.')
    expect(found).toEqual(expect.arrayContaining(['Chris Dalton', 'Amy Rowan', 'Sheldon Abel', 'Harold Vance']))
  })
})
