// The rule families that find who says what. Each reporting cue (a verb of
// the lexicon, "according to", a noun such as "claim that") is read with the
// phrases around it (phrases.ts):
//   quote         “…,” Ryabkov said. / “…,” he said, “…” / Peskov said: “…”
//   said-that     Ryabkov said (that) … / told reporters … / denied …
//   source-after  …, officials said. / …, said Sen. Ted Cruz.
//   inside        The outreach, they said, raised new worries.
//   according-to  According to X, … / …, according to X.
//                 (also "went on to say", "were more likely to say",
//                 "agree with them", "Both want …", "Graham Slams Trump")
//   noun-cue      Biden's claim that … / the claim by X that … / his
//                 answer was that …  (nominal.ts)
//   possessive    Trump's support for … / his promise to …  (nominal.ts)
//   passive       The move was first reported by MSNBC.  (passive-agents.ts;
//                 more in nonverbal.ts)
//   colon         NY Post: Megyn Kelly Is No Different … / … - Jane Roe: “…”
//   quote-tag     “…,” Trump barked. / “…?” asked X.: a quotation with a
//                 speech tag after it whatever the verb (tags.ts)
//   quote-intro   The ad blared “…” / Trump mocked Rubio for “…”: a
//                 quotation brought in by any verb (quote-intro.ts)
//   quote-announced  Bystrom agreed. “…”: a verb of saying ends the sentence
//                 and the quotation opens the next (lone-quotes.ts)
//   quote-alone   a quotation with no cue next to it: its speaker is the
//                 one speaking around it (resolved later, like a pronoun)
// Statements without a verb of saying (light and phrasal verbs, evidence,
// polls) are in stances.ts, "X angered voters" in feelings.ts, "a
// self-described socialist" in compounds.ts, "… in support of X" in
// adjuncts.ts; verbs the tagger misreads in tagging.ts; infinitives in
// infinitives.ts; "a speech which critics say was …" in relative-says.ts.
// A candidate carries offsets only; speakers are resolved afterwards
// (speakers.ts).
import { adjunctCue } from './adjuncts'
import { amongCue } from './among'
import { isByline, naming } from './bylines'
import { adverbialSubject } from './embedded'
import { loneQuotes } from './lone-quotes'
import { compoundCue } from './compounds'
import { feelingCue } from './feelings'
import { gerundHead, infinitiveGovernor } from './infinitives'
import { contentBefore, contentEnd, contentStart, continuation, cueRange, isComma, span, type Context, type Span } from './content'
import { BE_THAT_NOUNS, NOUN_CUES, QUOTE_CUES, STANCE_NOUNS, TAKES_LISTENER, cueClass, type CueClass } from './lexicon'
import { tokenAt, type Analysis, type Token } from './nlp'
import { nounCue, pluralOf, possessiveCue } from './nominal'
import { endsClause, hasVerb, phraseStartingAt, skipAdverbials, subjectBefore, type Range } from './phrases'
import { canSpeak, isHuman } from './who-speaks'
import { isTimeHead } from './times'
import type { Quote } from './quotes'
import { attitudeCue, lightVerbCue, phrasalCue } from './stances'
import { copulaStance } from './copula-stances'
import { postnominalAttitude } from './postnominal'
import { evidenceCue, pollCue } from './evidence'
import { headlineVerb, mistaggedVerb, nominalUse } from './tagging'
import { clauseOpening, conjoinedSubject, sharedSpeaker, mainCueBefore, namedWithRelative, participleSpeaker, pollIntro, relativeHead, sentenceSubject, withAntecedent } from './clauses'
import { opensAlone, opensClause, thatRelative } from './nesting'
import { prepositionalCue } from './verb-preps'
import { accordingTo, askedBy, colonCue } from './named-sources'
import { nonVerbalCue } from './nonverbal'
import { relativeSayCue } from './relative-says'
import { frontedClause } from './fronted'
import { objectApposition, objectMaker } from './object-participles'
import { thatAntecedent } from './relatives'
import { notSaid } from './objects'
import { INVERTING, postmodifies } from './inversion'
import { itHolds } from './institutional-it'
import { messageAuthor } from './messages'
import { expletiveIt, namesNobody, notACue } from './lone-words'
import { conjunctionBeforeTime, pastAdverbs, stanceAfterConjunction } from './conjoined-verbs'
import { gerundAdjective } from './ing-adjectives'
import { standingCue } from './popularity'
import { passiveStatement } from './passive-agents'
import { subordinateEnd } from './subordinate'
import { withNamedApposition } from './appositions'
import { objectRelative } from './object-relatives'
import { modifiedHolder, recipientHolds } from './participle-modifiers'
import { bareParticiple } from './bare-participles'
import { attributiveParticiple } from './attributive-participles'
import { modifiedSubject, participleHead } from './modified-subjects'
import { secondClauseSubject } from './clause-conjunction'

