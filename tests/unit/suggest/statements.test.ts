// The fifth round of statement families: a name alone as what is
// supported, verbs that are cues only with their preposition, attitudes
// about something, quotations brought in by any verb, and words the
// tagger takes for verbs inside a name; on sentences written here.
import { describe, expect, it } from 'vitest'
import { found } from '../helpers/suggestion-spans'

const cues = (text: string) => found(text).map((c) => c.cue)

describe('short contents', () => {
  it('takes a name or an object pronoun alone as what is endorsed or thanked', () => {
    expect(found('The ferry union endorsed Okafor.')).toEqual([{ content: 'Okafor', source: 'The ferry union', cue: 'endorsed', rule: 'said-that' }])
    expect(found('The harbour board later thanked her.').map((c) => [c.source, c.content])).toEqual([['The harbour board', 'her']])
  })

  it('still needs two words for any other content', () => {
    expect(found('The ferry union endorsed change.')).toEqual([])
  })
})

describe('verbs that are cues only with their preposition', () => {
  it('reads the preposition as part of the cue and what follows as the content', () => {
    expect(found('Councillor Brandt is now harping on the ferry fares.')).toEqual([
      { content: 'the ferry fares', source: 'Councillor Brandt', cue: 'harping on', rule: 'said-that' },
    ])
    expect(found('The mayor railed against the new toll.').map((c) => [c.source, c.cue, c.content])).toEqual([['The mayor', 'railed against', 'the new toll']])
  })

  it('reads "believe in" as a stance on what follows, not an adverbial', () => {
    expect(found('The harbour master believes in lower ferry fares.').map((c) => [c.source, c.cue, c.content])).toEqual([['The harbour master', 'believes in', 'lower ferry fares']])
    expect(found('Most of the islanders believe in keeping the old pier.').map((c) => [c.source, c.cue, c.content])).toEqual([['Most of the islanders', 'believe in', 'keeping the old pier']])
  })

  it('proposes nothing when the preposition is not there', () => {
    expect(found('Brandt counted the votes twice.')).toEqual([])
  })

  it('reads a verb in -s after a name as the verb when its preposition follows', () => {
    expect(found('Brandt talks about the ferry in every speech.').map((c) => [c.source, c.cue])).toEqual([['Brandt', 'talks about']])
  })
})

describe('attitudes about something (attitude)', () => {
  it('reads any adjective followed by about, of or over after a linking verb', () => {
    expect(found('Councillor Brandt was upbeat about the harbour plan.')).toEqual([
      { content: 'the harbour plan', source: 'Councillor Brandt', cue: 'was upbeat about', rule: 'attitude' },
    ])
  })

  it('leaves an adjective with another preposition to the lexicon', () => {
    expect(found('Councillor Brandt was busy with the harbour plan.')).toEqual([])
  })
})

describe('quotations brought in by a verb not of saying (quote-intro)', () => {
  it('reads the subject of the sentence as the speaker and its verb as the cue', () => {
    expect(found('The leaflet blared “the harbour will close by spring.”')).toEqual([
      { content: '“the harbour will close by spring.”', source: 'The leaflet', cue: 'blared', rule: 'quote-intro' },
    ])
    expect(found('Okafor summed it up: “We rowed, they talked.”').map((c) => [c.source, c.cue, c.rule])).toEqual([['Okafor', 'summed', 'quote-intro']])
  })

  it('leaves titles, names given by a verb, passives and subjects that cannot speak alone', () => {
    expect(found('The new ferry, titled “Pride of the North Sea Coast,” left on time.').map((c) => c.rule)).not.toContain('quote-intro')
    expect(found('The old bridge was known as “the longest bridge in the whole county.”').map((c) => c.rule)).toEqual(['quote-alone'])
    expect(found('The hall echoed with “the sound of many happy children singing.”').map((c) => c.rule)).toEqual(['quote-alone'])
  })
})

describe('words the tagger reads as verbs inside a name or before a noun', () => {
  it('never takes a capitalised word after another one in running text for a cue', () => {
    expect(cues('The senator from Maine said that the budget works and the United States Senate should pass it.')).toEqual(['said'])
  })

  it('never takes a participle between a number and its noun for a cue', () => {
    expect(found('So far only 4 pledged delegates remain in the race.')).toEqual([])
  })

  it('still reads a verb in title case in a headline', () => {
    expect(cues('Mayor Brandt Slams Ferry Union')).toEqual(['Slams'])
  })
})

