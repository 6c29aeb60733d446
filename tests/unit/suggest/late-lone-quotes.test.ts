// Speakers misread at the start of a sentence, on sentences written here: a
// participle phrase that opens the sentence ("Holding signs calling …,") is
// no speaker; the subject of the main clause after the comma is. A quotation
// brought in by a verb in the perfect ("has adopted the stance: “…”") has
// that verb's subject as speaker, as in the simple past. A verb of saying
// that ends its sentence ("Marlow agreed.") announces the quotation after it,
// as does one that opens it before the speaker ("Said Marlow, “…”").
import { describe, expect, it } from 'vitest'
import { suggestForText } from '../../../src/main/services/suggest/engine'

const claims = (text: string) => suggestForText(text, []).claims.map((c) => ({ content: c.content.text, source: c.source?.text ?? null, cue: c.cue?.text ?? null }))

describe('a participle phrase opening the sentence', () => {
  it('is never the speaker', () => {
    const found = claims('Holding signs calling the governor a failure, the protesters chanted outside the hall.')
    for (const c of found) expect(c.source ?? '').not.toMatch(/^Holding/)
    expect(found.find((c) => c.cue === 'calling')?.source).toBe('the protesters')
  })

  it('leaves an ordinary subject alone', () => {
    const found = claims('The protesters said the governor had failed them.')
    expect(found.find((c) => c.cue === 'said')?.source).toBe('The protesters')
  })
})

describe('a quotation after a verb in the perfect', () => {
  it('takes the subject as speaker', () => {
    const found = claims('Senator Marlow has adopted a familiar stance: “I am against it personally, but I will not stand in the way of the bill.”')
    expect(found.find((c) => c.content.includes('I am against it'))?.source).toBe('Senator Marlow')
  })
})

describe('a verb of saying that ends the sentence before a quotation', () => {
  it('gives the quotation its subject as speaker', () => {
    const found = claims('Professor Jane Marlow agreed. “Moderate voters are running out of time to find anyone else.”')
    expect(found.find((c) => c.content.includes('Moderate voters'))).toMatchObject({ source: 'Professor Jane Marlow', cue: 'agreed' })
  })

  it('leaves a quotation after a sentence with no verb of saying alone', () => {
    const found = claims('Professor Jane Marlow left early. “Moderate voters are running out of time to find anyone else.”')
    expect(found.find((c) => c.content.includes('Moderate voters'))?.source).toBeNull()
  })
})

describe('a verb of saying that opens the sentence before its speaker', () => {
  it('gives the quotation that speaker', () => {
    const found = claims('The hearing ended late. Said Marlow, “The thought that we failed these families is very painful to all of us.”')
    expect(found.find((c) => c.content.includes('painful'))).toMatchObject({ source: 'Marlow', cue: 'Said' })
  })
})
