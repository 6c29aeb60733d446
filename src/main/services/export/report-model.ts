// What the HTML, PDF, Word and Markdown reports share: the numbering of
// claims (`T3` = the third claim of an article, an attribution), the sections
// and their order, the actor index, and the walk over an article's text with
// its highlights. One model, so every report format agrees on every label.
import { BLOCK_SEPARATOR, claimSpans, type ClaimSpan } from '../../../shared/body'
import { KINDS, type Actor, type Article, type Claim, type Kind } from '../../../shared/domain'
import { KIND_STYLES } from '../../../shared/kinds'
import { contentOptions, LIST_SEPARATOR, namesFor, orderedArticles, orderedClaims, REPORT_TITLE, type ClaimRef, type ContentOptions, type ExportInput, type Focus, type Names } from './export-input'

export type NumberedClaim = {
  claim: Claim
  view: ArticleView
  /** Kind letter and position in the article: `A1`, `T3`. */
  label: string
  /** The id of the claim's first highlight, and of its row in the table. */
  anchor: string
  rowAnchor: string
  /** False when the text is left out or the body has no mark for it. */
  highlighted: boolean
}
export type ArticleView = { article: Article; number: number; anchor: string; claims: NumberedClaim[]; byId: Map<string, NumberedClaim> }
export type Section = { anchor: string; title: string }
export type ActorEntry = { actor: Actor; claims: { numbered: NumberedClaim; roles: string }[] }

export type ReportModel = {
  title: string
  generatedAt: string
  names: Names
  options: ContentOptions
  views: ArticleView[]
  focus?: Focus
  actorsById: Map<string, Actor>
  /** The actor index, by name, each actor with its claims in report order. */
  actorIndex: ActorEntry[]
  eventCount: number
  /** The level-2 sections in order, for the contents and the PDF outline. */
  sections: Section[]
  claim(ref: ClaimRef): NumberedClaim | undefined
}

export const FOCUS_ANCHOR = 'focus'
export const ACTORS_SECTION: Section = { anchor: 'actors', title: 'Actors' }
export const LEGEND_SECTION: Section = { anchor: 'legend', title: 'Kinds of claim' }

export function reportModel(input: ExportInput): ReportModel {
  const options = contentOptions(input)
  const views = orderedArticles(input.articles).map((article, index) => articleView(article, index, options.fullText))
  const viewsById = new Map(views.map((v) => [v.article.id, v]))
  const focusSection = input.focus ? [{ anchor: FOCUS_ANCHOR, title: focusTitle(input.focus) }] : []
  return {
    title: input.title ?? REPORT_TITLE,
    generatedAt: input.generatedAt,
    names: namesFor(input),
    options,
    views,
    focus: input.focus,
    actorsById: new Map(input.actors.map((a) => [a.id, a])),
    actorIndex: actorIndex(input.actors, views),
    eventCount: input.events.length,
    sections: [...focusSection, ...views.map((v) => ({ anchor: v.anchor, title: v.article.title })), ACTORS_SECTION, LEGEND_SECTION],
    claim: (ref) => viewsById.get(ref.articleId)?.byId.get(ref.claimId),
  }
}

export function focusTitle(focus: Focus): string {
  return focus.type === 'event' ? `Comparison: ${focus.event.name}` : `Profile: ${focus.actor.name}`
}

function articleView(article: Article, index: number, fullText: boolean): ArticleView {
  const marked = new Set(claimSpans(article.body).map((span) => span.id))
  const view: ArticleView = { article, number: index + 1, anchor: `article-${index + 1}`, claims: [], byId: new Map() }
  view.claims = orderedClaims(article).map((claim, i) => ({
    claim,
    view,
    label: `${KIND_STYLES[claim.kind].letter}${i + 1}`,
    anchor: `claim-${index + 1}-${i + 1}`,
    rowAnchor: `row-${index + 1}-${i + 1}`,
    highlighted: fullText && marked.has(claim.id),
  }))
  view.byId = new Map(view.claims.map((c) => [c.claim.id, c]))
  return view
}

function actorIndex(actors: Actor[], views: ArticleView[]): ActorEntry[] {
  const entries = new Map(actors.map((actor) => [actor.id, { actor, claims: [] as ActorEntry['claims'] }]))
  for (const view of views) {
    for (const numbered of view.claims) {
      const { claim } = numbered
      for (const actorId of new Set([...claim.speakers, ...claim.targets])) {
        const roles = [claim.speakers.includes(actorId) && 'speaker', claim.targets.includes(actorId) && 'target'].filter(Boolean).join(', ')
        entries.get(actorId)?.claims.push({ numbered, roles })
      }
    }
  }
  return [...entries.values()].sort((a, b) => a.actor.name.localeCompare(b.actor.name))
}

