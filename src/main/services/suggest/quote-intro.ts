// A quotation inside a sentence whose verb is not one of saying: "The ad
// claims “Jeb is the conservative you can trust.”" / "Trump mocked Rubio
// for “having a tough night.”" / "Washington thanked Obama for “taking
// these steps.”" The quotation marks show that someone's words are
// reported, so the sentence's subject is read as the speaker and its verb
// as the cue, whatever the verb. Called by rules.ts for quotations no
// other rule claimed, after the speech tag (tags.ts).
import { contentEnd, cueRange, span, type Context } from './content'
import { tokenStartingAt, type Token } from './nlp'
import { isEvidence } from './lexicon'
import { subjectBefore } from './phrases'
import { canSpeak, isHuman } from './who-speaks'
import type { Quote } from './quotes'

export type IntroCandidate = { content: { start: number; end: number }; source: { start: number; end: number }; cue: { start: number; end: number }; cueLemma: string; rule: string; confidence: number }

/** How far (in tokens) the verb may be from the quotation it introduces. */
const MAX_GAP = 30

export function quoteIntro(ctx: Context, q: Quote): IntroCandidate | null {
  const { tokens, sentences } = ctx.a
  const open = tokenStartingAt(tokens, q.start)
  if (open < 0) return null
  const s = sentences[tokens[open].sentence]
  // A quotation that opens its sentence has no verb before it; one in title
  // case is a name ("a hat reading “Make Mexico Great Again”").
  if (open - s.first < 2 || isTitle(ctx.a.text.slice(q.start, q.end))) return null
  for (let v = Math.max(s.first + 1, open - MAX_GAP); v < open; v++) {
    const t = tokens[v]
    if (!(isMainVerb(t) || misreadVerb(tokens, v, open)) || ctx.inQuote(t.start)) continue
    // ("was filed in court", "a thriller titled “…”": a passive or a name.)
    // ("has adopted the stance: “…”": a perfect is active, not a passive.)
    if (NAMING.has(t.lemma) || (tokens[v - 1].pos === 'AUX' && tokens[v - 1].lemma !== 'have')) return null
    const subject = subjectBefore(tokens, v, s.first)
    // ("Meg Whitman, who now runs HPE, labeled Mr. Trump “unfit”", "As
    // Blumenthal spoke, the NRA was whipping lawmakers against “…”": a verb
    // in a relative or adverbial clause that ends before the quotation does
    // not bring it in; a later verb may. "As the band sang, “…”" does.)
    if (subject && subordinate(tokens, subject, s.first) && endsBefore(tokens, v, open)) continue
    // (Who or what can speak: "the ad claims", not "the hall echoed".)
    if (!subject || !canSpeak(tokens, subject) || !(isHuman(tokens, subject) || MEDIA.has(tokens[subject.last].lemma) || isEvidence(tokens[subject.last]))) return null
    const cue = cueRange(tokens, v, s.last)
    // ("The mayor fired back: “…”", "Sanders shot back, “…”": a retort;
    // "back" is part of the cue and the quotation is what was said.)
    if (retort(tokens, cue.last, open)) cue.last++
    const from = cue.last + 1 === open - 1 && retort(tokens, cue.last - 1, open) ? open : cue.last + 1
    if (from > open) return null
    const to = contentEnd(ctx, from, s.last)
    if (tokens[to].end < q.end) return null
    return {
      content: { start: tokens[from].start, end: tokens[to].end },
      source: span(tokens, subject),
      cue: span(tokens, cue),
      cueLemma: t.lemma,
      rule: 'quote-intro',
      confidence: 0.5,
    }
  }
  return null
}

const OPENS_CLAUSE = /^(when|whenever|while|after|before|if|unless|because|although|though|since|until|where|why|how|once|as|whether)$/

/** The subject of a relative clause ("who", "which") or of a clause
 * opened by a subordinator ("as he spoke", "unless rivals quit"). */
function subordinate(tokens: Token[], subject: { first: number; last: number }, first: number): boolean {
  const before = tokens[subject.first - 1]
  return /^(who|which|that)$/.test(tokens[subject.last].lower) || (!!before && before.i >= first && OPENS_CLAUSE.test(before.lower))
}

/** A comma between the verb and the quotation, not right before it: the
 * verb's clause ends there and another begins. */
function endsBefore(tokens: Token[], v: number, open: number): boolean {
  for (let k = v + 1; k < open - 1; k++) if (tokens[k].text === ',') return true
  return false
}

/** What speaks without being a person: "the ad claims “…”". */
const MEDIA = new Set('ad advert commercial spot video statement release letter tweet post email message book article column editorial op-ed speech narrator sign banner slogan leaflet flyer pamphlet poster billboard'.split(' '))

/** Verbs that give a name, not words: "titled", "dubbed", "known as". */
const NAMING = new Set('title entitle dub name call bill know label headline nickname brand term style'.split(' '))

/** Most words capitalised: a title, not speech. */
function isTitle(quoted: string): boolean {
  const words = quoted.match(/\p{L}[\p{L}’'-]*/gu) ?? []
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w)).length
  return words.length > 0 && capitals >= 0.6 * words.length
}

/** "The ad claims “…”", "The photo quotes “…”": a verb in -s the tagger
 * reads as a plural noun, after a singular noun (its subject) and right
 * before the quotation. */
function misreadVerb(tokens: Token[], v: number, open: number): boolean {
  const t = tokens[v]
  const prev = tokens[v - 1]
  // ("Smith shot back: “…”": "shot" read as a noun.)
  if (/^(shot|fired|hit)$/.test(t.lower) && retort(tokens, v, open)) return true
  return t.pos === 'NOUN' && v + 1 === open && /^\p{Ll}+[^s]s$/u.test(t.text) && prev?.pos === 'NOUN' && prev.lower === prev.lemma && !/s$/.test(prev.lower)
}

/** A finite verb that can govern the quotation: not a participle or an
 * infinitive ("to win “…”"), not an auxiliary. */
function isMainVerb(t: Token): boolean {
  return t.pos === 'VERB' && /^\p{Ll}/u.test(t.text) && !/ing$/.test(t.lower)
}

/** "back" and a colon or a comma between the verb at `v` and the
 * quotation at `open`: "fired back: “…”". */
function retort(tokens: Token[], v: number, open: number): boolean {
  return tokens[v + 1]?.lower === 'back' && /^[:,]$/.test(tokens[v + 2]?.text ?? '') && v + 3 === open
}
