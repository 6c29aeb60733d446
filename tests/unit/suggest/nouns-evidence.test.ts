// The sixth round of statement families, those whose cue is no plain verb:
// nouns of saying and of stance seen from the verb they are the object of,
// evidence behind a longer subject; on sentences written here.
import { describe, expect, it } from 'vitest'
import { found, of } from '../helpers/suggestion-spans'

describe('a noun of saying as the object of a verb', () => {
  it('leaves the owner out after a verb of saying, whose statement holds it', () => {
    expect(of("The mayor mocked Brandt's proposal to close the pier.", 'possessive')).toEqual([])
    expect(found("The mayor mocked Brandt's proposal to close the pier.").map((c) => [c.source, c.cue])).toEqual([['The mayor', 'mocked']])
  })

  it('takes the subject of another verb for a possessive pronoun', () => {
    expect(found('Brandt renewed his call to close the pier.').map((c) => [c.source, c.cue, c.content])).toEqual([['Brandt', 'call', 'to close the pier']])
  })
})

describe('evidence heading a longer subject', () => {
  it('reads a poll or an analysis with what follows its head', () => {
    expect(of('A harbour poll, conducted with the ferry union, shows Okafor with 47 percent.', 'evidence').map((c) => [c.source, c.cue])).toEqual([
      ['A harbour poll, conducted with the ferry union', 'shows'],
    ])
    expect(of('A study by the harbour board found that the pier was losing money.', 'evidence').map((c) => [c.source, c.content])).toEqual([
      ['A study by the harbour board', 'that the pier was losing money'],
    ])
  })

  it('reads an inquiry, a review, an investigation or a paper as evidence too', () => {
    expect(of('The inquiry found nothing new about the ferry contract.', 'evidence').map((c) => [c.source, c.cue, c.content])).toEqual([
      ['The inquiry', 'found', 'nothing new about the ferry contract'],
    ])
    expect(of('An internal review found that the harbour staff had not searched the files.', 'evidence').map((c) => [c.source, c.content])).toEqual([
      ['An internal review', 'that the harbour staff had not searched the files'],
    ])
    expect(of('A 2012 paper found small gains in ferry use.', 'evidence').map((c) => c.source)).toEqual(['A 2012 paper'])
  })

  it('still needs evidence at the head', () => {
    expect(of('The mayor of the town, a friend of the union, showed the pier to guests.', 'evidence')).toEqual([])
  })
})

describe('support or criticism received', () => {
  it('takes those who give it as the source and the one who gets it as the content', () => {
    expect(found('Okafor won the endorsement of the ferry union on Monday.')).toEqual([
      { content: 'Okafor', source: 'the ferry union', cue: 'won the endorsement of', rule: 'backing' },
    ])
    expect(found('Her support among dock workers is slipping.').map((c) => [c.source, c.content, c.rule])).toEqual([['dock workers', 'Her', 'backing']])
    expect(of('The mayor drew sharp criticism from the harbour board.', 'backing').map((c) => [c.source, c.content])).toEqual([['the harbour board', 'The mayor']])
  })

  it('reads no author after "criticism of", and nothing sought yet', () => {
    expect(of('The mayor drew criticism of the levy.', 'backing')).toEqual([])
    expect(of('Okafor hopes to win the support of dock workers.', 'backing')).toEqual([])
  })
})

describe('verbs of a title that the tagger reads as nouns', () => {
  it('reads "blast" and "plans" in the title as verbs', () => {
    expect(found('Harbour skywriters blast Okafor\n\nThe rest of the story.').map((c) => [c.source, c.cue, c.content])).toEqual([['Harbour skywriters', 'blast', 'Okafor']])
    expect(found('Okafor plans new ferry levy\n\nThe rest of the story.').map((c) => [c.source, c.cue, c.content])).toEqual([['Okafor', 'plans', 'new ferry levy']])
  })

  it('leaves the nouns of the news alone', () => {
    expect(found('Brandt campaign to shift staff to the coast\n\nThe rest of the story.')).toEqual([])
  })
})

describe('a possessive pronoun before a noun of stance', () => {
  it('owns the stance with a preposition too, unless the noun is what a verb of saying is about', () => {
    expect(of('Yet their criticism of the levy grew louder.', 'possessive').map((c) => [c.source, c.cue, c.content])).toEqual([['their', 'criticism of', 'the levy']])
    expect(of('Okafor dismissed their criticism of the levy.', 'possessive')).toEqual([])
  })

  it('reads an announcement or an assessment as a stance of its owner', () => {
    expect(of("Okafor's announcement of a new levy surprised no one.", 'possessive').map((c) => [c.source, c.cue])).toEqual([["Okafor's", 'announcement of']])
  })
})