export type { Span }

export type Candidate = {
  content: Span
  source: Span | null
  cue: Span | null
  cueLemma: string
  rule: string
  confidence: number
  /** Found by a verb of thinking or wanting, not of saying. */
  stance?: boolean
  /** "…, adding that …": the speaker is that of the cue before it in the
   * sentence, when there is one. */
  coordinated?: boolean
}

export function findCandidates(a: Analysis, quotes: Quote[]): Candidate[] {
  const endingAt = new Map(quotes.map((q) => [q.end, q]))
  const startingAt = new Map(quotes.map((q) => [q.start, q]))
  const inQuote = (offset: number) => {
    let lo = 0
    let hi = quotes.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const q = quotes[mid]
      if (offset < q.start) hi = mid - 1
      else if (offset >= q.end) lo = mid + 1
      else return true
    }
    return false
  }
  const ctx: Context = { a, opens: (t) => (t ? startingAt.get(t.start) : undefined), closes: (t) => (t ? endingAt.get(t.end) : undefined), inQuote }
  const out: Candidate[] = []
  const { tokens, sentences } = a
  const titleEnd = a.text.indexOf('\n') // (the title: a first paragraph with text after it)
  for (const t of tokens) {
    if (inQuote(t.start)) continue
    // ("the United States Supreme Court": a name, not the verb "state".)
    if (t.text === 'States' && tokens[t.i - 1]?.text === 'United') continue
    const s = sentences[t.sentence]
    let c: Candidate | null = null
    if (t.lemma === 'accord' && tokens[t.i + 1]?.lower === 'to') c = accordingTo(ctx, t, s.first, s.last)
    else if ((t.i === s.first || /^(when|after|once)$/.test(tokens[t.i - 1]?.lower ?? '')) && tokens[t.i + 1]?.lower === 'by') c = askedBy(ctx, t, s.first, s.last)
    else if (t.pos === 'NOUN' && (NOUN_CUES.has(t.lower) || BE_THAT_NOUNS.has(t.lower) || pluralOf(t, NOUN_CUES) || pluralOf(t, BE_THAT_NOUNS))) c = nounCue(ctx, t, s.first, s.last)
    else if (t.text === ':') c = colonCue(ctx, t, s.first, s.last)
    // ("a self-described socialist", "… in support of X": compounds.ts, adjuncts.ts)
    c ??= compoundCue(ctx, t, s.first, s.last) ?? adjunctCue(ctx, t, s.first, s.last)
    if (!c && t.pos === 'NOUN' && (STANCE_NOUNS.has(t.lower) || pluralOf(t, STANCE_NOUNS))) c = possessiveCue(ctx, t, s.first, s.last)
    // ("the feeling among many voters that …": among.ts)
    c ??= amongCue(ctx, t, s.last)
    if (!c) c = evidenceCue(ctx, t, s.first, s.last)
    // ("won by promising that …": an -ing adjective that is a verb.)
    const headline = c ? null : headlineVerb(tokens, t, s.first, t.end <= titleEnd) ?? gerundAdjective(tokens, t, s.first)
    if (!c && (t.pos === 'VERB' || t.pos === 'AUX' || headline || mistaggedVerb(tokens, t, s.first)) && !nominalUse(tokens, t, s.first, s.last)) {
      // "Cruz continued: “…”": a verb that reports only a quotation.
      // ("As Tom Ridge put it: “…”": "put it" reports a quotation too.)
      const quoting = QUOTE_CUES.has(t.lemma) || (t.lemma === 'put' && tokens[t.i + 1]?.lower === 'it')
      const cls = cueClass(headline ?? t.lemma) ?? (quoting ? 'speech' : prepositionalCue(t, tokens[t.i + 1]) ? 'stance' : null)
      // ("Costa reported from Washington.": a credit line, bylines.ts.)
      if (cls && !isByline(tokens, t.i)) c = verbCue(ctx, t, cls, s.first, s.last)
      if (c && quoting && c.rule !== 'quote') c = null
      c ??= lightVerbCue(ctx, t, s.first, s.last) ?? phrasalCue(ctx, t, s.first, s.last) ?? attitudeCue(ctx, t, s.first, s.last) ?? copulaStance(ctx, t, s.first, s.last) ?? feelingCue(ctx, t, s.first, s.last)
    }
    c ??= postnominalAttitude(ctx, t, s.first, s.last)
    c ??= relativeSayCue(ctx, t, s.first, s.last)
    c ??= standingCue(ctx, t, s.first, s.last)
    c ??= (t.pos === 'ADP' ? pollCue(ctx, t, s.first, s.last) : null) ?? nonVerbalCue(ctx, t, s.first, s.last)
    if (c?.coordinated && c.source) {
      // “…,” he said, adding that …: the one who said it adds.
      const before = mainCueBefore(out, s.start)
      if (before?.source) c.source = before.source
    }
    if (c?.source && c.cue) {
      const r = { first: tokenAt(tokens, c.source.start), last: tokenAt(tokens, c.source.end - 1) }
      const p = participleSpeaker(tokens, r, tokenAt(tokens, c.cue.start), s.first, s.last)
      if (p !== undefined) c.source = p ? span(tokens, p) : null
    }
    if (c) out.push(c)
  }
  return [...sharedSpeaker(tokens, out), ...loneQuotes(ctx, quotes, out)]
}

