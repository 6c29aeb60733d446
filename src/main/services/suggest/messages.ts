// A message that its author sends out with what it says after it: "The
// group sent a letter urging Congress to act", "Sanders started a petition
// calling on …", "The PAC is running ads attacking Strickland", "She sent
// a tweet saying …". The -ing form's subject is the message, the object of
// the verb before it; the one who speaks is that verb's subject, the
// author (a letter or an ad says what its author says). Used by rules.ts,
// which would otherwise read the message as a subject nested in a clause
// and drop it.
import type { Token } from './nlp'
import { subjectBefore, type Range } from './phrases'
import { canSpeak, isHuman } from './who-speaks'

/** Things written or broadcast to say something. */
const MESSAGES = new Set(
  'letter memo ad advert advertisement commercial spot video statement tweet post email message note petition op-ed editorial column article essay paper mailer flyer leaflet pamphlet brochure blog pitch plea appeal'.split(' '),
)

/** The author of the message `subject` when it is the object of a verb
 * and the cue at `at` an -ing form after it ("sent a letter urging"),
 * else null. */
export function messageAuthor(tokens: Token[], subject: Range, at: number, first: number): Range | null {
  if (!/ing$/.test(tokens[at].lower) || subject.last + 1 !== at) return null
  // The head comes before a postmodifier: "ads with both outlets".
  let head = subject.last
  for (let k = subject.first; k < subject.last; k++) {
    if (tokens[k].pos === 'ADP') {
      head = k - 1
      break
    }
  }
  if (!MESSAGES.has(tokens[head]?.lemma ?? '') || tokens[head].pos !== 'NOUN') return null
  // The verb that sends it: "sent", "has run", "put out".
  let v = subject.first - 1
  if (tokens[v]?.pos === 'ADP' && /^(out|up)$/.test(tokens[v].lower)) v--
  if (v <= first || tokens[v].pos !== 'VERB') return null
  const author = subjectBefore(tokens, v, first)
  return author && canSpeak(tokens, author) && isHuman(tokens, author) ? author : null
}