export function claimCounts(model: ReportModel): { total: number; byKind: Record<Kind, number> } {
  const claims = model.views.flatMap((v) => v.claims.map((c) => c.claim))
  const byKind = Object.fromEntries(KINDS.map((kind) => [kind, claims.filter((c) => c.kind === kind).length])) as Record<Kind, number>
  return { total: claims.length, byKind }
}

/** "3 articles · 20 claims (12 assertion, 2 denial, 6 attribution) · …" */
export function summaryLine(model: ReportModel): string {
  const { total, byKind } = claimCounts(model)
  const kinds = KINDS.map((kind) => `${byKind[kind]} ${KIND_STYLES[kind].label.toLowerCase()}`).join(', ')
  return `${plural(model.views.length, 'article')} · ${plural(total, 'claim')} (${kinds}) · ${plural(model.actorIndex.length, 'actor')} · ${plural(model.eventCount, 'event')}`
}

// ---- the text with its highlights -------------------------------------------

/** A run of text and the claims over it, outermost first. `starts` are the
 * claims whose first character is here, `ends` those whose last is. */
export type Piece = { text: string; claims: { id: string; kind: Kind; level: number }[]; starts: string[]; ends: string[] }
export type Block = { heading: boolean; pieces: Piece[] }

/** Walks an article body block by block. Claims that cross each other or a
 * block boundary simply start in one piece and end in a later one. */
export function textBlocks(article: Article): Block[] {
  const spans = claimSpans(article.body)
  const levels = nestingLevels(spans)
  const byId = new Map(spans.map((s) => [s.id, s]))
  let offset = 0
  return article.body.content.map((block, i) => {
    if (i > 0) offset += BLOCK_SEPARATOR.length
    const pieces: Piece[] = (block.content ?? []).map((node) => {
      const start = offset
      offset += node.text.length
      const ids = [...new Set((node.marks ?? []).filter((m) => m.type === 'claim' && m.attrs?.id).map((m) => String(m.attrs!.id)))]
      const claims = ids
        .map((id) => ({ id, kind: byId.get(id)?.kind ?? knownKind(undefined), level: levels.get(id) ?? 0 }))
        .sort((a, b) => a.level - b.level || a.id.localeCompare(b.id))
      return {
        text: node.text,
        claims,
        starts: claims.filter((c) => byId.get(c.id)?.start === start).map((c) => c.id),
        ends: claims.filter((c) => byId.get(c.id)?.end === offset).map((c) => c.id),
      }
    })
    return { heading: block.type === 'heading', pieces }
  })
}

/** Gives each claim the lowest level free over its whole range, so a claim
 * keeps one underline depth and claims that cross each other never share one. */
export function nestingLevels(spans: ClaimSpan[]): Map<string, number> {
  const levelEnds: number[] = []
  const levels = new Map<string, number>()
  for (const span of spans) {
    let level = levelEnds.findIndex((end) => end <= span.start)
    if (level < 0) level = levelEnds.length
    levelEnds[level] = span.end
    levels.set(span.id, level)
  }
  return levels
}

/** A mark's kind comes from the stored body, which only a schema guards. */
export function knownKind(kind: unknown): Kind {
  return KINDS.find((k) => k === kind) ?? 'assertion'
}

// ---- small text helpers -------------------------------------------------------

export function metaLine(article: Article): string {
  return [article.outlet, article.author, article.publishedAt.slice(0, 10)].filter(Boolean).join(' · ')
}

/** The time as written, in the zone it was written in, so the report shows the
 * same date as its file name. */
export function formatTimestamp(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::[\d.]+)?(Z|[+-]\d{2}:?\d{2})?)?/.exec(iso)
  return m ? [m[1], m[2], m[3] === 'Z' ? 'UTC' : m[3]].filter(Boolean).join(' ') : iso
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

/** Cuts by code points so a cut never splits an emoji into invalid UTF-16. */
export function excerpt(text: string, max = 160): string {
  const chars = Array.from(text)
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text
}

/** Who, about whom, on what: the line under a claim in lists and comments. */
export function claimDetails(numbered: NumberedClaim, names: Names, options: ContentOptions): { label: string; value: string }[] {
  const { claim } = numbered
  const rows = [
    { label: 'Kind', value: KIND_STYLES[claim.kind].label },
    { label: 'Speakers', value: names.actors(claim.speakers).join(LIST_SEPARATOR) },
    { label: 'Targets', value: names.actors(claim.targets).join(LIST_SEPARATOR) },
    { label: 'Event', value: names.event(claim.eventId) },
    { label: 'Cue', value: claim.cue },
    ...(options.notes ? [{ label: 'Note', value: claim.note }] : []),
    ...(options.tags ? [{ label: 'Tags', value: claim.tags.join(LIST_SEPARATOR) }] : []),
  ]
  return rows.filter((row) => row.label === 'Kind' || row.value)
}
