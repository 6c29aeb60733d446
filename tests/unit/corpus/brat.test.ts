// brat standoff to claims: spans read (fragments, text over several lines),
// attributions placed exactly through the offset map of the verbatim text,
// speakers matched to actors, kinds proposed from the cue.
import { describe, expect, it } from 'vitest'
import { plainText } from '../../../src/shared/body'
import { Actor } from '../../../src/shared/domain'
import { ActorMatcher, actorName } from '../../../src/main/services/corpus/actor-match'
import { parseAnn } from '../../../src/main/services/corpus/brat'
import { claimsFromBrat } from '../../../src/main/services/corpus/brat-claims'
import { kindFromCue, lemmaOf } from '../../../src/main/services/corpus/cue-kind'
import { codePointOffsets, splitVerbatim } from '../../../src/main/services/corpus/verbatim'

describe('the verbatim text and its offset map', () => {
  it('splits at line breaks, blank lines included, and maps offsets to the body', () => {
    const source = 'Title line\nFirst para.\n\n \nSecond para.\r\nThird.\n'
    const v = splitVerbatim(source)
    expect(v.paragraphs).toEqual(['Title line', 'First para.', 'Second para.', 'Third.'])
    const body = v.paragraphs.join('\n\n')
    const text = v.text
    for (const word of ['Title', 'First para.', 'Second', 'Third.']) {
      const at = text.indexOf(word)
      expect(body.slice(v.toBody(at, 'start'), v.toBody(at + word.length, 'end'))).toBe(word)
    }
    // A span over a break covers the whole break in the body.
    const from = text.indexOf('para.')
    const to = text.indexOf('Second') + 6
    expect(body.slice(v.toBody(from, 'start'), v.toBody(to, 'end'))).toBe('para.\n\nSecond')
    // An offset inside a break goes to the next paragraph (start) or the
    // end of the previous one (end).
    const inBreak = text.indexOf('\n\n \n') + 2
    expect(body.slice(v.toBody(inBreak, 'start'), v.toBody(inBreak, 'start') + 6)).toBe('Second')
    expect(body.slice(0, v.toBody(inBreak, 'end')).endsWith('First para.')).toBe(true)
  })

  it('converts brat’s code-point offsets around characters outside the BMP', () => {
    const to = codePointOffsets('a😀b')
    expect([to(0), to(1), to(2), to(3)]).toEqual([0, 1, 3, 4])
  })
})

const TEXT = 'Kremlin denies hack.\nPeskov denied any role, calling the claims “absurd”.\n\nBiden blamed Moscow for the breach\nof US agencies.\nHe said more was to come 😀 soon.'

/** brat offsets (code points) of a phrase of TEXT. */
function at(phrase: string): string {
  const i = TEXT.indexOf(phrase)
  if (i < 0) throw new Error(phrase)
  const start = [...TEXT.slice(0, i)].length
  return `${start} ${start + [...phrase].length}`
}

const ANN = [
  `T1\tSource ${at('Peskov')}\tPeskov`,
  `T2\tCue ${at('denied')}\tdenied`,
  // A split content: “any role” and “calling the claims “absurd”” (the
  // comma between them is left out).
  `T3\tContent ${at('any role')};${at('calling the claims “absurd”')}\tany role calling the claims “absurd”`,
  `T4\tAttribution ${at('denied')}\tdenied`,
  'E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3',
  `T5\tSource ${at('Biden')}\tBiden`,
  `T6\tCue ${at('blamed')}\tblamed`,
  `T7\tContent ${at('Moscow for the breach\nof US agencies')}\tMoscow for the breach`,
  'of US agencies',
  `T8\tAttribution ${at('blamed')}\tblamed`,
  'E2\tAttribution:T8 Cue:T6 Source:T5 Content:T7',
  `T9\tSource ${at('He')}\tHe`,
  `T10\tCue ${at('said')}\tsaid`,
  `T11\tContent ${at('more was to come 😀 soon')}\tmore was to come 😀 soon`,
  `T12\tAttribution ${at('said')}\tsaid`,
  'E3\tAttribution:T12 Source:T9 Cue:T10 Content:T11',
  `T13\tCue ${at('Kremlin denies')}\tKremlin denies`,
  `T14\tAttribution ${at('Kremlin denies')}\tKremlin denies`,
  'E4\tAttribution:T14 Cue:T13',
  '#1\tAnnotatorNotes T1\ta note line',
].join('\n')

