// What the suggestion tests compare: the text of each suggestion's spans
// (and the rule that found it) for a sentence, with an empty registry.
import { suggestForText } from '../../../src/main/services/suggest/engine'

/** Content, source, cue and rule of every suggestion for `text`. */
export function found(text: string) {
  return suggestForText(text, []).claims.map((c) => ({ content: c.content.text, source: c.source?.text ?? null, cue: c.cue?.text ?? null, rule: c.rule }))
}

/** The same without the rule, for tests that state only the spans. */
export const foundSpans = (text: string) => found(text).map(({ content, source, cue }) => ({ content, source, cue }))

/** Those that `rule` found. */
export const of = (text: string, rule: string) => found(text).filter((c) => c.rule === rule)
