// Clauses inside another statement whose subject the tagger gives no
// sign of (clauses.ts has the rest): "told his supporters that they …",
// "a false claim that he opposed …", "talks about how she pushed …"; and
// the subject of a participle after a clause of time or place.
import { isComma } from './content'
import { BE_THAT_NOUNS, NOUN_CUES, TAKES_LISTENER } from './lexicon'
import type { Token } from './nlp'
import { phraseEndingAt, phraseStartingAt, skipAdverbials, type Range } from './phrases'
import { canSpeak, isHuman } from './who-speaks'

/** "a false claim that he opposed …", "criticism that Trump was urging
 * …", "no sign that he was planning …": a noun of saying or thinking whose
 * "that" clause is what is said or thought (the tagger reads that "that"
 * as a relative pronoun too). Nouns that head a relative clause as often
 * are left out ("a case that Cruz has pushed", "a point that he made"). */
export const CLAUSE_NOUNS = new Set([
  ...NOUN_CUES,
  ...[...BE_THAT_NOUNS].filter((w) => !/^(case|concern|point|pitch|message|answer)$/.test(w)),
  ...`criticism concerns fears hopes sign signs sense revelation recollection recollections confirmation confirmations
  notion idea impression suspicion indication indications assurance assurances`.split(/\s+/),
])

/** "told his supporters that they should …", "reminding the hosts that
 * Trump has …": a "that" after the listener of a verb such as "tell" opens
 * what is told (the tagger reads it as a relative pronoun). */
export function afterListener(tokens: Token[], that: number, first: number): boolean {
  const listener = phraseEndingAt(tokens, that - 1, first)
  const verb = listener && tokens[listener.first - 1]
  return !!verb && verb.i >= first && verb.pos === 'VERB' && TAKES_LISTENER.has(verb.lemma)
}

/** "talked about how she pushed …", "was asked why he had said …": "how"
 * or "why" after a verb, a preposition or a noun opens a question inside
 * the sentence (but "That's why critics say …" opens the speaker's own).
 * So does one after "and" or a comma, the next of a list of such
 * questions ("explained how they recruit, how they train and how they
 * claim …"). */
export function embeddedQuestion(tokens: Token[], wh: number, first: number): boolean {
  const before = tokens[wh - 1]
  return /^(how|why)$/.test(tokens[wh].lower) && !!before && before.i >= first && (/^(VERB|ADP|NOUN|PROPN|CCONJ)$/.test(before.pos) || isComma(before))
}

/** "The first incident came when protesters interrupted her speech,
 * shouting …", "… where about 50 protesters had gathered, chanting …": a
 * participle after a clause of time or place is done by that clause's
 * subject, the nearest, when it is a person (not by the sentence's). So
 * after a clause of concession or one joined by ", and" / ", but": "The
 * mayor was criticized, though at a briefing she used stronger words,
 * saying …", "Police arrived, and the governor held a briefing, saying …". */
export function adverbialSubject(tokens: Token[], first: number, at: number): Range | null {
  for (let k = at - 2; k > first; k--) {
    const joined = /^(and|but|yet)$/.test(tokens[k].lower) && tokens[k - 1]?.text === ','
    if (!joined && !/^(when|as|while|where|whenever|though|although|whereas)$/.test(tokens[k].lower)) continue
    // (Past a time or place: "though in a news conference last week he …";
    // "about" before a number stays: "as about 50 protesters …".)
    const np = phraseStartingAt(tokens, tokens[k + 1]?.pos === 'ADP' ? skipAdverbials(tokens, k + 1, at - 1) : k + 1, at - 1)
    const verb = np && tokens[skipAdverbials(tokens, np.last + 1, at - 1)]
    return np && verb && /^(VERB|AUX)$/.test(verb.pos) && isHuman(tokens, np) && canSpeak(tokens, np) ? np : null
  }
  return null
}
