// The one pass of NLP over an article: wink-nlp (with its bundled English
// model, nothing downloaded) splits the text into tokens with part of speech
// and lemma, and into sentences. Every rule works on this result, so the
// model runs once per article, never once per rule. The model is loaded on
// first use and kept (it takes ~80 ms to load).
import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'

export type Token = {
  /** Index in the article's token list. */
  i: number
  start: number
  end: number
  text: string
  lower: string
  lemma: string
  pos: string
  /** Index of the sentence the token belongs to. */
  sentence: number
}

export type Sentence = { start: number; end: number; first: number; last: number }

export type Analysis = { text: string; tokens: Token[]; sentences: Sentence[] }

/** The index of the token that starts at `start`, or -1. (Tokens are in
 * text order: a binary search, as rules look tokens up by offset for
 * every candidate.) */
export function tokenStartingAt(tokens: Token[], start: number): number {
  let lo = 0
  let hi = tokens.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (tokens[mid].start < start) lo = mid + 1
    else if (tokens[mid].start > start) hi = mid - 1
    else return mid
  }
  return -1
}

/** The index of the token that ends at `end`, or -1. */
export function tokenEndingAt(tokens: Token[], end: number): number {
  const k = tokenAt(tokens, end - 1)
  return tokens[k]?.end === end ? k : -1
}

/** The index of the token that covers `offset`, else the first after it
 * (the last token when none is). */
export function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0
  let hi = tokens.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (tokens[mid].end <= offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** "NSA Director Adm. Michael Rogers": no sentence ends after a title's
 * abbreviation (the model splits "Adm" and its full stop). */
function afterTitle(tokens: Token[]): boolean {
  const dot = tokens[tokens.length - 1]
  const word = tokens[tokens.length - 2]
  if (!dot) return false
  if (TITLE.test(dot.text.replace(/\.$/, '')) && dot.text.endsWith('.')) return true
  return dot.text === '.' && !!word && word.end === dot.start && TITLE.test(word.text)
}

const TITLE = /^(Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Gen|Adm|Lt|Col|Sgt|Capt|Maj|Cmdr|Prof|Rev|Amb|Atty|Supt|Insp|Gens)$/

type Wink = ReturnType<typeof winkNLP>
let wink: Wink | null = null

function nlp(): Wink {
  // Sentences and parts of speech only: named entities, negation and
  // sentiment would double the time and no rule reads them.
  wink ??= winkNLP(model, ['sbd', 'pos'])
  return wink
}

/** Tokens (white space left out) with their offsets in `text`, and
 * sentences that never run over a line break (a paragraph ends every
 * sentence, whatever the model thinks). */
export function analyse(text: string): Analysis {
  const w = nlp()
  const its = w.its
  const doc = w.readDoc(text)
  const all = doc.tokens()
  const values = all.out(its.value) as string[]
  const spaces = all.out(its.precedingSpaces) as string[]
  const pos = all.out(its.pos) as string[]
  // The typings of its.lemma disagree with out()'s; it returns strings.
  const lemmas = all.out(its.lemma as unknown as typeof its.value) as string[]
  const sentenceOf = new Int32Array(values.length)
  ;(doc.sentences().out(its.span) as unknown as [number, number][]).forEach(([a, b], s) => sentenceOf.fill(s, a, b + 1))

  const tokens: Token[] = []
  let at = 0
  let lastSentence = -1
  let sentence = -1
  let afterBreak = true
  // Open parentheses in the current sentence: "Rep. Gregory Meeks (D-N.Y.)
  // said" is one sentence, whatever the full stops inside the brackets.
  // (An unclosed one stops counting after a few words.)
  let parens = 0
  let openedAt = 0
  for (let k = 0; k < values.length; k++) {
    at += spaces[k].length
    let start = at
    // wink reproduces the text exactly; this only guards against a model
    // that would not (the offsets must point at the real characters).
    if (text.slice(start, start + values[k].length) !== values[k]) {
      const found = text.indexOf(values[k], start)
      if (found >= 0) start = found
    }
    const end = start + values[k].length
    at = end
    if (pos[k] === 'SPACE' || !values[k].trim()) {
      if (values[k].includes('\n') || spaces[k].includes('\n')) afterBreak = true
      continue
    }
    if (spaces[k].includes('\n')) afterBreak = true
    // A sentence never starts in lower case: the model ends one after
    // "(D-Calif.)" or "Sen." before the verb that follows. (Nor with a
    // comma: "Mike Pompeo (R-Kan.), who has seen them, agreed".)
    if (afterBreak || (sentenceOf[k] !== lastSentence && (parens === 0 || tokens.length - openedAt > 12) && !/^(\p{Ll}|,)/u.test(values[k]) && !afterTitle(tokens))) {
      sentence++
      parens = 0
    }
    if (values[k] === '(') {
      parens++
      openedAt = tokens.length
    } else if (values[k] === ')' && parens > 0) parens--
    afterBreak = false
    lastSentence = sentenceOf[k]
    tokens.push({ i: tokens.length, start, end, text: values[k], lower: values[k].toLowerCase(), lemma: lemmas[k].toLowerCase(), pos: pos[k], sentence })
  }
  const sentences: Sentence[] = []
  for (const t of tokens) {
    const s = sentences[t.sentence]
    if (s) {
      s.end = t.end
      s.last = t.i
    } else sentences[t.sentence] = { start: t.start, end: t.end, first: t.i, last: t.i }
  }
  return { text, tokens, sentences }
}