describe('polls named after what they found (poll)', () => {
  it('reads the clause before "in" and a described poll that ends the sentence', () => {
    expect(found('Okafor led Brandt by nine points in a new Harbour Gazette poll.')).toEqual([
      { content: 'Okafor led Brandt by nine points', source: 'a new Harbour Gazette poll', cue: 'in', rule: 'poll' },
    ])
  })

  it('leaves "the polls" in general alone', () => {
    expect(found('Okafor is doing well in the polls.')).toEqual([])
  })
})

describe('verbs the tagger reads as nouns, and who was asked', () => {
  it('reads a bare verb of the lexicon after people in the plural', () => {
    expect(found('But experts note that the pier is sinking.')).toEqual([{ content: 'that the pier is sinking', source: 'experts', cue: 'note', rule: 'said-that' }])
    expect(found('Local residents support the new pier.').map((c) => [c.source, c.cue])).toEqual([['Local residents', 'support']])
  })

  it('reads a verb in -s before "that" after one who can speak', () => {
    expect(found('The report notes that the pier is sinking.')).toEqual([{ content: 'that the pier is sinking', source: 'The report', cue: 'notes', rule: 'said-that' }])
  })

  it('takes the people polled or surveyed, with the participle, as the speaker', () => {
    expect(found('Some 40 percent of fishermen polled said the pier should stay open.').map((c) => c.source)).toEqual(['Some 40 percent of fishermen polled'])
    expect(found('By wide margins, those surveyed say the pier should stay open.').map((c) => c.source)).toEqual(['those surveyed'])
  })
})

describe('what someone sets out to do or say', () => {
  it('reads the verb after "failed to", "needs to" as what the subject does', () => {
    expect(found('The council failed to explain the delay to the ferry.').map((c) => [c.source, c.cue])).toEqual([['The council', 'explain']])
  })

  it('reads a name and "to" in a title as what the named will do', () => {
    expect(found('Okafor to Announce Ferry Plan\n\nThe harbour is quiet.').map((c) => [c.source, c.cue, c.content])).toEqual([['Okafor', 'Announce', 'Ferry Plan']])
  })

  it('takes a possessive pronoun as the owner of a stance with a clause or with an object', () => {
    expect(found('Yet his promise to rebuild the pier was never kept.').map((c) => [c.source, c.cue, c.rule])).toEqual([['his', 'promise', 'possessive']])
    expect(found('Yet his attacks on Okafor were never answered.').map((c) => [c.source, c.cue])).toEqual([['his', 'attacks on']])
  })

  it('reads a decision as a stance of its owner', () => {
    expect(found("Brandt's decision to close the pier was final.").map((c) => [c.source, c.cue, c.rule])).toEqual([["Brandt's", 'decision', 'possessive']])
  })
})

describe('more verbs of stance and of saying', () => {
  const read = (text: string) => found(text).map((c) => [c.source, c.cue, c.content])

  it('reads requests, judgements, feelings and thoughts as statements of a person', () => {
    expect(read('Brandt requested an audit of the harbour fund.')).toEqual([['Brandt', 'requested', 'an audit of the harbour fund']])
    expect(read('The mayor lauded the ferry crew.')).toEqual([['The mayor', 'lauded', 'the ferry crew']])
    expect(read('Brandt pondered a run for mayor.')).toEqual([['Brandt', 'pondered', 'a run for mayor']])
    expect(read('The union protested the closure.')).toEqual([['The union', 'protested', 'the closure']])
    expect(read('Environmentalists hated it.')).toEqual([['Environmentalists', 'hated', 'it']])
  })

  it('reads new verbs of saying with their clause', () => {
    expect(read('Okafor clarified that the pier stays open.')).toEqual([['Okafor', 'clarified', 'that the pier stays open']])
  })

  it('takes "few" or "many" alone as who holds the view', () => {
    expect(read('But few believe the pier will hold.')).toEqual([['few', 'believe', 'the pier will hold']])
  })

  it('reads a retort with its particles (phrasal)', () => {
    expect(found('Okafor fired back at Brandt over the delay.')).toEqual([{ content: 'Brandt', source: 'Okafor', cue: 'fired back at', rule: 'phrasal' }])
  })
})

