// Times and the prepositions of adverbials, which stand between a speaker
// and the verb ("Peskov on December 23 warned", "Feinstein last week
// said") or after the verb ("…, she said on Tuesday.").
import type { Token } from './nlp'
import type { Range } from './phrases'

/** "December 23", "Tuesday", "last week". */
export function isTime(tokens: Token[], r: Range): boolean {
  for (let k = r.first; k <= r.last; k++) {
    const t = tokens[k]
    if (TIME_WORDS.has(t.lower) || MONTH_NAMES.test(t.lower) || t.pos === 'NUM') return true
  }
  return false
}

export const TIME_WORDS = new Set(
  'today yesterday tonight monday tuesday wednesday thursday friday saturday sunday last earlier later recently this week month year morning afternoon evening night then again also once repeatedly previously publicly privately'.split(
    ' ',
  ),
)
export const TIME_NOUNS = /^(week|weekend|month|year|morning|afternoon|evening|night|time|spring|summer|fall|autumn|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/

/** A time as the head of a phrase: "a few minutes", "Tuesday", "May". */
export const isTimeHead = (t: Token) => {
  // (By its word too: a capitalised "Hours" at the start of a sentence is
  // tagged as a name and keeps its plural as its lemma.)
  const word = t.pos === 'PROPN' ? t.lower.replace(/s$/, '') : t.lemma
  return TIME_NOUNS.test(word) || /^(minute|hour|day|decade)$/.test(word) || MONTH_NAMES.test(t.lower) || t.lower === 'today' || t.lower === 'yesterday'
}

/** A month's whole name or abbreviation ("mayor" is no month). */
const MONTH_NAMES = /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?$/
export const ADVERBIAL_PREPS = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'to', 'with', 'from', 'via', 'through', 'over', 'late', 'early'])
