// Suggestions for one text: the NLP pass (once), the rule families, the
// speakers (registry matches and pronouns), the kinds, stable ids, and the
// actor suggestions. Pure: no store, no files (the API layer in index.ts
// adds rejections and existing claims).
import { createHash } from 'node:crypto'
import type { ActorSuggestion, ClaimSuggestion, TextSpan } from '../../../shared/contract-suggest'
import type { Actor } from '../../../shared/domain'
import { nameKey } from '../corpus/actor-match'
import { suggestActors } from './actors'
import { contains } from './content'
import { kindOfClaim } from './lexicon'
import { withoutEditorsNotes } from './editors-notes'
import { analyse } from './nlp'
import { asDoubleQuotes, findQuotes } from './quotes'
import { findCandidates, type Candidate, type Span } from './rules'
import { asidesOfOuterSpeaker } from './relative-asides'
import { speakersBetweenCommas, subjectsBeforeSaid } from './said-between'
import { spokenInTurns } from './transcripts'
import { bareName, referenceOf, RegistryMatcher, typeOfName, type Speaker } from './speakers'

export type TextSuggestions = { claims: ClaimSuggestion[]; actors: ActorSuggestion[] }

export function suggestForText(text: string, registry: readonly Actor[]): TextSuggestions {
  // Some papers write quotation marks as two apostrophes (''…''); read as
  // one mark and a space, the offsets stay those of the text. Three close
  // a quotation inside one ("… the word 'old-school,''' said Mr. Slayton":
  // the inner mark, then the outer) or open both before a word. Others
  // quote in single quotes or guillemets (quotes.ts).
  const normal = asDoubleQuotes(text.replace(/'''(?=[\p{L}\p{N}])/gu, `" '`).replace(/'''/g, `'" `).replace(/''/g, '" '))
  const analysis = { ...analyse(normal), text }
  const matcher = new RegistryMatcher(registry)
  // The passes over what the rules found, in this order: each reads what
  // the passes before it left.
  const passes: ((found: Candidate[]) => Candidate[])[] = [
    (found) => speakersBetweenCommas(text, found),
    (found) => subjectsBeforeSaid(text, found),
    withoutNestedStances,
    reportedBy,
    (found) => asidesOfOuterSpeaker(text, found),
    (found) => spokenInTurns(text, found),
    (found) => withoutEditorsNotes(text, found),
    dedupe,
  ]
  const candidates = passes.reduce((found, pass) => pass(found), findCandidates(analysis, findQuotes(normal)))
  const claims = resolveSpeakers(text, candidates, matcher)
  // Who speaks is a person or an organisation even without a title.
  const speakers = new Set(claims.filter((c) => c.source && c.speakerName && c.speakerIds.length === 0).map((c) => nameKey(c.speakerName)))
  return { claims: withIds(claims), actors: suggestActors(analysis, matcher, speakers) }
}

/** "Peskov said that Moscow was expecting nothing positive": a verb of
 * thinking or wanting inside what someone said is part of that statement,
 * not a claim of its own. ("The poll found that most voters support the
 * ban": so is a stance inside what a poll or a record shows.) */
function withoutNestedStances(candidates: Candidate[]): Candidate[] {
  const said = candidates.filter((c) => !c.stance || c.rule === 'evidence' || c.rule === 'poll').map((c) => c.content)
  const inside = (c: Candidate, spans: Span[]) => !!c.cue && spans.some((s) => contains(s, c.cue!))
  // ("made no secret of his disdain for the plan": a possessive stance
  // inside another statement is that statement's, not one of its own.)
  const all = candidates.map((c) => c.content)
  // (So is "the programs that Sanders supports" inside any other statement,
  // object-relatives.ts.)
  return candidates.filter((c) => !(c.stance && inside(c, said)) && !((c.rule === 'possessive' || c.rule === 'object-relative') && inside(c, all)))
}

/** Rules whose source reports a whole sentence, or a clause with its own
 * subject: "According to the poll, 51 percent said …", "Polls show 30
 * percent say …", "NY Post: Trump Vows …", "The mayor was wrong, said X".
 * A statement inside what they report is theirs (PolNeAR marks only the
 * outer source; on train three in four inner speakers were not marked). */
const REPORTING_RULES = new Set(['according-to', 'colon', 'evidence', 'source-after', 'light-verb', 'possessive'])

/** A statement with its speaker inside what a reporting source says takes
 * that source: "According to the survey, [most voters] said …" is the
 * survey's. */
function reportedBy(candidates: Candidate[]): Candidate[] {
  const outer = candidates.filter((c) => c.source && c.cue && REPORTING_RULES.has(c.rule))
  if (!outer.length) return candidates
  return candidates.map((c) => {
    if (!c.source || !c.cue) return c
    const o = outer.find((o) => o !== c && contains(o.content, c.cue!) && contains(o.content, c.source!))
    return o ? { ...c, source: o.source } : c
  })
}

const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start))

/** One suggestion per cue, and one per content: two rules that found the
 * same statement keep the surer one. */
