// The annotated report: one self-contained HTML file a researcher can read,
// print, archive or send. Article text and metadata come from hostile web
// pages, so every piece of it is escaped, the file carries no script and loads
// nothing (its CSP forbids all but inline style), and article links are shown
// as text, never followed.
import { claimSpans, type ClaimSpan } from '../../../shared/body'
import { KINDS, type Article, type Claim, type Kind } from '../../../shared/domain'
import { KIND_STYLES } from '../../../shared/kinds'
import { LIST_SEPARATOR, namesFor, orderedArticles, orderedClaims, type ExportInput, type Names } from './export-input'
import { MAX_LEVEL, REPORT_STYLE } from './report-style'

export const REPORT_TITLE = 'Claimbook report'
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'"

type NumberedClaim = { claim: Claim; label: string; anchor: string; rowAnchor: string; highlighted: boolean }
type ArticleView = { article: Article; anchor: string; claims: NumberedClaim[]; byId: Map<string, NumberedClaim> }

export function buildHtmlReport(input: ExportInput): string {
  const names = namesFor(input)
  const views = orderedArticles(input.articles).map(articleView)
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${REPORT_TITLE}</title>
<style>${REPORT_STYLE}</style>
</head>
<body>
${renderHeader(input, views)}
${renderContents(views)}
${views.map((view) => renderArticle(view, names)).join('\n')}
${renderActorIndex(input, views)}
${renderLegend()}
</body>
</html>
`
}

/** Numbers claims in reading order (`T3` = the third claim, an attribution). */
function articleView(article: Article, index: number): ArticleView {
  const marked = new Set(claimSpans(article.body).map((span) => span.id))
  const claims = orderedClaims(article).map((claim, i) => ({
    claim,
    label: `${KIND_STYLES[claim.kind].letter}${i + 1}`,
    anchor: `claim-${index + 1}-${i + 1}`,
    rowAnchor: `row-${index + 1}-${i + 1}`,
    highlighted: marked.has(claim.id),
  }))
  return { article, anchor: `article-${index + 1}`, claims, byId: new Map(claims.map((c) => [c.claim.id, c])) }
}

function renderHeader(input: ExportInput, views: ArticleView[]): string {
  const claims = views.flatMap((v) => v.claims.map((c) => c.claim))
  const byKind = KINDS.map((kind) => `${claims.filter((c) => c.kind === kind).length} ${KIND_STYLES[kind].label.toLowerCase()}`)
  return `<header>
<h1>${REPORT_TITLE}</h1>
<p class="muted">Generated <time datetime="${escapeHtml(input.generatedAt)}">${escapeHtml(formatTimestamp(input.generatedAt))}</time></p>
<p>${plural(views.length, 'article')} · ${plural(claims.length, 'claim')} (${byKind.join(', ')}) · ${plural(input.actors.length, 'actor')} · ${plural(input.events.length, 'event')}</p>
</header>`
}

function renderContents(views: ArticleView[]): string {
  const items = views.map(
    (v) => `<li><a href="#${v.anchor}">${escapeHtml(v.article.title)}</a> <span class="muted">${escapeHtml(metaLine(v.article))} · ${plural(v.claims.length, 'claim')}</span></li>`,
  )
  return `<nav>
<h2>Contents</h2>
<ol>
${items.join('\n')}
<li><a href="#actors">Actors</a></li>
<li><a href="#legend">Kinds of claim</a></li>
</ol>
</nav>`
}

function renderArticle(view: ArticleView, names: Names): string {
  const { article } = view
  const rows = view.claims.map((numbered) => {
    const { claim, rowAnchor } = numbered
    return `<tr id="${rowAnchor}"><td>${claimRef(numbered)}</td><td>${kindBadge(claim.kind)}</td><td class="quote">${escapeHtml(claim.quote)}</td><td>${escapeHtml(names.actors(claim.speakers).join(LIST_SEPARATOR))}</td><td>${escapeHtml(names.actors(claim.targets).join(LIST_SEPARATOR))}</td><td>${escapeHtml(names.event(claim.eventId))}</td><td class="note">${escapeHtml(claim.note)}</td></tr>`
  })
  const table = rows.length
    ? `<table><thead><tr><th>#</th><th>Kind</th><th>Quote</th><th>Speakers</th><th>Targets</th><th>Event</th><th>Note</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table>`
    : '<p class="muted">No claims coded in this article.</p>'
  return `<article id="${view.anchor}">
<h2>${escapeHtml(article.title)}</h2>
<p class="meta">${escapeHtml(metaLine(article))}</p>
${article.url ? `<p class="url">${escapeHtml(article.url)}</p>` : ''}
<div class="text">
${renderBody(view)}
</div>
<h3>Claims</h3>
${table}
</article>`
}

/** The article text with claims highlighted from the body's claim marks.
 * Every text node closes the highlights it leaves and opens the ones it
 * enters, so nested and overlapping claims always give well-formed HTML; a
 * claim is split into several elements where another one crosses it. Other
 * marks (links, formatting from the source page) are dropped on purpose. */
