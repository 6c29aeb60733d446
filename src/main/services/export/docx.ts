// The report as a Word document (the `docx` package): the same sections and
// labels as the HTML report. In the text each claim is shaded in its kind's
// tint and underlined in its kind's colour and style (solid, dashed, double),
// labelled like the HTML report, and carries a Word comment giving its kind,
// speakers, targets, event, cue, note and tags, so reviewers see the coding
// in the margin. Without the text, the comments sit on the quotes in the
// claims table. Word refuses a file with characters XML cannot hold, so all
// text from articles goes through xmlText.
import {
  AlignmentType,
  Bookmark,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  Footer,
  HeadingLevel,
  InternalHyperlink,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  UnderlineType,
  WidthType,
  type ICommentOptions,
  type ParagraphChild,
} from 'docx'
import { KINDS, type Kind } from '../../../shared/domain'
import { KIND_STYLES } from '../../../shared/kinds'
import { LIST_SEPARATOR, pace, step, type ClaimRef, type ExportControl, type ExportInput } from './export-input'
import {
  claimDetails,
  excerpt,
  focusTitle,
  formatTimestamp,
  metaLine,
  reportModel,
  summaryLine,
  textBlocks,
  type ArticleView,
  type NumberedClaim,
  type ReportModel,
} from './report-model'
import { xmlText } from './xml-text'

type Child = Paragraph | Table

/** Hex colours without '#', as Word wants them. */
const colourOf = (kind: Kind) => KIND_STYLES[kind].colour.slice(1)
/** The kind's tint over white: Word shading has no transparency. */
export function tintOf(kind: Kind): string {
  const alpha = Number(/([\d.]+)\)\s*$/.exec(KIND_STYLES[kind].tint)?.[1] ?? 0.16)
  const rgb = [1, 3, 5].map((i) => parseInt(KIND_STYLES[kind].colour.slice(i, i + 2), 16))
  return rgb.map((c) => Math.round(c * alpha + 255 * (1 - alpha)).toString(16).padStart(2, '0')).join('').toUpperCase()
}
const UNDERLINES = { solid: UnderlineType.SINGLE, dashed: UnderlineType.DASH, double: UnderlineType.DOUBLE } as const

/** Word bookmark names: a letter first, then letters, digits and '_'. */
const bookmark = (anchor: string) => `cb_${anchor.replace(/[^A-Za-z0-9]/g, '_')}`

export async function buildDocxReport(input: ExportInput, control?: ExportControl): Promise<Uint8Array> {
  const model = reportModel(input)
  const comments = new Comments(model, input.generatedAt)
  const children: Child[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(xmlText(model.title))] }),
    new Paragraph({ children: [new TextRun({ text: `Generated ${formatTimestamp(model.generatedAt)}`, italics: true })] }),
    new Paragraph(xmlText(summaryLine(model))),
    heading('Contents', 'contents'),
    ...model.sections.map((s, i) => new Paragraph({ children: [new TextRun(`${i + 1}. `), new InternalHyperlink({ anchor: bookmark(s.anchor), children: [new TextRun({ text: xmlText(s.title), style: 'Hyperlink' })] })] })),
    ...renderFocus(model),
  ]
  for (const [i, view] of model.views.entries()) {
    await pace(control, 'Writing the Word document', i, model.views.length)
    children.push(...renderArticle(view, model, comments))
  }
  step(control, 'Packing the Word document', model.views.length, model.views.length)
  children.push(...renderActors(model), ...renderLegend())
  const doc = new Document({
    creator: 'Claimbook',
    title: xmlText(model.title),
    description: 'An annotated report of coded claims',
    comments: { children: comments.all },
    styles: { default: { document: { run: { font: 'Georgia', size: 22 } } } },
    sections: [
      {
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 18 })] })] }) },
        children,
      },
    ],
  })
  return new Uint8Array(await Packer.toBuffer(doc))
}

/** One Word comment per claim, numbered in the order they are placed. */
class Comments {
  readonly all: ICommentOptions[] = []
  private readonly ids = new Map<NumberedClaim, number>()
  constructor(
    private readonly model: ReportModel,
    private readonly generatedAt: string,
  ) {}

