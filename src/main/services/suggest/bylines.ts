// Verbs of saying that name rather than say. The credit lines that close an
// article: "Costa reported from Washington.", "Jane Roe contributed
// reporting from Charleston.", "John Doe contributed to this report." They
// name the reporters, not a statement: what comes before them is the
// article, whoever said it. And "a book called “…”", "the so-called …": a
// title, not what someone called it.
import type { Range } from './phrases'
import type { Token } from './nlp'

/** "reported from Oakland", "contributed (reporting) from …", "contributed
 * to this report": the verb at `i` in a credit line. */
export function isByline(tokens: Token[], i: number): boolean {
  const t = tokens[i]
  const next = tokens[i + 1]
  if (!next) return false
  // ("reports live from the field": the place, whatever comes after it.)
  if (t.lemma === 'report') return (next.pos === 'ADV' ? tokens[i + 2] : next)?.lower === 'from'
  if (t.lower !== 'contributed') return false
  const k = next.lower === 'reporting' ? i + 2 : i + 1
  return (tokens[k]?.lower === 'from' && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')) || (tokens[k]?.lower === 'to' && tokens[k + 1]?.lower === 'this' && /^report/.test(tokens[k + 2]?.lower ?? ''))
}

/** "writing a book called “Women Who Work”", "shared a syllabus for a class
 * called “Perception”", "the so-called initiative": "called" after the
 * object of a verb or a preposition names it (a participle, not the verb
 * of that object); "so called" never reports. */
export function naming(tokens: Token[], i: number, subject: Range, first: number): boolean {
  // ("called for", "called on": a verb of saying; "what officials called a
  // hate crime": what they called it.)
  if (!/^(called|named|dubbed|titled|entitled)$/.test(tokens[i].lower) || /^(for|on|out|up)$/.test(tokens[i + 1]?.lower ?? '') || /^(what|which|that|who)$/.test(tokens[subject.first].lower)) return false
  if (tokens[i - 1]?.lower === 'so') return true
  // ("launched a group called …": a name given.)
  if (tokens[i].lower === 'called' && tokens[i - 1]?.pos === 'NOUN' && /^(a|an)$/.test(tokens[i - 2]?.lower ?? '')) return true
  const before = tokens[subject.first - 1]
  return subject.last === i - 1 && tokens[i - 1].pos === 'NOUN' && !!before && before.i >= first && /^(VERB|ADP)$/.test(before.pos)
}