function renderBody(view: ArticleView): string {
  const levels = nestingLevels(claimSpans(view.article.body))
  const seen = new Set<string>()
  const open = (id: string, markKind: unknown): string => {
    const numbered = view.byId.get(id)
    const kind = numbered?.claim.kind ?? knownKind(markKind)
    const first = !seen.has(id)
    seen.add(id)
    const anchor = first && numbered?.highlighted ? ` id="${numbered.anchor}"` : ''
    const label = !first ? '' : numbered ? `<a href="#${numbered.rowAnchor}">${numbered.label}</a>` : KIND_STYLES[kind].letter
    const title = `${KIND_STYLES[kind].label}${numbered ? ` ${numbered.label}` : ''}`
    return `<span class="claim kind-${kind} level-${Math.min(levels.get(id) ?? 0, MAX_LEVEL)}" data-claim="${escapeHtml(id)}" data-kind="${kind}"${anchor}>${
      label ? `<sup class="claim-label" title="${title}">${label}</sup>` : ''
    }`
  }
  return view.article.body.content
    .map((block) => {
      const tag = block.type === 'heading' ? 'h4' : 'p'
      let openIds: string[] = []
      let html = ''
      for (const node of block.content ?? []) {
        const kinds = new Map<string, unknown>()
        for (const mark of node.marks ?? []) if (mark.type === 'claim' && mark.attrs?.id) kinds.set(String(mark.attrs.id), mark.attrs.kind)
        const ids = [...kinds.keys()].sort((a, b) => (levels.get(a) ?? 0) - (levels.get(b) ?? 0) || a.localeCompare(b))
        let keep = 0
        while (keep < openIds.length && openIds[keep] === ids[keep]) keep++
        html += '</span>'.repeat(openIds.length - keep) + ids.slice(keep).map((id) => open(id, kinds.get(id))).join('') + escapeHtml(node.text)
        openIds = ids
      }
      return `<${tag}>${html}${'</span>'.repeat(openIds.length)}</${tag}>`
    })
    .join('\n')
}

/** Gives each claim the lowest level free over its whole range, so a claim
 * keeps one underline depth and claims that cross each other never share one. */
function nestingLevels(spans: ClaimSpan[]): Map<string, number> {
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

/** Each actor with the claims it speaks or is the target of, by article. */
function renderActorIndex(input: ExportInput, views: ArticleView[]): string {
  const refs = new Map<string, Map<ArticleView, string[]>>()
  for (const view of views) {
    for (const numbered of view.claims) {
      const { claim } = numbered
      for (const actorId of new Set([...claim.speakers, ...claim.targets])) {
        const roles = [claim.speakers.includes(actorId) && 'speaker', claim.targets.includes(actorId) && 'target'].filter(Boolean).join(', ')
        const byArticle = refs.get(actorId) ?? refs.set(actorId, new Map()).get(actorId)!
        const list = byArticle.get(view) ?? byArticle.set(view, []).get(view)!
        list.push(`<li>${claimRef(numbered)} <span class="muted">${roles}</span> ${escapeHtml(excerpt(claim.quote))}</li>`)
      }
    }
  }
  const items = [...input.actors]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((actor) => {
      const groups = [...(refs.get(actor.id) ?? [])].map(([view, items]) => `<p><cite>${escapeHtml(view.article.title)}</cite></p>\n<ul>${items.join('\n')}</ul>`)
      return `<dt>${escapeHtml(actor.name)} <span class="muted">${escapeHtml(actor.type)}</span></dt>
<dd>${groups.length ? groups.join('\n') : '<span class="muted">No claims.</span>'}</dd>`
    })
  return `<section id="actors">
<h2>Actors</h2>
${items.length ? `<dl>\n${items.join('\n')}\n</dl>` : '<p class="muted">No actors.</p>'}
</section>`
}

function renderLegend(): string {
  const items = KINDS.map((kind) => {
    const style = KIND_STYLES[kind]
    return `<li><span class="claim kind-${kind} level-0" data-kind="${kind}"><sup class="claim-label">${style.letter}</sup>${style.label}</span> — ${style.underline} underline, label ${style.letter}: ${escapeHtml(style.description)}</li>`
  })
  return `<section id="legend">
<h2>Kinds of claim</h2>
<ul class="legend">
${items.join('\n')}
</ul>
<p class="muted">A label such as ${KIND_STYLES.attribution.letter}3 marks the start of the third claim of an article; it links to the claim's row in the table.</p>
</section>`
}

/** The claim's label, linked to its highlight when the body has one. */
function claimRef({ label, anchor, highlighted }: NumberedClaim): string {
  return highlighted ? `<a href="#${anchor}">${label}</a>` : label
}

function kindBadge(kind: Kind): string {
  return `<span class="badge kind-${kind}">${KIND_STYLES[kind].letter}</span> ${KIND_STYLES[kind].label}`
}

/** A mark's kind comes from the stored body, which only a schema guards. */
function knownKind(kind: unknown): Kind {
  return KINDS.find((k) => k === kind) ?? 'assertion'
}

function metaLine(article: Article): string {
  return [article.outlet, article.author, article.publishedAt.slice(0, 10)].filter(Boolean).join(' · ')
}

/** The time as written, in the zone it was written in, so the report shows the
 * same date as its file name. */
function formatTimestamp(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::[\d.]+)?(Z|[+-]\d{2}:?\d{2})?)?/.exec(iso)
  return m ? [m[1], m[2], m[3] === 'Z' ? 'UTC' : m[3]].filter(Boolean).join(' ') : iso
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

/** Cuts by code points so a cut never splits an emoji into invalid UTF-16. */
function excerpt(text: string, max = 160): string {
  const chars = Array.from(text)
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text
}

/** For text and double-quoted attribute values alike. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}