  idOf(numbered: NumberedClaim): number {
    let id = this.ids.get(numbered)
    if (id !== undefined) return id
    id = this.all.length
    this.ids.set(numbered, id)
    const details = claimDetails(numbered, this.model.names, this.model.options)
    const when = [numbered.claim.updatedAt, this.generatedAt].map((t) => new Date(t)).find((d) => !Number.isNaN(d.getTime()))
    this.all.push({
      id,
      author: 'Claimbook',
      initials: 'CB',
      ...(when ? { date: when } : {}),
      children: [
        new Paragraph({ children: [new TextRun({ text: `${numbered.label} · ${KIND_STYLES[numbered.claim.kind].label}`, bold: true })] }),
        ...details.filter((d) => d.label !== 'Kind').map((d) => new Paragraph(xmlText(`${d.label}: ${d.value}`))),
      ],
    })
    return id
  }

  /** The runs of a commented range: start, the runs, end, reference. */
  around(numbered: NumberedClaim, runs: ParagraphChild[]): ParagraphChild[] {
    const id = this.idOf(numbered)
    return [new CommentRangeStart(id), ...runs, new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] })]
  }
}

function heading(text: string, anchor: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_1): Paragraph {
  return new Paragraph({ heading: level, children: [new Bookmark({ id: bookmark(anchor), children: [new TextRun(xmlText(text))] })] })
}

function renderFocus(model: ReportModel): Child[] {
  const { focus } = model
  if (!focus) return []
  const refLine = (ref: ClaimRef) => {
    const numbered = model.claim(ref)
    return numbered ? new Paragraph(xmlText(`${numbered.label} “${excerpt(numbered.claim.quote, 120)}” (${numbered.view.article.title})`)) : new Paragraph('')
  }
  if (focus.type === 'event') {
    const about = [focus.event.date, focus.event.description].filter(Boolean).join(' — ')
    const header = new TableRow({ tableHeader: true, children: ['Speaker', ...KINDS.map((k) => KIND_STYLES[k].label)].map((h) => headerCell(h)) })
    const rows = focus.rows.map(
      (row) =>
        new TableRow({
          children: [
            new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: xmlText(row.actor?.name ?? 'No speaker yet'), bold: true })] })] }),
            ...KINDS.map((k) => new TableCell({ children: row.cells[k].length ? row.cells[k].map(refLine) : [new Paragraph('')] })),
          ],
        }),
    )
    return [
      heading(focusTitle(focus), 'focus'),
      ...(about ? [new Paragraph(xmlText(about))] : []),
      rows.length ? new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] }) : new Paragraph('No claims about this event.'),
    ]
  }
  const memberOf = focus.actor.memberOf ? (model.actorsById.get(focus.actor.memberOf)?.name ?? focus.actor.memberOf) : ''
  return [
    heading(focusTitle(focus), 'focus'),
    new Paragraph(xmlText([focus.actor.type, memberOf && `member of ${memberOf}`].filter(Boolean).join(' · '))),
    ...(focus.actor.description ? [new Paragraph(xmlText(focus.actor.description))] : []),
    new Paragraph({ heading: HeadingLevel.HEADING_2, text: `As speaker (${focus.asSpeaker.length})` }),
    ...focus.asSpeaker.map(refLine),
    new Paragraph({ heading: HeadingLevel.HEADING_2, text: `As target (${focus.asTarget.length})` }),
    ...focus.asTarget.map(refLine),
  ]
}

function renderArticle(view: ArticleView, model: ReportModel, comments: Comments): Child[] {
  const { article } = view
  const { options } = model
  const out: Child[] = [new Paragraph({ pageBreakBefore: true, children: [] }), heading(article.title, view.anchor)]
  const meta = metaLine(article)
  if (meta) out.push(new Paragraph({ children: [new TextRun({ text: xmlText(meta), color: '555555' })] }))
  if (article.url) out.push(new Paragraph({ children: [new TextRun({ text: xmlText(article.url), font: 'Consolas', size: 16, color: '555555' })] }))
  if (options.tags && article.tags.length) out.push(new Paragraph(xmlText(`Tags: ${article.tags.join(LIST_SEPARATOR)}`)))
  if (options.notes && article.notes) out.push(new Paragraph({ children: [new TextRun({ text: xmlText(article.notes), italics: true })] }))
  if (options.fullText) out.push(...renderText(view, comments))
  out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, text: 'Claims' }))
  out.push(view.claims.length ? claimsTable(view, model, comments) : new Paragraph('No claims coded in this article.'))
  return out
}

/** Each paragraph as runs: highlighted where claims are, the innermost claim
 * giving the colour, a label where a claim starts, and comment ranges that
 * open and close exactly where the claims do (across paragraphs if need be). */