function dedupe(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => b.confidence - a.confidence || a.content.start - b.content.start)
  const kept: Candidate[] = []
  for (const c of sorted) {
    const same = kept.some(
      (k) =>
        (k.cue && c.cue && k.cue.start === c.cue.start && k.cue.end === c.cue.end) ||
        overlap(k.content, c.content) >= 0.8 * Math.max(k.content.end - k.content.start, c.content.end - c.content.start),
    )
    if (!same) kept.push(c)
  }
  return kept.sort((a, b) => a.content.start - b.content.start || (a.cue?.start ?? 0) - (b.cue?.start ?? 0))
}

const textSpan = (text: string, s: Span): TextSpan => {
  // A closing mark of two apostrophes was read as one (see normal above).
  const end = text.startsWith("''", s.end - 1) ? s.end + 1 : s.end
  return { start: s.start, end, text: text.slice(s.start, end) }
}

export type Unnumbered = Omit<ClaimSuggestion, 'id'>

/** Names every source: a registry actor by name, alias or surname; a
 * pronoun or "the minister" by the last named speaker of a fitting type;
 * "who" by the name just before it. */
function resolveSpeakers(text: string, candidates: Candidate[], matcher: RegistryMatcher): Unnumbered[] {
  const history: Speaker[] = []
  const at = (c: Candidate) => c.source?.start ?? c.cue?.start ?? c.content.start
  const bySource = [...candidates].sort((a, b) => at(a) - at(b))
  const resolved = new Map<Candidate, Speaker | null>()
  let last: Speaker | null = null
  for (const c of bySource) {
    if (!c.source) {
      // A quotation on its own: whoever spoke just before.
      resolved.set(c, last)
      continue
    }
    // ("Sanders, who": the name the relative pronoun stands for.)
    const span = text.slice(c.source.start, c.source.end).replace(/,?\s+(who|which|that)$/i, '')
    const ref = referenceOf(span)
    let speaker: Speaker | null = null
    if (!ref) {
      speaker = named(span, matcher, history)
      history.push(speaker)
    } else if (/^(who|which|that)$/i.test(span.trim())) {
      speaker = antecedent(text, c.source.start, matcher)
    } else {
      for (let h = history.length - 1; h >= 0 && !speaker; h--) if (ref.wants === 'any' || history[h].type === ref.wants) speaker = history[h]
    }
    resolved.set(c, speaker)
    last = speaker ?? last
  }
  return candidates.map((c) => {
    const speaker = resolved.get(c) ?? null
    const cueText = c.cue ? text.slice(c.cue.start, c.cue.end) : ''
    return {
      content: textSpan(text, c.content),
      source: c.source ? textSpan(text, c.source) : null,
      cue: c.cue ? textSpan(text, c.cue) : null,
      kind: kindOfClaim(cueText, c.cueLemma, text.slice(c.content.start, c.content.end)),
      speakerIds: speaker?.ids ?? [],
      // Empty when a pronoun refers to no one named before.
      speakerName: speaker?.name ?? '',
      rule: c.rule,
      confidence: Math.round((c.source ? c.confidence : c.confidence - 0.2) * 100) / 100,
    }
  })
}

/** "Sanders, who …": the capitalised name right before the comma. */
function antecedent(text: string, at: number, matcher: RegistryMatcher): Speaker | null {
  const m = /((?:\p{Lu}[\p{L}.’'-]*\s+)*\p{Lu}[\p{L}.’'-]*)\s*,\s*$/u.exec(text.slice(Math.max(0, at - 120), at))
  if (!m) return null
  return named(m[1], matcher, [])
}

/** A named speaker: the registry actor's name when one matches; else the
 * fullest form named before ("Ryabkov" after "Sergei Ryabkov"). */
function named(span: string, matcher: RegistryMatcher, history: Speaker[]): Speaker {
  // "Secretary of State Mike Pompeo and Attorney General William Barr": two
  // speakers, each matched on its own.
  const parts = span.split(/\s+and\s+(?=\p{Lu})/u)
  if (parts.length > 1 && parts.every((p) => /\p{Lu}/u.test(p))) {
    const each = parts.map((p) => named(p, matcher, history))
    return { name: each.map((s) => s.name).join(' and '), ids: [...new Set(each.flatMap((s) => s.ids))], type: 'group' }
  }
  const ids = matcher.match(span)
  let name = ids.length ? matcher.names.get(ids[0])! : bareName(span)
  if (!ids.length && !name.includes(' ')) name = history.findLast((h) => h.name.endsWith(' ' + name))?.name ?? name
  return { name, ids, type: typeOfName(name, ids, matcher) }
}

/** Ids that stay the same while the text does: a hash of the content and
 * the cue, numbered when the same pair occurs twice. */
export function withIds(claims: Unnumbered[]): ClaimSuggestion[] {
  const seen = new Map<string, number>()
  return claims.map((c) => {
    const basis = `${c.content.text}\u0000${c.cue?.text ?? ''}`
    const n = seen.get(basis) ?? 0
    seen.set(basis, n + 1)
    const id = 's' + createHash('sha256').update(`${basis}\u0000${n}`).digest('base64url').slice(0, 20)
    return { id, ...c }
  })
}
