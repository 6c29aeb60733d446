// The annotated report: one self-contained HTML file a researcher can read,
// print, archive or send (and the page the PDF is printed from). Article text
// and metadata come from hostile web pages, so every piece of it is escaped,
// the file carries no script and loads nothing (its CSP forbids all but
// inline style), and article links are shown as text, never followed.
import { claimSpans } from '../../../shared/body'
import { KINDS, type Kind } from '../../../shared/domain'
import { KIND_STYLES } from '../../../shared/kinds'
import { LIST_SEPARATOR, REPORT_TITLE, type ClaimRef, type ExportInput } from './export-input'
import { MAX_LEVEL, REPORT_STYLE } from './report-style'
import {
  excerpt,
  focusTitle,
  FOCUS_ANCHOR,
  formatTimestamp,
  knownKind,
  metaLine,
  nestingLevels,
  plural,
  reportModel,
  summaryLine,
  type ArticleView,
  type NumberedClaim,
  type ReportModel,
} from './report-model'

export { REPORT_TITLE }
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'"

/** For the PDF: the page each section starts on, shown in the contents; or
 * 'reserve' to keep room for the numbers while they are being measured. */
export type ContentsPages = Map<string, number> | 'reserve'

export function buildHtmlReport(input: ExportInput, pages?: ContentsPages): string {
  const model = reportModel(input)
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(model.title)}</title>
<style>${REPORT_STYLE}</style>
</head>
<body>
${renderHeader(model)}
${renderContents(model, pages)}
${renderFocus(model)}
${model.views.map((view) => renderArticle(view, model)).join('\n')}
${renderActorIndex(model)}
${renderLegend()}
</body>
</html>
`
}

function renderHeader(model: ReportModel): string {
  return `<header>
<h1>${escapeHtml(model.title)}</h1>
<p class="muted">Generated <time datetime="${escapeHtml(model.generatedAt)}">${escapeHtml(formatTimestamp(model.generatedAt))}</time></p>
<p>${summaryLine(model)}</p>
</header>`
}

function renderContents(model: ReportModel, pages: ContentsPages | undefined): string {
  const page = (anchor: string) => (pages === undefined ? '' : `<span class="toc-page">${pages === 'reserve' ? '' : (pages.get(anchor) ?? '')}</span>`)
  const articles = new Map(model.views.map((v) => [v.anchor, v]))
  const items = model.sections.map((section) => {
    const view = articles.get(section.anchor)
    const details = view ? ` <span class="muted">${escapeHtml(metaLine(view.article))} · ${plural(view.claims.length, 'claim')}</span>` : ''
    return `<li>${page(section.anchor)}<a href="#${section.anchor}">${escapeHtml(section.title)}</a>${details}</li>`
  })
  return `<nav>
<h2>Contents</h2>
<ol>
${items.join('\n')}
</ol>
</nav>`
}

/** The event's comparison or the actor's profile a scoped report opens with. */
function renderFocus(model: ReportModel): string {
  const { focus } = model
  if (!focus) return ''
  // In the comparison the column gives the kind; in a profile the badge does.
  const item = (ref: ClaimRef, withKind: boolean) => {
    const numbered = model.claim(ref)
    if (!numbered) return ''
    const kind = withKind ? ` ${kindBadge(numbered.claim.kind)}` : ''
    return `<li>${claimRef(numbered)}${kind} ${escapeHtml(excerpt(numbered.claim.quote))} <cite>${escapeHtml(numbered.view.article.title)}</cite></li>`
  }
  const list = (refs: ClaimRef[], withKind = true) => (refs.length ? `<ul class="refs">${refs.map((ref) => item(ref, withKind)).join('\n')}</ul>` : '<p class="muted">None.</p>')
  if (focus.type === 'event') {
    const { event } = focus
    const head = KINDS.map((kind) => `<th>${kindBadge(kind)}</th>`).join('')
    const rows = focus.rows.map((row) => {
      const who = row.actor ? `${escapeHtml(row.actor.name)} <span class="muted">${escapeHtml(row.actor.type)}</span>` : '<span class="muted">No speaker yet</span>'
      return `<tr><th scope="row">${who}</th>${KINDS.map((kind) => `<td>${row.cells[kind].length ? list(row.cells[kind], false) : ''}</td>`).join('')}</tr>`
    })
    return `<section id="${FOCUS_ANCHOR}">