function renderText(view: ArticleView, comments: Comments): Paragraph[] {
  return textBlocks(view.article).map((block) => {
    const runs: ParagraphChild[] = []
    for (const piece of block.pieces) {
      for (const id of piece.starts) {
        const numbered = view.byId.get(id)
        const kind = piece.claims.find((c) => c.id === id)!.kind
        if (numbered) runs.push(new CommentRangeStart(comments.idOf(numbered)))
        runs.push(new TextRun({ text: numbered?.label ?? KIND_STYLES[kind].letter, superScript: true, bold: true, color: colourOf(kind) }))
      }
      const inner = piece.claims[piece.claims.length - 1]
      runs.push(
        inner
          ? new TextRun({
              text: xmlText(piece.text),
              shading: { type: ShadingType.CLEAR, fill: tintOf(inner.kind), color: 'auto' },
              underline: { type: UNDERLINES[KIND_STYLES[inner.kind].underline], color: colourOf(inner.kind) },
            })
          : new TextRun(xmlText(piece.text)),
      )
      for (const id of [...piece.ends].reverse()) {
        const numbered = view.byId.get(id)
        if (!numbered) continue
        const commentId = comments.idOf(numbered)
        runs.push(new CommentRangeEnd(commentId), new TextRun({ children: [new CommentReference(commentId)] }))
      }
    }
    return new Paragraph({ ...(block.heading ? { heading: HeadingLevel.HEADING_3 } : {}), spacing: { line: 320, after: 160 }, children: runs })
  })
}

function claimsTable(view: ArticleView, model: ReportModel, comments: Comments): Table {
  const { names, options } = model
  const headers = ['#', 'Kind', 'Quote', 'Speakers', 'Targets', 'Event', ...(options.notes ? ['Note'] : []), ...(options.tags ? ['Tags'] : [])]
  const text = (value: string) => new TableCell({ children: [new Paragraph(xmlText(value))] })
  const rows = view.claims.map((numbered) => {
    const { claim } = numbered
    const quote = [new TextRun(xmlText(claim.quote))]
    return new TableRow({
      cantSplit: true,
      children: [
        text(numbered.label),
        new TableCell({ shading: { type: ShadingType.CLEAR, fill: tintOf(claim.kind), color: 'auto' }, children: [new Paragraph(KIND_STYLES[claim.kind].label)] }),
        // Without the text, the claim's comment sits on its quote here.
        new TableCell({ children: [new Paragraph({ children: numbered.highlighted ? quote : comments.around(numbered, quote) })] }),
        text(names.actors(claim.speakers).join(LIST_SEPARATOR)),
        text(names.actors(claim.targets).join(LIST_SEPARATOR)),
        text(names.event(claim.eventId)),
        ...(options.notes ? [text(claim.note)] : []),
        ...(options.tags ? [text(claim.tags.join(LIST_SEPARATOR))] : []),
      ],
    })
  })
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [new TableRow({ tableHeader: true, children: headers.map(headerCell) }), ...rows] })
}

function headerCell(text: string): TableCell {
  return new TableCell({ shading: { type: ShadingType.CLEAR, fill: 'EEEEEE', color: 'auto' }, children: [new Paragraph({ children: [new TextRun({ text, bold: true })] })] })
}

function renderActors(model: ReportModel): Child[] {
  const out: Child[] = [new Paragraph({ pageBreakBefore: true, children: [] }), heading('Actors', 'actors')]
  if (model.actorIndex.length === 0) out.push(new Paragraph('No actors.'))
  for (const { actor, claims } of model.actorIndex) {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(xmlText(actor.name)), new TextRun({ text: ` ${actor.type}`, color: '555555' })] }))
    if (claims.length === 0) out.push(new Paragraph({ children: [new TextRun({ text: 'No claims.', color: '555555' })] }))
    for (const { numbered, roles } of claims) out.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(xmlText(`${numbered.label} (${roles}) “${excerpt(numbered.claim.quote)}” — ${numbered.view.article.title}`))] }))
  }
  return out
}

function renderLegend(): Child[] {
  return [
    heading('Kinds of claim', 'legend'),
    ...KINDS.map((kind) => {
      const style = KIND_STYLES[kind]
      return new Paragraph({
        children: [
          new TextRun({ text: style.letter, superScript: true, bold: true, color: colourOf(kind) }),
          new TextRun({ text: style.label, shading: { type: ShadingType.CLEAR, fill: tintOf(kind), color: 'auto' }, underline: { type: UNDERLINES[style.underline], color: colourOf(kind) } }),
          new TextRun(` — ${style.underline} underline, label ${style.letter}: ${style.description}`),
        ],
      })
    }),
    new Paragraph({ children: [new TextRun({ text: 'Each claim also has a comment in the margin with its kind, speakers, targets, event and note.', color: '555555' })] }),
  ]
}
