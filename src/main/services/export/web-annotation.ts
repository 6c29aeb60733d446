// Claims as W3C Web Annotations (JSON-LD), one annotation per claim, gathered
// in an AnnotationCollection whose first page holds them all. Each one can be
// lifted out alone: it carries its own @context. The target names the article
// and selects the quote twice — by its text with some context around it
// (TextQuoteSelector: survives edits elsewhere) and by its position in the
// plain text (TextPositionSelector, counted in code points as the model
// says). The body carries the kind (a tag), the speakers, targets and event
// (specific resources with a Claimbook `role`), the cue, the note and tags.
import { plainText } from '../../../shared/body'
import type { Actor, Article, Claim, Event } from '../../../shared/domain'
import { codePointOffsets } from './code-points'
import { isDateTime, orderedArticles, orderedClaims, pace, REPORT_TITLE, type ExportControl, type ExportInput } from './export-input'

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'
/** Claimbook's own terms, so a JSON-LD processor keeps `role` instead of
 * dropping it as an unknown key. */
export const CLAIMBOOK_CONTEXT = { claimbook: 'urn:claimbook:vocab#', role: 'claimbook:role' }
const CONTEXT = [ANNO_CONTEXT, CLAIMBOOK_CONTEXT]
/** Characters of context kept on each side of a quote, as annotation tools do. */
const CONTEXT_CHARS = 32

const GENERATOR = { id: 'urn:claimbook:app', type: 'Software', name: 'Claimbook' }

export const articleIri = (id: string) => `urn:claimbook:article:${id}`
export const actorIri = (id: string) => `urn:claimbook:actor:${id}`
export const eventIri = (id: string) => `urn:claimbook:event:${id}`
export const claimIri = (articleId: string, claimId: string) => `urn:claimbook:claim:${articleId}:${claimId}`

type Json = Record<string, unknown>

export async function buildWebAnnotations(input: ExportInput, control?: ExportControl): Promise<string> {
  const actors = new Map(input.actors.map((a) => [a.id, a]))
  const events = new Map(input.events.map((e) => [e.id, e]))
  const items: Json[] = []
  const articles = orderedArticles(input.articles)
  for (const [i, article] of articles.entries()) {
    await pace(control, 'Writing annotations', i, articles.length)
    const text = plainText(article.body)
    const points = codePointOffsets(text)
    for (const claim of orderedClaims(article)) items.push(annotation(article, claim, text, points, actors, events))
  }
  const collectionId = `urn:claimbook:export:${input.generatedAt.replace(/[^0-9A-Za-z]/g, '')}`
  const collection = {
    '@context': CONTEXT,
    id: collectionId,
    type: 'AnnotationCollection',
    label: input.title ?? REPORT_TITLE,
    total: items.length,
    ...(isDateTime(input.generatedAt) ? { generated: input.generatedAt } : {}),
    generator: GENERATOR,
    ...(items.length ? { first: { id: `${collectionId}:page-1`, type: 'AnnotationPage', partOf: collectionId, startIndex: 0, items } } : {}),
  }
  return `${JSON.stringify(collection, null, 2)}\n`
}

function annotation(article: Article, claim: Claim, text: string, points: (i: number) => number, actors: Map<string, Actor>, events: Map<string, Event>): Json {
  const body: Json[] = [{ type: 'TextualBody', purpose: 'tagging', value: claim.kind, role: 'kind' }]
  for (const id of claim.speakers) body.push(actorBody(id, 'speaker', actors))
  for (const id of claim.targets) body.push(actorBody(id, 'target', actors))
  if (claim.eventId) {
    const event = events.get(claim.eventId)
    body.push({ type: 'SpecificResource', purpose: 'classifying', role: 'event', source: { id: eventIri(claim.eventId), ...(event ? { name: event.name } : {}) } })
  }
  if (claim.cue) body.push({ type: 'TextualBody', purpose: 'describing', role: 'cue', value: claim.cue, format: 'text/plain' })
  if (claim.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: claim.note, format: 'text/plain' })
  for (const tag of claim.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag, role: 'tag' })
  return {
    '@context': CONTEXT,
    id: claimIri(article.id, claim.id),
    type: 'Annotation',
    motivation: 'classifying',
    ...(isDateTime(claim.createdAt) ? { created: claim.createdAt } : {}),
    ...(isDateTime(claim.updatedAt) ? { modified: claim.updatedAt } : {}),
    generator: GENERATOR,
    body,
    target: {
      type: 'SpecificResource',
      source: { id: articleIri(article.id), type: 'Text', format: 'text/plain', name: article.title, ...(article.language ? { language: article.language } : {}) },
      selector: [
        quoteSelector(text, claim),
        { type: 'TextPositionSelector', start: points(claim.start), end: points(claim.end) },
      ],
    },
  }
}

function quoteSelector(text: string, claim: Claim): Json {
  const prefix = lastChars(text.slice(0, claim.start), CONTEXT_CHARS)
  const suffix = firstChars(text.slice(claim.end), CONTEXT_CHARS)
  return { type: 'TextQuoteSelector', exact: text.slice(claim.start, claim.end), ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) }
}

function actorBody(id: string, role: 'speaker' | 'target', actors: Map<string, Actor>): Json {
  const actor = actors.get(id)
  const type = actor?.type === 'person' ? 'Person' : actor?.type === 'organisation' || actor?.type === 'media' ? 'Organization' : undefined
  return { type: 'SpecificResource', purpose: 'identifying', role, source: { id: actorIri(id), ...(type ? { type } : {}), ...(actor ? { name: actor.name } : {}) } }
}

/** Cut by code points, so a prefix never starts with half an emoji. */
const lastChars = (text: string, n: number) => Array.from(text.slice(-2 * n)).slice(-n).join('')
const firstChars = (text: string, n: number) => Array.from(text.slice(0, 2 * n)).slice(0, n).join('')
