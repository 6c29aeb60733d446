// "It plans to raise rates", "a fight it expects to last into the
// spring": "it" as the subject of a verb of intent stands for a body named
// before (a bank, a party, a province), which holds the view; elsewhere a
// stance needs a person or a group (phrases.ts, isHuman). ("it" before any
// verb of stance was right less than half the time on PolNeAR's train
// part: "it shows", "it allows", "it points to" are a thing's.)
import type { Token } from './nlp'
import type { Range } from './phrases'

/** Verbs of intent, whose subject must be someone who means something. */
const INTENT = /^(want|plan|hope|expect|seek|intend|refuse|decide|wish|aim)$/

/** "It plans to raise rates", "it expects to collect": "it" as the
 * subject of a finite verb of intent stands for a body named before (an
 * object "citing it", a thing "it shows", "it allows" holds no view). */
export function institutionalIt(tokens: Token[], speaker: Range, t: Token): boolean {
  const before = tokens[speaker.first - 1]
  return speaker.first === speaker.last && tokens[speaker.first].lower === 'it' && INTENT.test(t.lemma) && !/ing$/.test(t.lower) && !/^(VERB|ADP|AUX)$/.test(before?.pos ?? '')
}
