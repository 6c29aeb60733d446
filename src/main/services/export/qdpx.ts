// The coded corpus as a REFI-QDA project (.qdpx), the exchange format that
// ATLAS.ti, MAXQDA, NVivo and QualCoder read: a zip of `project.qde` (XML,
// valid against the published Project.xsd) and `sources/<guid>.txt`, one
// plain-text file per article. Mapped as:
//  - codes: "Kinds of claim" (assertion, denial, attribution, in their
//    colours) and "Events" (one code each);
//  - each claim: a PlainTextSelection over its quote (positions in code
//    points, as the standard counts characters), coded with its kind and its
//    event, described with its speakers, targets and cue, its note a Note;
//  - actors: cases, each referring to the selections it speaks or is the
//    target of, with its type and group as variables;
//  - articles: outlet, author, date and URL as variables; article notes as notes.
// GUIDs are derived from Claimbook ids, so exporting twice gives the same
// project and a re-import can recognise what it already has.
import { createHash } from 'node:crypto'
import { create } from 'xmlbuilder2'
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces'
import { plainText } from '../../../shared/body'
import { KINDS, type Claim, type Kind } from '../../../shared/domain'
import { KIND_STYLES } from '../../../shared/kinds'
import { codePointOffsets } from './code-points'
import { isDateTime, LIST_SEPARATOR, namesFor, orderedArticles, orderedClaims, pace, REPORT_TITLE, type ExportControl, type ExportInput } from './export-input'
import { excerpt } from './report-model'
import { xmlText } from './xml-text'
import { zipFiles, type OutputFile } from './zip'

const QDA_NS = 'urn:QDA-XML:project:1.0'

