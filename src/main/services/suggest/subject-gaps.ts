// What subjectBefore (phrases.ts) reads past or takes as a subject when
// something stands between a speaker and its verb, beyond the adverbs and
// times it already skips: an insertion between dashes written as spaced
// hyphens ("economists - including … - warn"), a two-word adverbial idiom
// ("Britain and France in particular feared"), a pronoun for people in
// general ("almost everyone agrees") and a subject whose last word is in
// quotation marks ("the party's "superdelegates" have endorsed").
import type { Token } from './nlp'
import { phraseEndingAt, type Range } from './phrases'

const DASH = /^([—–]|--)$/

/** A dash, or a hyphen with a space on each side: "economists - including
 * some on the committee - warn". */
export const isDash = (tokens: Token[], k: number) =>
  DASH.test(tokens[k].text) || (tokens[k].text === '-' && tokens[k - 1]?.end < tokens[k].start && tokens[k].end < (tokens[k + 1]?.start ?? 0))

const ADVERBIAL_IDIOM = /^(in (particular|general|turn|fact|part|effect|private|public|short|response)|of course|for (example|instance|one|now)|at (first|least|last|times)|by contrast)$/

/** "Lobbyists in general prefer": the token before a two-word adverbial
 * idiom that ends at `j` (or `j`). */
export function pastIdiom(tokens: Token[], j: number, first: number): number {
  return j - 2 >= first && ADVERBIAL_IDIOM.test(`${tokens[j - 1].lower} ${tokens[j].lower}`) ? j - 2 : j
}

const PEOPLE = /^(everyone|everybody|someone|somebody|nobody|anyone|anybody)$/

/** "everyone", "somebody", "nobody", "anyone": people in general ("Nobody
 * believes the levy will pass", "Anyone expecting a deal should wait"). */
export const isPeople = (t: Token) => PEOPLE.test(t.lower)

/** "no one" (the tagger reads "one" as a number). */
export const isNoOne = (tokens: Token[], j: number) => tokens[j].lower === 'one' && tokens[j - 1]?.lower === 'no'

/** "nobody", "no one": a phrase that holds a view but is no antecedent
 * ("Nobody checked her claim": "her" is someone else). */
export const namesNoOne = (tokens: Token[], r: Range) => tokens[r.last].lower === 'nobody' || isNoOne(tokens, r.last)

/** "Almost everyone agrees", "Not everybody believes": the pronoun with
 * the word that bounds it, or null. */
export function peopleSubject(tokens: Token[], j: number, first: number): Range | null {
  if (isNoOne(tokens, j) && j - 1 >= first) return { first: j - 1, last: j }
  if (!isPeople(tokens[j])) return null
  return { first: /^(almost|nearly|virtually|not)$/.test(tokens[j - 1]?.lower ?? '') && j - 1 >= first ? j - 1 : j, last: j }
}

/** "Hundreds of the party's "superdelegates" have endorsed": a phrase
 * whose last words are in quotation marks. */
export function quotedEnd(tokens: Token[], j: number, first: number): Range | null {
  if (!/^[”"]$/.test(tokens[j].text) || j - 2 < first) return null
  const inner = phraseEndingAt(tokens, j - 1, first)
  const open = inner && tokens[inner.first - 1]
  if (!inner || !open || !/^[“"]$/.test(open.text) || inner.last - inner.first > 3) return null
  const before = open.i - 1 >= first ? phraseEndingAt(tokens, open.i - 1, first) : null
  // (After a possessive the head is the quoted word: "the party's".)
  const owner = before ?? (/^[’']s$/.test(tokens[open.i - 1]?.lower ?? '') ? phraseEndingAt(tokens, open.i - 2, first) : null)
  return { first: owner ? owner.first : open.i, last: j }
}

/** "Two Democrats, both of whom opposed the deal": a share of the people
 * a relative clause is about ("all of whom", "many of whom", "each of
 * whom"), or null. Also a share of people named by a pronoun: "Most of
 * them said", "None of us agreed" (read as "them" alone before, an
 * object pronoun that speaks for no one). */
export function ofWhomSubject(tokens: Token[], j: number, first: number): Range | null {
  if (!/^(whom|them|us)$/.test(tokens[j].lower) || tokens[j - 1]?.lower !== 'of' || j - 2 < first) return null
  const share = tokens[j - 2]
  return /^(both|all|each|many|most|some|none|neither|either|few|several|half)$/.test(share.lower) || share.pos === 'NUM' ? { first: j - 2, last: j } : null
}