describe('shares of voters in a poll', () => {
  it('reads "support" and "oppose" after a share of people as verbs', () => {
    expect(found('Two-thirds support raising the ferry levy.').map((c) => [c.source, c.cue, c.content])).toEqual([['Two-thirds', 'support', 'raising the ferry levy']])
    expect(found('A 58% majority of dockers oppose the new levy.').map((c) => [c.source, c.cue])).toEqual([['majority of dockers', 'oppose']])
  })

  it('leaves the noun after a name and a half of no one', () => {
    expect(found("Okafor's support among dockers grew.").filter((c) => c.cue === 'support' && c.rule === 'said-that')).toEqual([])
    expect(found('The first half of the century supported the union.')).toEqual([])
  })
})

describe('a participle or a noun with its agent after "by" (by-agent)', () => {
  it('takes the agent as the source and the noun before the participle as the content', () => {
    expect(found('The levy, opposed by the ferry union, never became law.')).toEqual([
      { content: 'The levy', source: 'the ferry union', cue: 'opposed by', rule: 'by-agent' },
    ])
    expect(of('A demand by the ferry union that the levy be scrapped went unanswered.', 'by-agent').map((c) => [c.source, c.cue])).toEqual([['the ferry union', 'demand by']])
  })

  it('leaves out what was done rather than held, and the passive with its auxiliary', () => {
    expect(of('The emails released by the council were dull.', 'by-agent')).toEqual([])
    expect(found('The levy was opposed by the union.').map((c) => c.rule)).toEqual(['passive'])
  })
})

describe('attitudes of belief', () => {
  it('reads "aware that" and a clause without "that" after "sure" or "convinced"', () => {
    expect(of('The mayor was keenly aware that the levy was unpopular.', 'attitude').map((c) => [c.source, c.content])).toEqual([['The mayor', 'the levy was unpopular']])
    expect(of('City officials aren’t sure how to close the pier.', 'attitude').map((c) => [c.source, c.content])).toEqual([['City officials', 'how to close the pier']])
    expect(of('The voters are sure the mayor will win.', 'attitude').map((c) => c.content)).toEqual(['the mayor will win'])
  })

  it('still needs a clause with a verb', () => {
    expect(of('The voters were sure the whole time.', 'attitude')).toEqual([])
  })
})

describe('a poll after the clause it found', () => {
  it('runs past the participle phrase of the poll', () => {
    expect(of('Okafor had 45 percent support in a new harbour poll released Thursday.', 'poll').map((c) => [c.source, c.content])).toEqual([
      ['a new harbour poll', 'Okafor had 45 percent support'],
    ])
  })
})

describe('a view named by where it is held (viewpoint)', () => {
  it('takes "To X," opening the sentence as the holder of the view after the comma', () => {
    expect(found('To Ms. Okafor, the levy is a tax on the poor.')).toEqual([
      { content: 'the levy is a tax on the poor', source: 'Ms. Okafor', cue: 'To', rule: 'viewpoint' },
    ])
    expect(of('But to others, the pier is a landmark worth saving.', 'viewpoint').map((c) => c.source)).toEqual(['others'])
  })

  it('leaves an infinitive of purpose and "To date" alone', () => {
    expect(of('To win the harbour vote, Okafor needs the dockers.', 'viewpoint')).toEqual([])
    expect(of('To date, the pier has cost the town a fortune.', 'viewpoint')).toEqual([])
  })
})

describe('a named owner of a stance in object position', () => {
  it('is left to the one whose verb it is the object of', () => {
    expect(of("City officials balked at the owner's proposal to build a hotel.", 'possessive')).toEqual([])
    expect(of("The owner's proposal to build a hotel upset the council.", 'possessive').map((c) => c.source)).toEqual(["The owner's"])
  })
})

describe('what a poll has', () => {
  it('is no finding when it is its margin of error', () => {
    expect(of('The poll has a margin of error of 3 percentage points.', 'evidence')).toEqual([])
    expect(of('The latest poll has Okafor ahead by six points.', 'evidence').map((c) => c.content)).toEqual(['Okafor ahead by six points'])
  })
})

describe('a stance in an apposition (role)', () => {
  it('takes the person named before "a supporter of" as the holder', () => {
    expect(found('Mayor Okafor, an early supporter of the levy, spoke first.').filter((c) => c.rule === 'role')).toEqual([
      { content: 'the levy', source: 'Mayor Okafor', cue: 'supporter of', rule: 'role' },
    ])
  })

  it('takes no role noun alone as a source', () => {
    expect(of('Supporters of the levy gathered at the pier.', 'role')).toEqual([])
  })
})

describe('evidence that is the object of a verb', () => {
  it('is cited by the subject of that verb: "published research showing"', () => {
    expect(of('The think tank published research on behalf of the union showing that wages had stalled.', 'evidence').map((c) => c.source)).toEqual(['The think tank'])
    expect(of('The pundit refused to dispute the many polls showing the mayor ahead.', 'evidence').map((c) => c.source)).toEqual(['The pundit'])
  })

  it('speaks itself after a preposition: "with polls showing"', () => {
    expect(of('The mayor is confident, with recent polls showing a lead of ten points.', 'evidence').map((c) => c.source)).toEqual(['recent polls'])
  })
})