/** A stable GUID for a Claimbook record (name-based, like a UUID v5). */
export function guidFor(...parts: string[]): string {
  const hex = createHash('sha1').update(`claimbook\u0000${parts.join('\u0000')}`).digest('hex')
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

const ARTICLE_VARIABLES = ['Outlet', 'Author', 'Published', 'URL'] as const
const ACTOR_VARIABLES = ['Actor type', 'Member of'] as const

export async function buildQdpxFiles(input: ExportInput, control?: ExportControl): Promise<OutputFile[]> {
  const names = namesFor(input)
  const user = guidFor('user', 'claimbook')
  const kindCode = (kind: Kind) => guidFor('code', 'kind', kind)
  const eventCode = (id: string) => guidFor('code', 'event', id)
  const variable = (name: string) => guidFor('variable', name)
  const selectionsOf = new Map<string, string[]>()
  const notes: { guid: string; name: string; text: string; at: string }[] = []
  const files: OutputFile[] = []

  const project = create({ version: '1.0', encoding: 'UTF-8' }).ele('Project', {
    xmlns: QDA_NS,
    name: xmlText(input.title ?? REPORT_TITLE),
    origin: 'Claimbook',
    creatingUserGUID: user,
    ...dateTime('creationDateTime', input.generatedAt),
  })
  project.ele('Users').ele('User', { guid: user, name: 'Claimbook' })

  const codes = project.ele('CodeBook').ele('Codes')
  const kindsRoot = codes.ele('Code', { guid: guidFor('code', 'kinds'), name: 'Kinds of claim', isCodable: 'false' })
  kindsRoot.ele('Description').txt('How a claim is made: Claimbook’s three kinds.')
  for (const kind of KINDS) {
    const style = KIND_STYLES[kind]
    kindsRoot.ele('Code', { guid: kindCode(kind), name: style.label, isCodable: 'true', color: style.colour }).ele('Description').txt(style.description)
  }
  const eventsRoot = codes.ele('Code', { guid: guidFor('code', 'events'), name: 'Events', isCodable: 'false' })
  eventsRoot.ele('Description').txt('What the claims are about.')
  for (const event of input.events) {
    const code = eventsRoot.ele('Code', { guid: eventCode(event.id), name: xmlText(event.name), isCodable: 'true' })
    const about = [event.date, event.description].filter(Boolean).join(' — ')
    if (about) code.ele('Description').txt(xmlText(about))
  }

  const variables = project.ele('Variables')
  for (const name of [...ACTOR_VARIABLES, ...ARTICLE_VARIABLES]) variables.ele('Variable', { guid: variable(name), name, typeOfVariable: 'Text' })

  // Cases come before sources in the schema but list the selections the
  // sources define: the Cases element is placed now and filled afterwards.
  const cases = project.ele('Cases')
  const sources = project.ele('Sources')
  const articles = orderedArticles(input.articles)
  for (const [i, article] of articles.entries()) {
    await pace(control, 'Writing sources', i, articles.length)
    const source = guidFor('source', article.id)
    const text = plainText(article.body)
    files.push({ name: `sources/${source}.txt`, data: text })
    const points = codePointOffsets(text)
    const el = sources.ele('TextSource', { guid: source, name: xmlText(article.title), plainTextPath: `internal://${source}.txt`, ...dateTime('creationDateTime', article.provenance.importedAt) })
    const description = [article.outlet, article.author, article.publishedAt, article.url].filter(Boolean).join(' · ')
    if (description) el.ele('Description').txt(xmlText(description))
    orderedClaims(article).forEach((claim, n) => {
      const selection = guidFor('selection', article.id, claim.id)
      const label = `${KIND_STYLES[claim.kind].letter}${n + 1}`
      const sel = el.ele('PlainTextSelection', {
        guid: selection,
        name: xmlText(`${label} ${KIND_STYLES[claim.kind].label}: ${excerpt(claim.quote.replace(/\s+/g, ' '), 60)}`),
        startPosition: String(points(claim.start)),
        endPosition: String(points(claim.end)),
        creatingUser: user,
        ...dateTime('creationDateTime', claim.createdAt),
      })
      sel.ele('Description').txt(xmlText(describe(claim, names)))
      coding(sel, guidFor('coding', article.id, claim.id, 'kind'), kindCode(claim.kind), user)
      if (claim.eventId && input.events.some((e) => e.id === claim.eventId)) coding(sel, guidFor('coding', article.id, claim.id, 'event'), eventCode(claim.eventId), user)
      if (claim.note) {
        const note = guidFor('note', article.id, claim.id)
        notes.push({ guid: note, name: `Note on ${label} in “${article.title}”`, text: claim.note, at: claim.updatedAt })
        sel.ele('NoteRef', { targetGUID: note })
      }
      for (const actorId of new Set([...claim.speakers, ...claim.targets])) {
        const list = selectionsOf.get(actorId) ?? selectionsOf.set(actorId, []).get(actorId)!
        list.push(selection)
      }
    })
    if (article.notes) {
      const note = guidFor('note', article.id)
      notes.push({ guid: note, name: `Notes on “${article.title}”`, text: article.notes, at: article.updatedAt })
      el.ele('NoteRef', { targetGUID: note })
    }
    const values: [string, string][] = [['Outlet', article.outlet], ['Author', article.author], ['Published', article.publishedAt], ['URL', article.url]]
    for (const [name, value] of values) if (value) variableValue(el, variable(name), value)
  }

  const actorNames = new Map(input.actors.map((a) => [a.id, a.name]))
  for (const actor of input.actors) {
    const el = cases.ele('Case', { guid: guidFor('case', actor.id), name: xmlText(actor.name) })
    const about = [actor.aliases.length ? `Also: ${actor.aliases.join(LIST_SEPARATOR)}` : '', actor.description].filter(Boolean).join('\n')
    if (about) el.ele('Description').txt(xmlText(about))
    variableValue(el, variable('Actor type'), actor.type)
    if (actor.memberOf) variableValue(el, variable('Member of'), actorNames.get(actor.memberOf) ?? actor.memberOf)
    for (const selection of selectionsOf.get(actor.id) ?? []) el.ele('SelectionRef', { targetGUID: selection })
  }
  if (input.actors.length === 0) cases.remove()
  if (articles.length === 0) sources.remove()

  if (notes.length) {
    const el = project.ele('Notes')
    for (const note of notes) {
      el.ele('Note', { guid: note.guid, name: xmlText(note.name), creatingUser: user, ...dateTime('creationDateTime', note.at) })
        .ele('PlainTextContent')
        .txt(xmlText(note.text))
    }
  }
  return [{ name: 'project.qde', data: `${project.end({ prettyPrint: true })}\n` }, ...files]
}

export async function buildQdpx(input: ExportInput, control?: ExportControl): Promise<Uint8Array> {
  return zipFiles(await buildQdpxFiles(input, control), input.generatedAt)
}

function coding(selection: XMLBuilder, guid: string, code: string, user: string): void {
  selection.ele('Coding', { guid, creatingUser: user }).ele('CodeRef', { targetGUID: code })
}

function variableValue(parent: XMLBuilder, variable: string, value: string): void {
  const el = parent.ele('VariableValue')
  el.ele('VariableRef', { targetGUID: variable })
  el.ele('TextValue').txt(xmlText(value))
}

function describe(claim: Claim, names: ReturnType<typeof namesFor>): string {
  return [
    `Kind: ${KIND_STYLES[claim.kind].label}`,
    claim.speakers.length ? `Speakers: ${names.actors(claim.speakers).join(LIST_SEPARATOR)}` : '',
    claim.targets.length ? `Targets: ${names.actors(claim.targets).join(LIST_SEPARATOR)}` : '',
    claim.eventId ? `Event: ${names.event(claim.eventId)}` : '',
    claim.cue ? `Cue: ${claim.cue}` : '',
    claim.tags.length ? `Tags: ${claim.tags.join(LIST_SEPARATOR)}` : '',
  ]
    .filter(Boolean)
    .join('\n')
}

/** An xsd:dateTime attribute, only when the stored time is one. */
function dateTime(name: string, value: string): Record<string, string> {
  return isDateTime(value) ? { [name]: value } : {}
}