describe('auxiliaries between the speaker and the verb', () => {
  const read = (text: string) => found(text).map((c) => [c.source, c.cue, c.content, c.rule])

  it('reads "\'s said" as "has said", and keeps the passive with its agent', () => {
    expect(read("She's said the pier will close.")).toEqual([['She', 'said', 'the pier will close', 'said-that']])
    expect(read('The ferry was said by the council to be unsafe.')).toEqual([['the council', 'said by', 'The ferry', 'passive']])
  })

  it('reads past a quantifier floated after the auxiliary', () => {
    expect(read('Okafor and Brandt have both argued that the pier is unsafe.')).toEqual([['Okafor and Brandt', 'argued', 'that the pier is unsafe', 'said-that']])
    expect(read('The skippers all said the pier is unsafe.')).toEqual([['The skippers', 'said', 'the pier is unsafe', 'said-that']])
  })

  it('takes more kinds of people as holders of a view', () => {
    expect(read('The retirees believe the pier is unsafe.')).toEqual([['The retirees', 'believe', 'the pier is unsafe', 'said-that']])
  })
})

describe('a verb of saying in an infinitive of purpose', () => {
  it('gives it the subject of the sentence, when a person', () => {
    expect(found('Okafor went on the radio to defend the pier.').map((c) => [c.source, c.cue, c.content])).toEqual([['Okafor', 'defend', 'the pier']])
  })

  it('leaves verbs of stance and subjects that are not people alone', () => {
    expect(found('The council met on Monday to discuss the pier.')).toEqual([])
    expect(found('The storm came at night to attack the pier.')).toEqual([])
  })
})

describe('passives with their agent (passive)', () => {
  const read = (text: string) => found(text).map((c) => [c.source, c.cue, c.content, c.rule])

  it('reads the subject before every auxiliary and an agent such as "some of …"', () => {
    expect(read('The pier plan has been criticized by some of the skippers.')).toEqual([['some of the skippers', 'criticized by', 'The pier plan', 'passive']])
  })

  it('finds the agent past an adverbial', () => {
    expect(read('Okafor was attacked on the radio by Brandt.')).toEqual([['Brandt', 'attacked on the radio by', 'Okafor', 'passive']])
  })

  it('takes a noun of saying as what was said', () => {
    expect(read('His remarks were quickly derided by Brandt.')).toEqual([['Brandt', 'derided by', 'His remarks', 'passive']])
  })

  it('takes "some" alone as who holds the view', () => {
    expect(read('Some believe the pier will hold.')).toEqual([['Some', 'believe', 'the pier will hold', 'said-that']])
  })
})

describe('phrasal verbs of stance (phrasal)', () => {
  const read = (text: string) => found(text).map((c) => [c.source, c.cue, c.content, c.rule])

  it('reads dismissals and distancing with their particles, in -ing too', () => {
    expect(read('Okafor shrugged off the criticism.')).toEqual([['Okafor', 'shrugged off', 'the criticism', 'phrasal']])
    expect(read('Brandt is playing down the risk.')).toEqual([['Brandt', 'playing down', 'the risk', 'phrasal']])
    expect(read('Okafor distanced herself from the pier plan.')).toEqual([['Okafor', 'distanced herself from', 'the pier plan', 'phrasal']])
  })

  it('leaves the verb without its particle alone', () => {
    expect(read('The skippers played cards at night.')).toEqual([])
  })

  it('reads "look to" as a cue only with its preposition', () => {
    expect(read('Local residents looked to the council for help.').map((c) => c[1])).toEqual(['looked to'])
  })
})

describe('what a poll has or gives (evidence)', () => {
  it('reads "has", "gives" and "puts" after a poll as what it found', () => {
    expect(found('The latest Harbour Gazette poll has Okafor leading Brandt by six points.')).toEqual([
      { content: 'Okafor leading Brandt by six points', source: 'The latest Harbour Gazette poll', cue: 'has', rule: 'evidence' },
    ])
  })

  it('leaves "has" after anything else alone', () => {
    expect(found('The harbour has three piers.')).toEqual([])
  })
})

describe('taking back and reasoning', () => {
  it('reads a disavowal as a stance and reasoning as saying', () => {
    expect(found('Okafor disavowed the pier plan.').map((c) => [c.source, c.cue, c.content])).toEqual([['Okafor', 'disavowed', 'the pier plan']])
    expect(found('Brandt reasoned that the pier would hold.').map((c) => [c.source, c.cue, c.content])).toEqual([['Brandt', 'reasoned', 'that the pier would hold']])
  })
})
