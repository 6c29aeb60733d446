// Cues that report no statement at all (round 7, precision): the verb
// tells what someone did, not what they said. Sentences written here.
import { describe, expect, it } from 'vitest'
import { found } from '../helpers/suggestion-spans'

const cues = (text: string) => found(text).map((c) => c.cue)

describe('"speak" with no topic after it', () => {
  it('drops a length of time, a language or the clause after a place', () => {
    expect(cues('The mayor spoke for forty minutes and the crowd grew restless.')).toEqual([])
    expect(cues('Her deputy speaks fluent Portuguese.')).toEqual([])
    expect(cues('As she spoke in the hall, there were no banners on the walls.')).toEqual([])
  })
  it('keeps a topic or a side', () => {
    expect(found('The mayor spoke out against the new tolls.').map((c) => c.source)).toEqual(['The mayor'])
    expect(found('The mayor spoke of her years on the council.').map((c) => c.content)).toEqual(['her years on the council'])
  })
})

describe('an adjective before "of" that measures or relates, not a feeling', () => {
  it('drops "worthy of", "short of", "emblematic of"', () => {
    expect(cues('The union is worthy of praise.')).toEqual([])
    expect(cues('The donors remain far short of their goal.')).toEqual([])
    expect(cues('The two rallies were emblematic of the mood in the state.')).toEqual([])
  })
  it('keeps a feeling and any adjective before "about"', () => {
    expect(found('The governor is deeply mistrustful of the new board.').map((c) => [c.source, c.content])).toEqual([['The governor', 'the new board']])
    expect(found('The farmers are upbeat about the harvest.').map((c) => [c.source, c.content])).toEqual([['The farmers', 'the harvest']])
  })
})

describe('one word before the verb that names nobody', () => {
  it('drops an imperative after an adverb and "All told"', () => {
    expect(found('Just ask the mayor of the town.').map((c) => c.source)).toEqual([])
    expect(found('All told, the council spent two million dollars.').map((c) => c.source)).toEqual([])
  })
  it('keeps a share of people', () => {
    expect(found('Most believe that the plant will close.').map((c) => c.source)).toEqual(['Most'])
    expect(found('Some say the bridge is unsafe.').map((c) => c.source)).toEqual(['Some'])
  })
})

describe('"say" between commas, meaning "for example"', () => {
  it('names no speaker after it', () => {
    expect(cues('Fixing the roads costs more than, say, painting the school.')).toEqual([])
    expect(found('The town could cut the levy to, say, two percent.').map((c) => c.source)).toEqual([])
  })
  it('keeps a speaker after "say" with no comma after it', () => {
    expect(found('The bridge will close, say officials in the county.').map((c) => c.source)).toEqual(['officials'])
  })
})

describe('"may want to" and "feel free to": advice and leave, not a wish', () => {
  it('drops it', () => {
    expect(cues('The mayor may want to check her figures.')).toEqual([])
    expect(cues('The council might still want to reconsider the vote.')).toEqual([])
  })
  it('drops "feel free to", a liberty taken', () => {
    expect(cues('The clerk felt free to ignore the rules.')).toEqual([])
  })
  it('keeps a plain wish', () => {
    expect(found('The mayor wants to raise the levy.').map((c) => c.source)).toEqual(['The mayor'])
  })
})

describe('"reported from" a place: a byline', () => {
  it('drops it', () => {
    expect(cues('Jane Roe reported from Denver, Colo.')).toEqual([])
    expect(cues('Our correspondent reports live from the border town.')).toEqual([])
  })
  it('keeps what was reported', () => {
    expect(found('The Gazette reported that the mill would close.').map((c) => c.source)).toEqual(['The Gazette'])
  })
})
