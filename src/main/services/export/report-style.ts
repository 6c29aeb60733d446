// The report's stylesheet, inline because the report loads nothing. Kind
// colours, tints and underline styles come from KIND_STYLES so the report
// looks like the reader. Claims are underlined with a bottom border, not
// text-decoration, so that nested claims can sit at different depths.
import { KINDS } from '../../../shared/domain'
import { KIND_STYLES } from '../../../shared/kinds'

/** Underlines of claims nested deeper than this share the deepest offset. */
export const MAX_LEVEL = 3

export const REPORT_STYLE = `
:root { color-scheme: light; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font: 16px/1.5 Georgia, "Times New Roman", serif; color: #1a1a1a; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
h1, h2, h3, h4, nav, table, .meta, .muted, .badge, .claim-label, dl { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; }
h2 { margin-top: 3rem; border-bottom: 1px solid #ccc; }
.muted, .meta { color: #555; font-size: 0.9rem; }
.url { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.8rem; overflow-wrap: anywhere; color: #555; }
.text p, .text h4 { white-space: pre-wrap; line-height: 2.3; }
.claim { -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.claim-label { font-size: 0.65rem; font-weight: 700; line-height: 1; padding: 0 2px; margin-right: 1px; border: 1px solid; border-radius: 3px; background: #fff; }
.claim-label a, td a, dd a { color: #1a1a1a; }
table { border-collapse: collapse; width: 100%; font-size: 0.85rem; }
th, td { border: 1px solid #ccc; padding: 4px 6px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
td.quote, td.note { white-space: pre-wrap; }
.badge { display: inline-block; min-width: 1.2em; text-align: center; font-weight: 700; border: 1px solid; border-radius: 3px; }
dt { font-weight: 700; margin-top: 0.8rem; }
dd p { margin: 0.3rem 0 0; }
dd ul { margin: 0; }
.legend { list-style: none; padding: 0; line-height: 2.3; }
.description { white-space: pre-wrap; }
.toc-page { float: right; min-width: 3em; text-align: right; font-variant-numeric: tabular-nums; }
table.compare th[scope="row"] { width: 20%; }
ul.refs { margin: 0; padding-left: 1.1rem; }
ul.refs li { margin-bottom: 0.3rem; }
${KINDS.map((kind) => {
  const { colour, tint, underline } = KIND_STYLES[kind]
  const width = underline === 'double' ? 3 : 2
  return `.claim.kind-${kind} { background: ${tint}; border-bottom: ${width}px ${underline} ${colour}; }
.kind-${kind} > .claim-label, .badge.kind-${kind} { border-color: ${colour}; }
.badge.kind-${kind} { background: ${tint}; }`
}).join('\n')}
${Array.from({ length: MAX_LEVEL + 1 }, (_, level) => `.claim.level-${level} { padding-bottom: ${1 + 4 * level}px; }`).join('\n')}
@media print {
  body { max-width: none; margin: 0; font-size: 11pt; }
  article, #focus, #actors, #legend { break-before: page; }
  h2, h3 { break-after: avoid; }
  tr, dt, dd li, ul.refs li { break-inside: avoid; }
  a { text-decoration: none; }
}
`
