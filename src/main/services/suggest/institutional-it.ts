// "it" as the holder of a stance: in news "it" stands for a body far more
// often than for a person ("The Fed said … It plans to raise rates slowly",
// "Beijing … it wants to open new trade routes", "the paper … it
// published its first list"), and a body holds views as its people do
// (a named organisation already may). Stances with "it" were left out
// because "it" is no person. Not when "it" makes someone do something
// ("It allows voters to …", "it encouraged drivers to slow down"): there
// "it" is mostly an event or a rule that has an effect, not a view.
import type { Token } from './nlp'
import type { Range } from './phrases'

/** Whether `speaker` is a lone "it" that can hold the stance of the cue
 * ending at `cueLast`. */
export function itHolds(tokens: Token[], speaker: Range, cueLast: number): boolean {
  if (speaker.first !== speaker.last || tokens[speaker.first].lower !== 'it') return false
  return !makesDo(tokens, cueLast)
}

/** "allows voters to leave", "encouraged the mayor to stay": an object
 * right after the cue, then "to" and a verb within a few words. */
function makesDo(tokens: Token[], cueLast: number): boolean {
  const object = tokens[cueLast + 1]
  if (!object || !/^(NOUN|PROPN|PRON|DET|ADJ|NUM)$/.test(object.pos)) return false
  for (let k = cueLast + 2; k <= cueLast + 7 && tokens[k]; k++) {
    if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX' || tokens[k].pos === 'PUNCT') return false
    if (tokens[k].lower === 'to' && tokens[k + 1]?.pos === 'VERB') return true
  }
  return false
}
