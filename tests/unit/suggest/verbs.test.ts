// Statements whose cue is a verb the first rules missed: infinitives whose
// speaker is the object of the verb before them, and verbs of stance or of
// political acts; on sentences written here with the spans they must find.
import { describe, expect, it } from 'vitest'
import { foundSpans as found } from '../helpers/suggestion-spans'

describe('an infinitive whose speaker is the object of a causative verb', () => {
  it('reads "led X to declare", "prompted them to focus on", "forced X to acknowledge"', () => {
    expect(found('The defeat led the senator to declare that the race was over.')).toEqual([
      { content: 'that the race was over', source: 'the senator', cue: 'declare' },
    ])
    expect(found('The layoffs prompted them to focus on wages.')).toEqual([{ content: 'wages', source: 'them', cue: 'focus on' }])
    expect(found('The loss will force the mayor to acknowledge a hard truth.')).toEqual([
      { content: 'a hard truth', source: 'the mayor', cue: 'acknowledge' },
    ])
  })

  it('leaves the object of a verb of urging to the one who urges', () => {
    expect(found('The union urged its members to reject the offer.')).toEqual([
      { content: 'its members to reject the offer', source: 'The union', cue: 'urged' },
    ])
  })
})

describe('verbs of stance the lexicon lacked', () => {
  it('reads attacks, praise, rejection and acts of a person or group', () => {
    expect(found('The governor has hammered the mayor over the budget.')).toEqual([
      { content: 'the mayor over the budget', source: 'The governor', cue: 'hammered' },
    ])
    expect(found('The senator extolled the new trade pact.')).toEqual([{ content: 'the new trade pact', source: 'The senator', cue: 'extolled' }])
    expect(found('Local unions rebuffed the offer from the company.')).toEqual([
      { content: 'the offer from the company', source: 'Local unions', cue: 'rebuffed' },
    ])
    expect(found('The company sued the union last year.')).toEqual([
      { content: 'the union last year', source: 'The company', cue: 'sued' },
    ])
  })

  it('wants a person or group as subject', () => {
    expect(found('The storm blocked the road to the airport.')).toEqual([])
  })
})

describe('a vote with the infinitive of what is voted', () => {
  it('reads "voted to close" as the voters’ stance, as "voted against"', () => {
    expect(found('The school board voted to close two libraries.')).toEqual([
      { content: 'close two libraries', source: 'The school board', cue: 'voted to' },
    ])
  })
})

describe('a split infinitive', () => {
  it('reads "choose to not believe" like "choose not to believe"', () => {
    expect(found('Republicans choose to not believe the governor.')).toEqual([{ content: 'the governor', source: 'Republicans', cue: 'believe' }])
  })
})

describe('an -ing form after a verb of beginning or going on', () => {
  it('reads "began dismissing" and "spent Saturday attacking" as the subject’s', () => {
    expect(found('The mayor began dismissing the reports.')).toEqual([{ content: 'the reports', source: 'The mayor', cue: 'dismissing' }])
    expect(found('The senator spent Saturday attacking the governor.')).toEqual([
      { content: 'the governor', source: 'The senator', cue: 'attacking' },
    ])
  })
})

describe('the infinitive after a verb or adjective of will', () => {
  it('reads "chose not to comment on" and "is right to note", not "wants to tell"', () => {
    expect(found('The mayor chose not to comment on the charges.')).toEqual([{ content: 'the charges', source: 'The mayor', cue: 'comment on' }])
    expect(found('The council is right to note that the budget is short.')).toEqual([
      { content: 'that the budget is short', source: 'The council', cue: 'note' },
    ])
  })
})

describe('a verb the tagger took for a noun', () => {
  it('reads a bare verb of saying after a plural, with its particle: "Labor leaders point out that …"', () => {
    expect(found('Labor leaders point out that the plant could close.')).toEqual([
      { content: 'that the plant could close', source: 'Labor leaders', cue: 'point out' },
    ])
  })
})

describe('verbs that are cues with their preposition', () => {
  it('reads "identify with" and "reneged on"', () => {
    expect(found('Many workers identify with the senator.')).toEqual([{ content: 'the senator', source: 'Many workers', cue: 'identify with' }])
    expect(found('The governor reneged on his pledge.')).toEqual([{ content: 'his pledge', source: 'The governor', cue: 'reneged on' }])
  })
})

