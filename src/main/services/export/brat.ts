// Claims as brat standoff, the layout of the PolNeAR corpus (and what the
// brat importer reads): per article a `.txt` with the plain text and a `.ann`
// with, per claim,
//   T  Content  START END  the quote (split at line breaks, as brat wants)
//   T  Cue      START END  the reporting verb, found near the quote
//   T  Source   START END  a mention of a speaker (its name or an alias) near the quote
//   T  Attribution ...     the trigger: the cue, or the quote when no cue is found
//   E  Attribution:T4 Content:T3 Cue:T2 Source:T1
// plus `A  Kind E1 denial` and an AnnotatorNotes line with the targets,
// event, note and tags. Offsets count code points, as brat (Python) does.
// `annotation.conf` declares it all so brat opens the folder as it is.
import { plainText } from '../../../shared/body'
import type { Actor, Article, Claim } from '../../../shared/domain'
import { codePointOffsets } from './code-points'
import { LIST_SEPARATOR, namesFor, orderedArticles, orderedClaims, pace, type ExportControl, type ExportInput, type Names } from './export-input'
import type { OutputFile } from './zip'

/** How far from a quote a cue or a speaker's mention may be, in characters. */
const SEARCH_WINDOW = 400

export const BRAT_CONF = `# Claimbook claims in brat standoff (https://brat.nlplab.org/configuration.html)
[entities]
Source
Cue
Content

[relations]

[events]
Attribution\tSource*:Source, Cue?:Cue, Content+:Content

[attributes]
Kind\tArg:Attribution, Value:assertion|denial|attribution
`

export async function buildBratFiles(input: ExportInput, control?: ExportControl): Promise<OutputFile[]> {
  const names = namesFor(input)
  const actors = new Map(input.actors.map((a) => [a.id, a]))
  const files: OutputFile[] = [{ name: 'annotation.conf', data: BRAT_CONF }]
  const articles = orderedArticles(input.articles)
  for (const [i, article] of articles.entries()) {
    await pace(control, 'Writing brat files', i, articles.length)
    const text = plainText(article.body)
    files.push({ name: `${article.id}.txt`, data: text }, { name: `${article.id}.ann`, data: annotations(article, text, actors, names) })
  }
  return files
}

type Span = [number, number]

function annotations(article: Article, text: string, actors: Map<string, Actor>, names: Names): string {
  const points = codePointOffsets(text)
  const lines: string[] = []
  let t = 0
  let e = 0
  const textBound = (type: string, spans: Span[]): string => {
    const id = `T${++t}`
    const offsets = spans.map(([s, end]) => `${points(s)} ${points(end)}`).join(';')
    const covered = spans.map(([s, end]) => text.slice(s, end)).join(' ')
    lines.push(`${id}\t${type} ${offsets}\t${covered}`)
    return id
  }
  for (const claim of orderedClaims(article)) {
    if (!(claim.start < claim.end)) continue
    const content = withoutLineBreaks(text, claim.start, claim.end)
    if (content.length === 0) continue
    const sources = claim.speakers.flatMap((id) => {
      const found = nearestMention(text, claim, mentionsOf(actors.get(id)))
      return found ? [found] : []
    })
    const cue = claim.cue ? nearestMention(text, claim, [claim.cue]) : null
    const args: string[] = []
    sources.forEach((span, n) => args.push(`Source${n ? n + 1 : ''}:${textBound('Source', [span])}`))
    if (cue) args.unshift(`Cue:${textBound('Cue', [cue])}`)
    args.unshift(`Content:${textBound('Content', content)}`)
    const trigger = textBound('Attribution', cue ? [cue] : content)
    const event = `E${++e}`
    lines.push(`${event}\tAttribution:${trigger} ${args.join(' ')}`)
    lines.push(`A${e}\tKind ${event} ${claim.kind}`)
    const note = noteLine(claim, names)
    if (note) lines.push(`#${e}\tAnnotatorNotes ${event}\t${note}`)
  }
  return lines.length ? `${lines.join('\n')}\n` : ''
}

/** brat spans cannot hold a line break: a quote over two paragraphs becomes
 * one fragment per line (the breaks themselves left out). */
function withoutLineBreaks(text: string, start: number, end: number): Span[] {
  const spans: Span[] = []
  const re = /[^\r\n]+/g
  const slice = text.slice(start, end)
  for (let m = re.exec(slice); m; m = re.exec(slice)) spans.push([start + m.index, start + m.index + m[0].length])
  return spans
}

/** The actor's name and aliases, longest first so "Joe Biden" wins over "Biden". */
function mentionsOf(actor: Actor | undefined): string[] {
  if (!actor) return []
  return [actor.name, ...actor.aliases].filter((n) => n.trim().length > 0).sort((a, b) => b.length - a.length)
}

/** The occurrence of one of `needles` closest to the claim (inside it counts
 * as distance 0), within the search window, matched case-insensitively. */
function nearestMention(text: string, claim: Claim, needles: string[]): Span | null {
  const from = Math.max(0, claim.start - SEARCH_WINDOW)
  const to = Math.min(text.length, claim.end + SEARCH_WINDOW)
  const nearby = text.slice(from, to)
  // Lower-casing can change a string's length (İ → i̇); then match exactly,
  // so positions in the lower-cased copy are positions in the text.
  const fold = nearby.toLowerCase().length === nearby.length ? (s: string) => s.toLowerCase() : (s: string) => s
  const haystack = fold(nearby)
  let best: { span: Span; distance: number } | null = null
  for (const needle of needles) {
    const lower = fold(needle)
    if (/[\r\n]/.test(lower) || lower.length !== needle.length) continue
    for (let at = haystack.indexOf(lower); at >= 0; at = haystack.indexOf(lower, at + 1)) {
      const s = from + at
      const end = s + needle.length
      const distance = end <= claim.start ? claim.start - end : s >= claim.end ? s - claim.end : 0
      if (!best || distance < best.distance) best = { span: [s, end], distance }
    }
  }
  return best?.span ?? null
}

function noteLine(claim: Claim, names: Names): string {
  const parts = [
    claim.targets.length ? `Targets: ${names.actors(claim.targets).join(LIST_SEPARATOR)}` : '',
    claim.eventId ? `Event: ${names.event(claim.eventId)}` : '',
    claim.speakers.length ? `Speakers: ${names.actors(claim.speakers).join(LIST_SEPARATOR)}` : '',
    claim.note ? `Note: ${claim.note}` : '',
    claim.tags.length ? `Tags: ${claim.tags.join(LIST_SEPARATOR)}` : '',
  ]
  return parts.filter(Boolean).join(' | ').replace(/[\t\r\n]+/g, ' ')
}
