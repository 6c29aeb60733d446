// The report as Markdown (CommonMark with pipe tables, as GitHub, pandoc and
// Obsidian read it): the same sections and labels as the HTML report. A
// claim's text is bracketed in the article: ⟦A1 … ⟧ (the label opens, a bare
// ⟧ closes), so nesting shows without any markup a renderer might drop.
// Text from articles is escaped so that no page can inject links, images or
// raw HTML into the rendered file.
import { KINDS } from '../../../shared/domain'
import { KIND_STYLES } from '../../../shared/kinds'
import { LIST_SEPARATOR, pace, type ClaimRef, type ExportControl, type ExportInput } from './export-input'
import { excerpt, focusTitle, formatTimestamp, metaLine, reportModel, summaryLine, textBlocks, type ArticleView, type ReportModel } from './report-model'

export const OPEN = '⟦'
export const CLOSE = '⟧'

export async function buildMarkdownReport(input: ExportInput, control?: ExportControl): Promise<string> {
  const model = reportModel(input)
  const articles: string[] = []
  for (const [i, view] of model.views.entries()) {
    await pace(control, 'Writing the Markdown report', i, model.views.length)
    articles.push(...renderArticle(view, model))
  }
  const parts = [
    `# ${inline(model.title)}`,
    `_Generated ${inline(formatTimestamp(model.generatedAt))}_`,
    inline(summaryLine(model)),
    '## Contents',
    model.sections.map((s, i) => `${i + 1}. ${inline(s.title)}`).join('\n'),
    ...renderFocus(model),
    ...articles,
    '## Actors',
    ...renderActors(model),
    '## Kinds of claim',
    KINDS.map((kind) => `- **${KIND_STYLES[kind].letter}** ${KIND_STYLES[kind].label}: ${inline(KIND_STYLES[kind].description)}`).join('\n'),
    model.options.fullText ? `In the text, ${OPEN}T3 opens the third claim of an article (an attribution) and ${CLOSE} closes the claim opened last.` : '',
  ]
  return `${parts.filter((p) => p !== '').join('\n\n')}\n`
}

function renderFocus(model: ReportModel): string[] {
  const { focus } = model
  if (!focus) return []
  const ref = (r: ClaimRef) => {
    const numbered = model.claim(r)
    return numbered ? `${numbered.label} “${inline(excerpt(numbered.claim.quote, 100))}” (${inline(numbered.view.article.title)})` : ''
  }
  if (focus.type === 'event') {
    const head = `| Speaker | ${KINDS.map((k) => KIND_STYLES[k].label).join(' | ')} |\n|---|${KINDS.map(() => '---').join('|')}|`
    const rows = focus.rows.map((row) => `| ${cell(row.actor?.name ?? 'No speaker yet')} | ${KINDS.map((k) => cell(row.cells[k].map(ref).join('\n'))).join(' | ')} |`)
    const about = [focus.event.date, focus.event.description].filter(Boolean).join(' — ')
    return [`## ${inline(focusTitle(focus))}`, about ? inline(about) : '', rows.length ? `${head}\n${rows.join('\n')}` : '_No claims about this event._']
  }
  const list = (refs: ClaimRef[]) => (refs.length ? refs.map((r) => `- ${ref(r)}`).join('\n') : '_None._')
  const memberOf = focus.actor.memberOf ? (model.actorsById.get(focus.actor.memberOf)?.name ?? focus.actor.memberOf) : ''
  return [
    `## ${inline(focusTitle(focus))}`,
    inline([focus.actor.type, memberOf && `member of ${memberOf}`].filter(Boolean).join(' · ')),
    focus.actor.description ? inline(focus.actor.description) : '',
    `### As speaker (${focus.asSpeaker.length})`,
    list(focus.asSpeaker),
    `### As target (${focus.asTarget.length})`,
    list(focus.asTarget),
  ]
}

function renderArticle(view: ArticleView, model: ReportModel): string[] {
  const { article } = view
  const { names, options } = model
  const headers = ['#', 'Kind', 'Quote', 'Speakers', 'Targets', 'Event', ...(options.notes ? ['Note'] : []), ...(options.tags ? ['Tags'] : [])]
  const rows = view.claims.map(({ claim, label }) =>
    [
      label,
      KIND_STYLES[claim.kind].label,
      claim.quote,
      names.actors(claim.speakers).join(LIST_SEPARATOR),
      names.actors(claim.targets).join(LIST_SEPARATOR),
      names.event(claim.eventId),
      ...(options.notes ? [claim.note] : []),
      ...(options.tags ? [claim.tags.join(LIST_SEPARATOR)] : []),
    ].map(cell),
  )
  const table = rows.length ? [`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n') : '_No claims coded in this article._'
  return [
    `## ${inline(article.title)}`,
    inline(metaLine(article)),
    article.url ? `\`${article.url.replace(/`/g, "'")}\`` : '',
    options.tags && article.tags.length ? `Tags: ${inline(article.tags.join(LIST_SEPARATOR))}` : '',
    options.notes && article.notes ? block(article.notes) : '',
    ...(options.fullText ? renderText(view) : []),
    '### Claims',
    table,
  ]
}

/** Each paragraph with its claims bracketed and labelled. The brackets are
 * put in first and the paragraph escaped whole, so line starts are judged
 * on the paragraph, not on each piece of it. */
function renderText(view: ArticleView): string[] {
  return textBlocks(view.article).map((b) => {
    let raw = ''
    for (const piece of b.pieces) {
      for (const id of piece.starts) raw += `${OPEN}${view.byId.get(id)?.label ?? KIND_STYLES[piece.claims.find((c) => c.id === id)!.kind].letter} `
      raw += piece.text
      raw += ` ${CLOSE}`.repeat(piece.ends.length)
    }
    const out = inline(raw)
    return b.heading ? `#### ${out}` : out || ' '
  })
}

function renderActors(model: ReportModel): string[] {
  if (model.actorIndex.length === 0) return ['_No actors._']
  return model.actorIndex.map(({ actor, claims }) => {
    const lines = claims.map(({ numbered, roles }) => `  - ${numbered.label} (${roles}) “${inline(excerpt(numbered.claim.quote))}” — ${inline(numbered.view.article.title)}`)
    return [`- **${inline(actor.name)}** (${actor.type})`, ...(lines.length ? lines : ['  - _No claims._'])].join('\n')
  })
}

/** Text in a paragraph: every character Markdown could read as syntax is
 * backslash-escaped (CommonMark lets any ASCII punctuation be), line starts
 * that would make a heading, list, quote or code block are defused (leading
 * spaces dropped, the first mark escaped), and line breaks
 * become hard breaks so a block stays one block. */
export function inline(text: string): string {
  return text
    .replace(/(^|\n)[ \t]+/g, '$1')
    .replace(/[\\`*_{}[\]<>|~!#&]/g, (c) => `\\${c}`)
    .replace(/(^|\n)(\s*)([-+=>]|\d+[.)])/g, (_, start: string, space: string, mark: string) => `${start}${space}${mark.replace(/[-+=>.)]/, (c) => `\\${c}`)}`)
    .replace(/\r?\n/g, '\\\n')
}

/** A multi-paragraph note: paragraphs kept, each escaped. */
function block(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => inline(p.trim()))
    .join('\n\n')
}

/** A table cell: escaped, pipes escaped, line breaks as <br> (the one HTML
 * tag written on purpose; a page's own tags are escaped). */
function cell(text: string): string {
  return inline(text).replace(/\\\n/g, '<br>')
}