function verbCue(ctx: Context, t: Token, cls: CueClass, first: number, last: number): Candidate | null {
  const { tokens } = ctx.a
  if (notACue(tokens, t) || bareParticiple(tokens, t, first) || attributiveParticiple(tokens, t, first)) return null
  const cue = cueRange(tokens, t.i, last)
  const base = cls === 'speech' ? 0.8 : 0.5
  const prev = tokens[t.i - 1]
  let shared = false
  // (What is said is found, but not who says it.)
  let unspoken = false
  // (A poll or a study that reports what the subject said.)
  let poll: Range | null = null
  // The verb the speaker governs: "went on to say" → "went".
  let at = t.i
  const make = (content: Span, source: Range, rule: string, confidence: number): Candidate => ({
    ...(shared ? { coordinated: true } : {}),
    content,
    source: unspoken ? null : span(tokens, poll && source === subject ? poll : withAntecedent(tokens, withNamedApposition(tokens, source), first)),
    cue: span(tokens, cue),
    cueLemma: t.lemma,
    rule,
    confidence,
    // ("was trying to slam the door" inside what someone said is no
    // statement of its own: treated as a stance, dropped when nested.)
    stance: cls === 'stance' || at !== t.i,
  })
  const extended = (content: Span, quoted: boolean, after: number): Span => {
    const more = quoted ? continuation(ctx, after, last) : null
    return more ? { start: content.start, end: more.end } : content
  }

  // “…?” Rubio said. / “Why?” asked X.: the tagger ends a sentence at the
  // quotation's question or exclamation mark; the quotation is still what
  // the short sentence after it reports. (A full stop inside the marks
  // ends the quotation's own sentence: in "“… for a loss.” Rubio
  // disagreed." the next one reacts to it, and the quotation stays its
  // speaker's, found around it.)
  const quoteBefore = first > 1 && !!ctx.closes(tokens[first - 1]) && tokens[first - 1].sentence !== tokens[first].sentence && !/\.$/.test(tokens[first - 2].text)
  const open = quoteBefore ? first - 1 : first

  // …, said Sen. Ted Cruz. / “…,” says Rothenberg of the Report. / …, said
  // a source close to the campaign.
  // ("…, told AFP": after "tell" comes the listener, not the speaker.)
  // (An -ing form never inverts: "…, supporting the deal" names no speaker.)
  if (prev && prev.i >= open && (isComma(prev) || ctx.closes(prev)) && !TAKES_LISTENER.has(t.lemma) && !/ing$/.test(t.lower)) {
    const after = phraseStartingAt(tokens, cue.last + 1, last)
    if (after && canSpeak(tokens, after) && (endsClause(tokens, after.last + 1, last) || isComma(tokens[after.last + 1]) || postmodifies(tokens, after.last + 1))) {
      const before = contentBefore(ctx, t.i - 1, first)
      // ("Christopher Harvey, a delegate from Texas, said the turmoil …":
      // before the comma a speaker and its apposition, no clause to report.)
      // ("Trump, who has a commanding lead, mocked Rubio": a speaker and
      // its relative clause, whose verb is no clause to report either.)
      // ("…, opposed the measure", "…, praised the donor": only a verb of
      // saying puts its speaker after it; after others comes the object.)
      const clause = before && (before.quoted || (INVERTING.test(t.lemma) && hasVerb(tokens, first, t.i - 1) && !namedWithRelative(tokens, first) && !clauseOpening(tokens, first, t.i - 1)))
      if (before && clause) return make(extended(before.span, before.quoted, after.last + 1), after, before.quoted ? 'quote' : 'source-after', base + 0.05)
    }
  }

  // "was first reported by MSNBC" (passive-agents.ts).
  const passive = passiveStatement(tokens, t, cue, cls, base, first, last)
  if (passive !== undefined) return passive

  // "wanted to discuss …", "declined to respond", "led Republicans to
  // say", "held a call to defend it": whose verb an infinitive hangs on,
  // and who speaks for it (infinitives.ts).
  const governor = infinitiveGovernor(tokens, t, cls, first)
  if (!governor) return null
  at = governor.at
  const { purposeOf, actor } = governor
  // "began dismissing …", "spent Saturday attacking …" (infinitives.ts)
  if (at === t.i && !purposeOf) at = gerundHead(tokens, t.i, first)
  let subject = purposeOf ?? subjectBefore(tokens, at, first)
  // "held a rally and workers said …": the second clause's own subject
  // (clause-conjunction.ts).
  // ("Democrats trying to regain the Senate say", "Lawmakers opposed to
  // the bill say": the people the participle describes,
  // modified-subjects.ts; not before an -ing cue, which attaches to the
  // phrase before it: "The poll closed with most voters saying".)
  if (subject && !purposeOf) subject = secondClauseSubject(tokens, subject, first) ?? (cls === 'speech' && !/ing$/.test(tokens[at].lower) ? participleHead(tokens, subject, first) : null) ?? subject
  // "Clinton spent the run-up to the caucuses portraying Sanders as …",
  // "Trump was heard on a microphone telling Christie …": the phrase before
  // an -ing form is the object of a preposition, not who speaks; the
  // subject of the sentence does. ("with voters saying …" is who says,
  // and "gave $1 million to a group backing …" the group's view.)
  if (subject && /ing$/.test(tokens[at].lower) && subject.last === at - 1 && (tokens[subject.first - 1]?.pos === 'ADP' || (tokens[subject.first - 1]?.pos === 'VERB' && !isHuman(tokens, subject))) && tokens[subject.first - 1].i >= first && tokens[subject.first - 1].lower !== 'with' && !(cls === 'stance' && recipientHolds(tokens, subject))) {
    const main = sentenceSubject(tokens, first, at)
    if (main && main.last < subject.first - 1) subject = main
    else unspoken = true
  }
  // ("the head of the PAC backing Mr. Cruz": the PAC, participle-modifiers.ts.)
  if (cls === 'stance' && !unspoken) subject = modifiedHolder(tokens, subject, at, first) ?? subject
  // "Obama released a statement condemning …": who made the statement
  // (object-participles.ts).
  const maker = !unspoken ? objectMaker(tokens, subject, at, first) ?? (subject && objectApposition(tokens, subject, at, first)) : null
  if (maker) subject = maker
  // "… and said …", "…, saying …": the speaker is the subject of the sentence.
  // "X, a spokesman for Y, called on … and said": the same, past a long
  // apposition.
  // Only for verbs of saying ("…, adding to his wins" is no statement) and
  // stances in -ing ("…, supporting the deal", the speaker a person).
  // ("… and on Monday announced …": past the time, conjoined-verbs.ts.)
  const lead = tokens[conjunctionBeforeTime(tokens, at, first)]
  // ("…, by saying …", "while saying …", "since accepting …", "in
  // chiding …", "criticized for saying …": the same.)
  const coordinated =
    lead && lead.i >= first && (lead.lower === 'and' || lead.lower === 'but' || isComma(lead) || lead.pos === 'ADV' || lead.text === ')' || (/^(by|while|after|before|when|since|upon|in|for|into|without)$/.test(lead.lower) && /ing$/.test(tokens[at].lower)))
  // ("…, hoping to avoid a misstep": an infinitive after the -ing is what
  // is hoped.)
  const infinitive = tokens[cue.last + 1]?.pos === 'PART' && tokens[cue.last + 2]?.pos === 'VERB'
  if (!subject && coordinated && (cls === 'speech' || /ing$/.test(tokens[at].lower)) && (tokens[cue.last + 1]?.lower !== 'to' || infinitive)) {
    // ("… and now say": the conjunction before the adverb.)
    const and = pastAdverbs(tokens, lead.i, first)
    subject = (/^(and|but)$/.test(tokens[and].lower) ? conjoinedSubject(tokens, first, and) : null) ?? (isComma(lead) ? adverbialSubject(tokens, first, at) : null) ?? sentenceSubject(tokens, first, at)
    shared = true
  }
  // ("The chair met the judge and opposes a vote": a stance joined by
  // "and" to a verb whose subject is a person, conjoined-verbs.ts.)
  if (!subject && cls === 'stance' && lead?.i >= first) [subject, shared] = [stanceAfterConjunction(tokens, at, first, false), true]
  // "groups that warn it could …": the relative "that" speaks for the
  // phrase before it (relatives.ts).
  const antecedent = subject ? thatAntecedent(tokens, subject, first) : null
  if (antecedent) subject = { first: antecedent.first, last: subject!.last }
  let speaker = antecedent ?? subject
  // "After blasting the report, the senator …": the subject of the main
  // clause (fronted.ts).
  const fronted = actor || purposeOf ? null : frontedClause(tokens, at, first, last)
  if (fronted) [subject, speaker, shared] = [fronted.speaker, fronted.speaker, true]
  // (An object pronoun speaks after a causative: "prompted them to focus on".)
  if (!subject || !speaker || (!actor && !canSpeak(tokens, speaker)) || namesNobody(tokens, subject, tokens[at])) return null
  // ("It is wrong to attribute …": what is said, by no one; lone-words.ts.
  // Not in a quotation: "“It was a good day,” he said, adding …".)
  if (expletiveIt(tokens, subject, t.i) && !ctx.inQuote(tokens[subject.first].start)) unspoken = true
  if (naming(tokens, t.i, subject, first)) return null
  // ("It plans to …": a body's view; institutional-it.ts.)
  if (cls === 'stance' && !isHuman(tokens, speaker) && !itHolds(tokens, speaker, cue.last)) return null
  poll = pollIntro(tokens, subject, first)

  // “…,” Ryabkov said (on December 23). / The hack was Russian, officials said.
  // ("The numbers changed, as Sanders has acknowledged.": "as" after the
  // comma brings in the speaker the same way, when the verb ends the
  // sentence; "…, as Smith noted, the plan …" reports what follows.)
  const ends = skipAdverbials(tokens, cue.last + 1, last)
  // (Not after a quotation: "“Quiet,” he demanded, as Bush went on.")
  const as = cls === 'speech' && tokens[subject.first - 1]?.lower === 'as' && isComma(tokens[subject.first - 2]) && !tokens.slice(first, subject.first).some((x) => ctx.inQuote(x.start) || /^[“”"]$|^''$/.test(x.text)) && (ends > last || (ends === last && /^[.!?]$/.test(tokens[last].text)))
  const boundary = subject.first - (as ? 2 : 1)
  if (!shared && boundary >= open && (isComma(tokens[boundary]) || ctx.closes(tokens[boundary]))) {
    const afterCue = TAKES_LISTENER.has(t.lemma) ? contentStart(tokens, cue.last + 1, last, t.lemma) : cue.last + 1
    const closesQuote = !!ctx.closes(tokens[boundary]) || (isComma(tokens[boundary]) && !!ctx.closes(tokens[boundary - 1]))
    // ("Winning Ohio, Gov. John Kasich, said, “…”": the quotation after the
    // cue is what was said.)
    const quoteAfter = /^[,:]$/.test(tokens[afterCue]?.text ?? '') && !!ctx.opens(tokens[afterCue + 1])
    if ((closesQuote && (boundary >= first || endsClause(tokens, afterCue, last))) || (!quoteAfter && endsClause(tokens, afterCue, last))) {
      // "The outreach, they said, raised new worries": a cue inside the
      // sentence it reports; what was said is the whole sentence.
      const mid = skipAdverbials(tokens, afterCue, last)
      // ("Sanders, who spoke on Tuesday, argued": a relative clause, not a cue.)
      // ("…, Smith said, adding that …": the statement ended before the cue.)
      const relative = /^(who|which|that)$/.test(tokens[subject.first].lower) || /ing$/.test(tokens[mid + 1]?.lower ?? '') || tokens[mid + 1]?.pos === 'CCONJ'
      if (!closesQuote && !relative && isComma(tokens[mid]) && mid + 2 <= last && !ctx.inQuote(tokens[mid + 1].start) && !ctx.opens(tokens[mid + 1])) {
        let from = first
        while (from < boundary && (tokens[from].pos === 'CCONJ' || tokens[from].pos === 'PUNCT')) from++
        const to = contentEnd(ctx, mid + 1, last)
        if (from < boundary && to > mid) return make({ start: tokens[from].start, end: tokens[to].end }, subject, 'inside', base)
      }
      const before = contentBefore(ctx, boundary, first)
      if (before) return make(extended(before.span, before.quoted, afterCue), subject, before.quoted ? 'quote' : 'source-after', base + (before.quoted ? 0.1 : 0))
    }
  }

  // "everything they wanted", "the style he prefers": what is held is the
  // phrase before the subject (object-relatives.ts).
  const object = cls === 'stance' && !shared && !fronted ? objectRelative(tokens, subject, t.i, cue.last, first, last) : null
  if (object) return make(span(tokens, object.object), object.holder, 'object-relative', base)
  // Ryabkov said (that) … / told reporters … / Peskov said: “…”
  let from = contentStart(tokens, cue.last + 1, last, t.lemma)
  // ("When Trump attacked the judge, voters were outraged": a cue in an
  // opening subordinate clause says no more than it; subordinate.ts.)
  let end = fronted?.end ?? subordinateEnd(tokens, at, cue.last, first, last) ?? last
  if (from > last && tokens[last]?.text === ':' && tokens[last + 1]) {
    // "Cruz called them on it:" and the words in the next paragraph.
    from = last + 1
    end = ctx.a.sentences[tokens[from].sentence].last
  }
  // "I think so", "a novel says so": "so" stands for what was said (an
  // adverb everywhere else, "said so far").
  if (tokens[cue.last + 1]?.lower === 'so' && cue.last + 1 <= end && endsClause(tokens, cue.last + 2, last)) from = cue.last + 1
  if (from > end) return null
  const to = contentEnd(ctx, from, end)
  // (One word is enough after a preposition of the cue, "agree with them",
  // and when it is a name: "The union endorsed Sanders".)
  // (And a bare singular noun after a verb of saying: "admitted fault", "denied
  // wrongdoing", "vows change"; "said Tuesday" is a time.)
  const bareNoun = cls === 'speech' && tokens[from].pos === 'NOUN' && tokens[from].lemma === tokens[from].lower && !isTimeHead(tokens[from])
  const oneWord = (cue.last > t.i && tokens[cue.last].pos === 'ADP') || tokens[from].pos === 'PROPN' || bareNoun || /^(him|her|them|it|yes|no|so)$/.test(tokens[from].lower)
  if (to - from < (oneWord ? 0 : 1)) return null
  const quoted = !!ctx.opens(tokens[from])
  // ("found himself", "maintains a lead": done, not said; objects.ts.)
  if (!quoted && notSaid(tokens, t, from, to)) return null
  // ("The group sent a letter urging …": the letter's author speaks.)
  subject = messageAuthor(tokens, subject, at, first) ?? subject
  // ("Voters who backed him by wide margins say": the phrase after the
  // preposition is no subject; modified-subjects.ts.)
  if (!actor && !shared && tokens[subject.first - 1]?.pos === 'ADP') subject = modifiedSubject(tokens, subject, first) ?? subject
  const nested = !actor && ((!shared && !quoted && (opensClause(tokens, subject, first) || thatRelative(tokens, subject, first))) || opensAlone(tokens, subject))
  // "People who attended the debate said …": the subject is the head of
  // the relative clause, not its object.
  // ("Democrats trying to regain the Senate say …": a participle or an
  // infinitive inside the subject; modified-subjects.ts.)
  const head = nested ? relativeHead(tokens, subject, first) ?? modifiedSubject(tokens, subject, first) : null
  const said = make({ start: tokens[from].start, end: tokens[to].end }, head ?? subject, quoted ? 'quote' : 'said-that', base + (quoted ? 0.1 : 0))
  // (What is said stays a suggestion; its speaker is left to whoever spoke
  // before, like a quotation's on its own.)
  return nested && !head ? { ...said, source: null } : said
}
