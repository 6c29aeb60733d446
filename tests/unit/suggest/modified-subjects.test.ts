// A subject that carries a participle or an infinitive before its verb of
// saying ("Farmers hoping to sell their land say …"): the whole noun
// phrase speaks, though the verb inside it ends the phrase read
// leftwards. Sentences written here.
import { describe, expect, it } from 'vitest'
import { foundSpans } from '../helpers/suggestion-spans'

const said = (text: string, cue: string) => foundSpans(text).filter((f) => f.cue === cue)

describe('subjects with a participle or an infinitive inside', () => {
  it('gives the statement to the whole subject with its -ing modifier', () => {
    expect(said('Farmers hoping to sell their land to the county say the offer is too low.', 'say')).toContainEqual(expect.objectContaining({ source: 'Farmers hoping to sell their land to the county', content: 'the offer is too low' }))
    expect(said('But parents fighting to keep the school open said the budget falls short.', 'said')).toContainEqual(expect.objectContaining({ source: 'parents fighting to keep the school open' }))
  })

  it('gives it to a subject with an infinitive after its noun', () => {
    expect(said('The first mayor to win a third term says she will not run again.', 'says')).toContainEqual(expect.objectContaining({ source: 'The first mayor to win a third term' }))
    expect(said('Organizers of the drive to recall the governor said they had enough signatures.', 'said')).toContainEqual(expect.objectContaining({ source: 'Organizers of the drive to recall the governor' }))
  })

  it('reads an -ing word before the noun as part of it', () => {
    expect(said('But polling experts say the race is closer than it looks.', 'say')).toContainEqual(expect.objectContaining({ source: 'polling experts' }))
  })

  it('gives it to a subject with a long relative clause', () => {
    expect(said('Even those who have drawn up detailed plans for the city to buy the stadium admit that the numbers are shaky.', 'admit')).toContainEqual(expect.objectContaining({ source: 'those who have drawn up detailed plans for the city to buy the stadium' }))
    expect(said('Tenants who rented flats in the tower for many years at low rents say they were never warned.', 'say')).toContainEqual(expect.objectContaining({ source: 'Tenants who rented flats in the tower for many years at low rents' }))
  })

  it('leaves a clause inside another statement without its own speaker', () => {
    const found = said('The mayor said residents living near the river believe the dam is safe.', 'believe')
    expect(found.map((f) => f.source)).not.toContain('The mayor said residents living near the river')
    expect(said('The report, citing two officials, says the talks stalled.', 'says').map((f) => f.source)).not.toContain('The report, citing two officials')
  })
})
