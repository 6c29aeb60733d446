// From a request's scope and options to what the exporters read: the
// articles in scope with only the claims that belong (and only their
// highlights), the actors and events those claims name, and the comparison or
// profile a scoped report opens with.
import type { ExportOptions, ExportScope } from '../../../shared/contract-export'
import { mapClaimMarks } from '../../../shared/body'
import { KINDS, type Actor, type Article, type Claim, type Event } from '../../../shared/domain'
import { refOf as toRef } from '../analysis/tally'
import { claimsByActor, compareEvent } from '../api/claims'
import { articleOrThrow } from '../api/common'
import { actorOrThrow, eventOrThrow } from '../api/registry'
import type { WorkspaceStore } from '../store/workspace-store'
import { REPORT_TITLE, type ClaimRef, type ExportInput, type Focus } from './export-input'

type Selection = { articles: Article[]; keep: (claim: Claim) => boolean; title: string; focus?: () => Focus; wholeWorkspace: boolean }

export function resolveScope(store: WorkspaceStore, scope: ExportScope, options: ExportOptions, generatedAt: string): ExportInput {
  const selection = select(store, scope)
  const kinds = new Set(options.kinds)
  const keep = (claim: Claim) => kinds.has(claim.kind) && selection.keep(claim)
  const articles = selection.articles
    .map((article) => narrowArticle(article, keep, options))
    .filter((article) => selection.wholeWorkspace || scope.type === 'article' || scope.type === 'articles' || article.claims.length > 0)
  const kept = new Set(articles.flatMap((a) => a.claims.map((c) => refKey({ articleId: a.id, claimId: c.id }))))
  const focus = selection.focus?.()
  return {
    articles,
    actors: selection.wholeWorkspace ? [...store.actors] : namedActors(store.actors, articles, focus),
    events: selection.wholeWorkspace ? [...store.events] : namedEvents(store.events, articles, focus),
    generatedAt,
    title: selection.title,
    focus: focus && narrowFocus(focus, (ref) => kept.has(refKey(ref))),
    options: { notes: options.notes, tags: options.tags, fullText: options.fullText },
  }
}

function select(store: WorkspaceStore, scope: ExportScope): Selection {
  const all = () => true
  // Only articles with a claim in scope are exported: their bodies alone are
  // read (the store keeps the claims of every article without its body).
  const articlesWith = (keep: (claim: Claim) => boolean) => store.articleRecords().flatMap((r) => (r.claims.some(keep) ? (store.article(r.id) ?? []) : []))
  switch (scope.type) {
    case 'workspace':
      return { articles: store.allArticles(), keep: all, title: REPORT_TITLE, wholeWorkspace: true }
    case 'article': {
      const article = articleOrThrow(store, scope.id)
      return { articles: [article], keep: all, title: `${REPORT_TITLE}: ${article.title}`, wholeWorkspace: false }
    }
    case 'articles': {
      const articles = [...new Set(scope.ids)].map((id) => articleOrThrow(store, id))
      return { articles, keep: all, title: `${REPORT_TITLE}: ${articles.length} articles`, wholeWorkspace: false }
    }
    case 'event': {
      const event = eventOrThrow(store, scope.id)
      const focus = (): Focus => {
        const rows = compareEvent(store, event.id).rows.map((row) => ({
          actor: row.actor,
          cells: Object.fromEntries(KINDS.map((kind) => [kind, row.cells[kind].map(toRef)])) as Record<(typeof KINDS)[number], ClaimRef[]>,
        }))
        return { type: 'event', event, rows }
      }
      const keep = (c: Claim) => c.eventId === event.id
      return { articles: articlesWith(keep), keep, title: `${REPORT_TITLE}: event “${event.name}”`, focus, wholeWorkspace: false }
    }
    case 'actor': {
      const actor = actorOrThrow(store, scope.id)
      const focus = (): Focus => {
        const { asSpeaker, asTarget } = claimsByActor(store, actor.id)
        return { type: 'actor', actor, asSpeaker: asSpeaker.map(toRef), asTarget: asTarget.map(toRef) }
      }
      const keep = (c: Claim) => c.speakers.includes(actor.id) || c.targets.includes(actor.id)
      return { articles: articlesWith(keep), keep, title: `${REPORT_TITLE}: actor “${actor.name}”`, focus, wholeWorkspace: false }
    }
  }
}

const refKey = (ref: ClaimRef) => `${ref.articleId}/${ref.claimId}`

/** The article with only the kept claims; the highlights of the others are
 * taken out of its body so no report shows a claim the scope left out.
 * Marks with no claim record (a damaged file) stay, as in the full report. */
function narrowArticle(article: Article, keep: (claim: Claim) => boolean, options: ExportOptions): Article {
  let body = article.body
  const claims: Claim[] = []
  for (const claim of article.claims) {
    if (keep(claim)) claims.push(options.notes && options.tags ? claim : { ...claim, note: options.notes ? claim.note : '', tags: options.tags ? claim.tags : [] })
    else body = mapClaimMarks(body, claim.id, () => null)
  }
  return { ...article, body, claims, notes: options.notes ? article.notes : '', tags: options.tags ? article.tags : [] }
}

/** The actors the claims name, the focus actor, and the groups they belong
 * to (so membership can be shown by name). */
function namedActors(actors: readonly Actor[], articles: Article[], focus: Focus | undefined): Actor[] {
  const byId = new Map(actors.map((a) => [a.id, a]))
  const wanted = new Set(articles.flatMap((a) => a.claims.flatMap((c) => [...c.speakers, ...c.targets])))
  if (focus?.type === 'actor') wanted.add(focus.actor.id)
  for (const id of [...wanted]) {
    for (let parent = byId.get(id)?.memberOf; parent && !wanted.has(parent); parent = byId.get(parent)?.memberOf) wanted.add(parent)
  }
  return actors.filter((a) => wanted.has(a.id))
}

function namedEvents(events: readonly Event[], articles: Article[], focus: Focus | undefined): Event[] {
  const wanted = new Set(articles.flatMap((a) => a.claims.map((c) => c.eventId)))
  if (focus?.type === 'event') wanted.add(focus.event.id)
  return events.filter((e) => wanted.has(e.id))
}

function narrowFocus(focus: Focus, kept: (ref: ClaimRef) => boolean): Focus {
  if (focus.type === 'actor') return { ...focus, asSpeaker: focus.asSpeaker.filter(kept), asTarget: focus.asTarget.filter(kept) }
  const rows = focus.rows
    .map((row) => ({ ...row, cells: Object.fromEntries(KINDS.map((kind) => [kind, row.cells[kind].filter(kept)])) as typeof row.cells }))
    .filter((row) => KINDS.some((kind) => row.cells[kind].length > 0))
  return { ...focus, rows }
}
