// Verbs with the preposition that opens what they are about: "agree with
// them", "focus on jobs", "voted against the bill", "is counting on Ohio".
// The preposition belongs to the cue and what follows it is the content
// (content.ts, cueRange). Some verbs report a stance only with their
// preposition ("counts on", "rails against", "vouched for"; "counted the
// votes" says nothing): those are cues only when it follows them.
import type { Token } from './nlp'

const pairs = (s: string): Record<string, string[]> =>
  Object.fromEntries(
    s
      .trim()
      .split(/\s*;\s*/)
      .map((entry) => {
        const [verbs, preps] = entry.split(':').map((x) => x.trim().split(/\s+/))
        return verbs.map((v) => [v, preps] as const)
      })
      .flat(),
  )

/** Verbs of the lexicon (lexicon.ts) and the prepositions they take. */
const LEXICON_PREPS = pairs(`
  agree disagree side: with; comment: on; talk write: about of; speak: about of against;
  tweet joke complain worry testify: about; refer point object: to; argue: for against;
  push call plead apologize apologise hope ask: for; rail: against; warn: against of; weigh: in; believe: in`)

/** Verbs that are cues only with their preposition. ("respond to",
 * "look for", "settle on", "unite around", "warm to" were tried, and
 * "count on", "rely on", "react to", "capitalize on", "stump for" dropped:
 * half or fewer of them were statements on the train part of PolNeAR.) */
const ONLY_WITH_PREPS = pairs(`
  vote: for against to; focus: on;
  bank dwell harp riff expound elaborate opine reflect muse seize: on;
  touch: on upon; scoff balk bristle chafe sneer jab: at; care brag boast rant gripe obsess fret: about;
  agonize squabble bicker quarrel wrangle spar clash tussle: over with; sympathize empathize: with;
  allude pander cater subscribe: to; lobby press root cheer vouch clamor yearn strive: for;
  inveigh crusade agitate: against; look: to; aim: at; wrestle tangle feud align: with; campaign fight: for against;
  acquiesce: to; vie: for; identify: with; expand renege: on; revel: in`)

const ALL: Record<string, string[] | undefined> = { ...ONLY_WITH_PREPS, ...LEXICON_PREPS }

/** Whether `word` is a preposition the verb `lemma` takes. */
export const takesPrep = (lemma: string, word: Token | undefined): boolean => !!word && !!ALL[lemma]?.includes(word.lower)

/** "is counting on", "railed against": a verb that is a cue only because
 * of the preposition after it. */
export const prepositionalCue = (t: Token, next: Token | undefined): boolean => !!ONLY_WITH_PREPS[t.lemma] && takesPrep(t.lemma, next)