describe('brat annotations to claims', () => {
  it('reads spans, fragments and text that runs over lines', () => {
    const doc = parseAnn(ANN)
    expect(doc.problems).toEqual([])
    expect(doc.spans.get('T3')!.fragments).toHaveLength(2)
    expect(doc.spans.get('T7')!.text).toBe('Moscow for the breach\nof US agencies')
    expect(doc.attributions.map((a) => [a.id, a.sources.length, a.cues.length, a.contents.length])).toEqual([
      ['E1', 1, 1, 1],
      ['E2', 1, 1, 1],
      ['E3', 1, 1, 1],
      ['E4', 0, 1, 0],
    ])
  })

  it('places each attribution on exactly the characters the .ann names', () => {
    const existing = Actor.parse({ id: 'peskov', name: 'Dmitry Peskov', aliases: ['peskov'] })
    const matcher = new ActorMatcher([existing])
    const v = splitVerbatim(TEXT)
    const result = claimsFromBrat(v, parseAnn(ANN), matcher, { bom: false, annotator: 'ab12' })
    expect(result.problems).toEqual([])
    const byQuote = Object.fromEntries(result.claims.map((c) => [c.quote, c]))
    // Split content: one claim from the first fragment's start to the last's end.
    expect(byQuote['any role, calling the claims “absurd”']).toMatchObject({ kind: 'denial', cue: 'denied', speakers: ['peskov'], tags: ['annotator:ab12'] })
    // A content over a line break: the break is the article's paragraph break.
    const biden = byQuote['Moscow for the breach\n\nof US agencies']
    expect(biden).toMatchObject({ kind: 'attribution', cue: 'blamed' })
    const [created] = matcher.takeCreated()
    expect(created).toMatchObject({ name: 'Biden', type: 'other' })
    expect(biden.speakers).toEqual([created.id])
    // After an emoji, brat's code points still land on the right text; a
    // pronoun is nobody in particular: kept on the note, not made an actor.
    expect(byQuote['more was to come 😀 soon']).toMatchObject({ kind: 'assertion', speakers: [], note: 'Source in the annotation: “He”.' })
    // No content: placed on the cue, and said so.
    expect(byQuote['Kremlin denies']).toMatchObject({ kind: 'denial', note: expect.stringMatching(/names no content; the claim is placed on its cue/) })
    // The quotes are what the body holds at the claims' offsets.
    const text = plainText(result.body)
    for (const c of result.claims) expect(text.slice(c.start, c.end)).toBe(c.quote)
  })

  it('refuses annotations that do not fit the text, and says why', () => {
    const v = splitVerbatim('Short text.')
    const bad = 'T1\tContent 0 5\tShort\nT2\tContent 6 99\ttext.\nT3\tContent 0 5\tOther\nE1\tAttribution:T1 Content:T2\nE2\tAttribution:T1 Content:T3\nE3\tAttribution:T9 Content:T8'
    const result = claimsFromBrat(v, parseAnn(bad), new ActorMatcher([]), { bom: false, annotator: '' })
    expect(result.claims).toHaveLength(0)
    expect(result.problems).toEqual([
      'E3: it names T8, which is not in the file',
      'E1: its offsets run past the end of the text; the .ann file may belong to another version of it.',
      'E2: the text at its offsets is not the text the .ann file quotes; the .ann file may belong to another version of the text.',
      'E3: it has no content, cue or trigger span to place a claim on.',
    ])
  })

  it('counts a byte-order mark as brat does', () => {
    const v = splitVerbatim('Ab said yes.')
    const result = claimsFromBrat(v, parseAnn('T1\tContent 9 12\tyes\nE1\tAttribution:T1 Content:T1'), new ActorMatcher([]), { bom: true, annotator: '' })
    expect(result.claims.map((c) => c.quote)).toEqual(['yes'])
  })
})

describe('speakers and cues', () => {
  it('proposes the kind from the cue’s lemma', () => {
    expect(['denies', 'denied', 'rejected', 'dismissing', 'refutes', 'accused', 'blames', 'attributing', 'faulted', 'said', 'told reporters', 'was first reported by'].map(kindFromCue)).toEqual([
      'denial', 'denial', 'denial', 'denial', 'denial', 'attribution', 'attribution', 'attribution', 'attribution', 'assertion', 'assertion', 'assertion',
    ])
    expect(['denies', 'dismisses', 'accusing', 'faulted', 'blamed'].map(lemmaOf)).toEqual(['deny', 'dismiss', 'accuse', 'fault', 'blame'])
  })

  it('matches names case-, space- and apostrophe-insensitively, and never makes actors of pronouns', () => {
    const matcher = new ActorMatcher([Actor.parse({ id: 'omalley', name: "Martin O'Malley", aliases: ['O’Malley’s campaign'] })])
    expect(matcher.resolve('o’malley’s  Campaign')).toBe('omalley')
    expect(matcher.resolve('MARTIN O’MALLEY')).toBe('omalley')
    expect(matcher.resolve('They')).toBeNull()
    expect(actorName('“Spokeswoman Haley Morris,”')).toBe('Spokeswoman Haley Morris')
    const mark = matcher.mark()
    const id = matcher.resolve('Haley Morris')
    expect(matcher.resolve('haley morris')).toBe(id)
    matcher.rollback(mark)
    expect(matcher.takeCreated()).toEqual([])
    expect(matcher.resolve('Haley Morris')).not.toBe(id)
  })
})