describe('more phrasal verbs of stance', () => {
  it('reads "zeroed in on", "paid tribute to" and "rose to the defense of"', () => {
    expect(found('The senator zeroed in on the budget gap.')).toEqual([{ content: 'the budget gap', source: 'The senator', cue: 'zeroed in on' }])
    expect(found('The mayor paid tribute to the firefighters.')).toEqual([{ content: 'the firefighters', source: 'The mayor', cue: 'paid tribute to' }])
    expect(found('The union rose to the defense of the nurses.')).toEqual([
      { content: 'the nurses', source: 'The union', cue: 'rose to the defense of' },
    ])
  })

  it('reads "brought up" and "went easy on"', () => {
    expect(found('The host went easy on the senator.')).toEqual([{ content: 'the senator', source: 'The host', cue: 'went easy on' }])
    expect(found('The moderator brought up the plant closure.')).toEqual([{ content: 'the plant closure', source: 'The moderator', cue: 'brought up' }])
  })

  it('reads "leave out" and "pinned his hopes on"', () => {
    expect(found('They leave out a crucial point.')).toEqual([{ content: 'a crucial point', source: 'They', cue: 'leave out' }])
    expect(found('The governor pinned his hopes on the primary.')).toEqual([
      { content: 'the primary', source: 'The governor', cue: 'pinned his hopes on' },
    ])
  })

  it('no longer reads "took on", which was mostly no statement', () => {
    expect(found('The company took on new debt last year.')).toEqual([])
  })
})

describe('more light verbs and their nouns', () => {
  it('reads "held a favorable opinion of", "delivered his tirade against" and "made no secret of"', () => {
    expect(found('Most voters held a favorable opinion of him.')).toEqual([{ content: 'him', source: 'Most voters', cue: 'held a favorable opinion of' }])
    expect(found('The activist delivered his tirade against the mayor.')).toEqual([
      { content: 'the mayor', source: 'The activist', cue: 'delivered his tirade against' },
    ])
    expect(found('The governor made no secret of his disdain for the plan.')).toEqual([
      { content: 'his disdain for the plan', source: 'The governor', cue: 'made no secret of' },
    ])
  })
})

describe('the people a verb of feeling moves hold the view', () => {
  it('reads "Her position has angered some Democrats" with the Democrats as the source', () => {
    expect(found('Her position has angered some Democrats on the left.')).toEqual([
      { content: 'Her position', source: 'some Democrats on the left', cue: 'angered' },
    ])
    expect(found('The remarks alarmed party leaders.')).toEqual([{ content: 'The remarks', source: 'party leaders', cue: 'alarmed' }])
  })

  it('wants people as the object, and no passive', () => {
    expect(found('The flood alarmed the dam sensors.')).toEqual([])
    expect(found('The senator was angered by the vote.')).toEqual([])
  })
})

describe('a court rules', () => {
  it('reads "the judge ruled that …"', () => {
    expect(found('The judge ruled that the map was unconstitutional.')).toEqual([
      { content: 'that the map was unconstitutional', source: 'The judge', cue: 'ruled' },
    ])
  })
})

describe('an infinitive of purpose with a verb of stance', () => {
  it('reads "gathered at the bar to talk about …" as the subject’s', () => {
    expect(found('A dozen workers gathered at the bar to talk about the plant.')).toEqual([
      { content: 'the plant', source: 'A dozen workers', cue: 'talk about' },
    ])
  })
})

describe('attention turned to something', () => {
  it('reads "drew attention to" and "turned his attention to"', () => {
    expect(found('The senator drew attention to the deficit.')).toEqual([{ content: 'the deficit', source: 'The senator', cue: 'drew attention to' }])
    expect(found('The governor turned his attention to the unions.')).toEqual([
      { content: 'the unions', source: 'The governor', cue: 'turned his attention to' },
    ])
  })
})

describe('a stance folded into a compound', () => {
  it('reads "a self-described socialist" and "a Johnson-backed lawsuit"', () => {
    expect(found('He is a self-described democratic socialist from Vermont.')).toEqual([
      { content: 'democratic socialist', source: 'self', cue: 'described' },
    ])
    expect(found('A Johnson-backed lawsuit was thrown out.')).toEqual([{ content: 'lawsuit', source: 'Johnson', cue: 'backed' }])
  })
})

describe('a stance in an adjunct of the verb', () => {
  it('reads "headline a fundraiser in support of" with the subject as the source', () => {
    expect(found('Graham will headline a fundraiser in support of the senator.')).toEqual([
      { content: 'the senator', source: 'Graham', cue: 'in support of' },
    ])
    expect(found('The flood came in support of nothing.')).toEqual([])
  })

  it('reads "in hopes of", "in the hope that" as what the subject hopes for', () => {
    expect(found('The senator toured the valley in hopes of winning over farmers.')).toContainEqual({ content: 'winning over farmers', source: 'The senator', cue: 'in hopes of' })
    expect(found('The mayor met the union leaders in the hope that the strike would end.')).toContainEqual({ content: 'the strike would end', source: 'The mayor', cue: 'in the hope that' })
  })
})

describe('an -ing form after a preposition', () => {
  it('gives it the subject of the sentence: "since accepting", "criticized for saying"', () => {
    expect(found('The governor has been quiet since accepting the nomination.')).toEqual([
      { content: 'the nomination', source: 'The governor', cue: 'accepting' },
    ])
  })
})