<h2>${escapeHtml(focusTitle(focus))}</h2>
<p class="meta">${escapeHtml([event.date, plural(focus.rows.length, 'speaker')].filter(Boolean).join(' · '))}</p>
${event.description ? `<p class="description">${escapeHtml(event.description)}</p>` : ''}
${rows.length ? `<table class="compare"><thead><tr><th>Speaker</th>${head}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>` : '<p class="muted">No claims about this event.</p>'}
</section>`
  }
  const { actor } = focus
  const memberOf = actor.memberOf ? (model.actorsById.get(actor.memberOf)?.name ?? actor.memberOf) : ''
  const meta = [actor.type, memberOf && `member of ${memberOf}`, actor.aliases.length ? `also ${actor.aliases.join(LIST_SEPARATOR)}` : ''].filter(Boolean).join(' · ')
  return `<section id="${FOCUS_ANCHOR}">
<h2>${escapeHtml(focusTitle(focus))}</h2>
<p class="meta">${escapeHtml(meta)}</p>
${actor.description ? `<p class="description">${escapeHtml(actor.description)}</p>` : ''}
<h3>As speaker (${focus.asSpeaker.length})</h3>
${list(focus.asSpeaker)}
<h3>As target (${focus.asTarget.length})</h3>
${list(focus.asTarget)}
</section>`
}

function renderArticle(view: ArticleView, model: ReportModel): string {
  const { article } = view
  const { names, options } = model
  const headers = ['#', 'Kind', 'Quote', 'Speakers', 'Targets', 'Event', ...(options.notes ? ['Note'] : []), ...(options.tags ? ['Tags'] : [])]
  const rows = view.claims.map((numbered) => {
    const { claim, rowAnchor } = numbered
    const cells = [
      `<td>${numbered.highlighted ? claimRef(numbered) : numbered.label}</td>`,
      `<td>${kindBadge(claim.kind)}</td>`,
      `<td class="quote">${escapeHtml(claim.quote)}</td>`,
      `<td>${escapeHtml(names.actors(claim.speakers).join(LIST_SEPARATOR))}</td>`,
      `<td>${escapeHtml(names.actors(claim.targets).join(LIST_SEPARATOR))}</td>`,
      `<td>${escapeHtml(names.event(claim.eventId))}</td>`,
      ...(options.notes ? [`<td class="note">${escapeHtml(claim.note)}</td>`] : []),
      ...(options.tags ? [`<td>${escapeHtml(claim.tags.join(LIST_SEPARATOR))}</td>`] : []),
    ]
    return `<tr id="${rowAnchor}">${cells.join('')}</tr>`
  })
  const table = rows.length
    ? `<table><thead><tr>${headers.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>
${rows.join('\n')}
</tbody></table>`
    : '<p class="muted">No claims coded in this article.</p>'
  return `<article id="${view.anchor}">
<h2>${escapeHtml(article.title)}</h2>
<p class="meta">${escapeHtml(metaLine(article))}</p>
${article.url ? `<p class="url">${escapeHtml(article.url)}</p>` : ''}
${options.tags && article.tags.length ? `<p class="meta">Tags: ${escapeHtml(article.tags.join(LIST_SEPARATOR))}</p>` : ''}
${options.notes && article.notes ? `<p class="description">${escapeHtml(article.notes)}</p>` : ''}
${options.fullText ? `<div class="text">\n${renderBody(view)}\n</div>` : ''}
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

/** Each actor with the claims it speaks or is the target of, by article. */
function renderActorIndex(model: ReportModel): string {
  const items = model.actorIndex.map(({ actor, claims }) => {
    const byArticle = new Map<ArticleView, string[]>()
    for (const { numbered, roles } of claims) {
      const list = byArticle.get(numbered.view) ?? byArticle.set(numbered.view, []).get(numbered.view)!
      list.push(`<li>${claimRef(numbered)} <span class="muted">${roles}</span> ${escapeHtml(excerpt(numbered.claim.quote))}</li>`)
    }
    const groups = [...byArticle].map(([view, items]) => `<p><cite>${escapeHtml(view.article.title)}</cite></p>\n<ul>${items.join('\n')}</ul>`)
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

/** The claim's label, linked to its highlight, or to its table row when the
 * report leaves the text out. */
function claimRef({ label, anchor, rowAnchor, highlighted }: NumberedClaim): string {
  return `<a href="#${highlighted ? anchor : rowAnchor}">${label}</a>`
}

function kindBadge(kind: Kind): string {
  return `<span class="badge kind-${kind}">${KIND_STYLES[kind].letter}</span> ${KIND_STYLES[kind].label}`
}

/** For text and double-quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}
