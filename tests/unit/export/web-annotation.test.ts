// W3C Web Annotations validated with ajv (draft-04, ajv-draft-04) against the
// definitions the W3C annotation test suite uses (web-platform-tests
// annotation-model/definitions, copied in tests/fixtures/schemas), all loaded
// into one validator. Each annotation must pass the model's MUST checks; the
// selectors must select the quote; every key must be a term of the JSON-LD
// context (anno.jsonld plus Claimbook's own), so nothing is lost on expansion.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import Ajv from 'ajv-draft-04'
import { beforeAll, describe, expect, test } from 'vitest'
import { buildWebAnnotations, type ExportInput } from '../../../src/main/services/export'
import { CLAIMBOOK_CONTEXT } from '../../../src/main/services/export/web-annotation'
import { plainText } from '../../../src/shared/body'
import { REPO } from '../helpers'
import { buildFixture, slug } from './fixture'
import { polnearInput } from './polnear'

const SCHEMAS = path.join(REPO, 'tests/fixtures/schemas/web-annotation')
const ajv = new Ajv({ strict: false, allErrors: true })
// The definitions use the "uri" and "date-time" formats (ajv-formats is not a
// dependency): an absolute URI (RFC 3986: a scheme, then no spaces) and an
// RFC 3339 timestamp with its zone.
ajv.addFormat('uri', /^[A-Za-z][A-Za-z0-9+.-]*:[^\s"<>\\^`{|}]*$/)
ajv.addFormat('date-time', /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/i)
for (const file of readdirSync(path.join(SCHEMAS, 'definitions'))) ajv.addSchema(JSON.parse(readFileSync(path.join(SCHEMAS, 'definitions', file), 'utf8')))

const must = (ref: string) => {
  const validate = ajv.getSchema(ref)
  if (!validate) throw new Error(`no schema ${ref}`)
  return (value: unknown) => {
    const ok = validate(value) as boolean
    return ok ? '' : `${ref}: ${ajv.errorsText(validate.errors)}`
  }
}

/** The annotation model's MUST checks (sections 3.1–3.3, 4.2), as the test
 * suite's annotationMusts and specificResource tests compose them. */
const annotationChecks = [
  (a: { '@context'?: unknown }) => must('annotations.json#/definitions/contextValueInArrayFound')(a['@context']),
  must('annotations.json#/definitions/annotationTypeValueFound'),
  (a: { id?: unknown }) => must('id.json#/definitions/stringUri')(a.id),
  must('annotations.json#/definitions/motivationRecognizedIfPresent'),
  must('annotations.json#/definitions/motivationSingularIfPresent'),
  must('annotations.json#/definitions/bodyValueValidIfPresent'),
  must('otherProperties.json#/definitions/createdValidIfPresent'),
  must('otherProperties.json#/definitions/modifiedValidIfPresent'),
  must('otherProperties.json#/definitions/generatorValidIfPresent'),
  must('otherProperties.json#/definitions/creatorValidIfPresent'),
]
const bodyChecks = [
  must('bodyTarget.json#/definitions/bodyResourcesFound'),
  must('bodyTarget.json#/definitions/optionalBodyPropertiesMust'),
  must('otherProperties.json#/definitions/purposeRecognizedIfPresent'),
  must('bodyTarget.json#/definitions/formatValidIfPresent'),
]
const targetChecks = [
  must('bodyTarget.json#/definitions/targetResourcesFound'),
  must('bodyTarget.json#/definitions/optionalTargetPropertiesMust'),
  must('specificResource.json#/definitions/specificeResourceDetected'),
  must('specificResource.json#/definitions/selectorDefined'),
  must('specificResource.json#/definitions/sourceDetected'),
]
const selectorChecks = {
  TextQuoteSelector: [must('specificResource.json#/definitions/textQuoteSelectorDetected'), must('specificResource.json#/definitions/textQuoteSelectorTypeValidIfPresent')],
  TextPositionSelector: [must('specificResource.json#/definitions/textPositionSelectorDetected'), must('specificResource.json#/definitions/textPositionSelectorTypeValidIfPresent')],
}
const collectionChecks = [
  (c: { '@context'?: unknown }) => must('collections.json#/definitions/contextValueInArrayFound')(c['@context']),
  must('collections.json#/definitions/annotationCollectionTypeValueFound'),
  must('collections.json#/definitions/labelFound'),
  must('collections.json#/definitions/totalFound'),
  must('collections.json#/definitions/firstValidIfPresent'),
  must('collections.json#/definitions/firstRequiredIfTotalMoreThanZero'),
]
const pageChecks = [must('collections.json#/definitions/annotationPageTypeValueFound'), must('collections.json#/definitions/itemsFound'), must('collections.json#/definitions/startIndexFound'), must('collections.json#/definitions/partOfValidIfPresent')]

type Resource = { id: string; type?: string; name?: string }
type Body = { type: string; purpose?: string; value?: string; role?: string; source?: Resource }
type Annotation = {
  '@context': unknown
  id: string
  body: Body[]
  target: { source: Resource; selector: [{ type: 'TextQuoteSelector'; exact: string; prefix?: string; suffix?: string }, { type: 'TextPositionSelector'; start: number; end: number }] }
}
type Collection = { '@context': unknown; total: number; first: { items: Annotation[] } }

const ANNO_TERMS = new Set(Object.keys(JSON.parse(readFileSync(path.join(SCHEMAS, 'anno.jsonld'), 'utf8'))['@context']))
const TERMS = new Set([...ANNO_TERMS, ...Object.keys(CLAIMBOOK_CONTEXT), '@context'])
/** Every key of every object is a term of the context. */
function undefinedTerms(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => undefinedTerms(v, found))
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === '@context') continue
      if (!TERMS.has(key)) found.add(key)
      undefinedTerms(v, found)
    }
  }
  return found
}

const codePoints = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join('')

describe.each([
  ['the seed article with its gold claims', buildFixture],
  ['100 PolNeAR articles with their gold attributions', () => polnearInput()],
])('Web Annotations of %s', (_, make) => {
  const input: ExportInput = make()
  let collection: Collection
  let items: Annotation[]
  beforeAll(async () => {
    collection = JSON.parse(await buildWebAnnotations(input))
    items = collection.first.items
  }, 300_000)
  const claims = input.articles.flatMap((a) => a.claims.map((c) => ({ article: a, claim: c })))

  test('the collection and its page pass the collection checks', () => {
    expect(collectionChecks.map((check) => check(collection)).filter(Boolean)).toEqual([])
    expect(pageChecks.map((check) => check(collection.first)).filter(Boolean)).toEqual([])
    expect(collection.total).toBe(claims.length)
    expect(items).toHaveLength(claims.length)
  })

  test('each annotation passes the model’s MUST checks, body by body and selector by selector', () => {
    const failures: string[] = []
    for (const a of items) {
      failures.push(...annotationChecks.map((check) => check(a)))
      for (const body of a.body) failures.push(...bodyChecks.map((check) => check(body)))
      failures.push(...targetChecks.map((check) => check(a.target)))
      for (const selector of a.target.selector) failures.push(...selectorChecks[selector.type as keyof typeof selectorChecks].map((check) => check(selector)))
    }
    expect(failures.filter(Boolean).slice(0, 5)).toEqual([])
  })

  test('the selectors select each claim’s quote, by text and by position', () => {
    const byId = new Map(items.map((a) => [a.id, a]))
    for (const { article, claim } of claims) {
      const a = byId.get(`urn:claimbook:claim:${article.id}:${claim.id}`)!
      expect(a.target.source.id).toBe(`urn:claimbook:article:${article.id}`)
      const [quote, position] = a.target.selector
      const text = plainText(article.body)
      expect(quote.exact).toBe(claim.quote)
      expect(codePoints(text, position.start, position.end)).toBe(claim.quote)
      const prefix = quote.prefix ?? ''
      const suffix = quote.suffix ?? ''
      expect(text.slice(claim.start - prefix.length, claim.start)).toBe(prefix)
      expect(text.slice(claim.end, claim.end + suffix.length)).toBe(suffix)
    }
  })

  test('the body carries the kind, the actors, the event and the note', () => {
    const byId = new Map(items.map((a) => [a.id, a]))
    for (const { article, claim } of claims) {
      const body = byId.get(`urn:claimbook:claim:${article.id}:${claim.id}`)!.body
      expect(body.find((b) => b.role === 'kind')).toEqual({ type: 'TextualBody', purpose: 'tagging', value: claim.kind, role: 'kind' })
      expect(body.filter((b) => b.role === 'speaker').map((b) => b.source?.id)).toEqual(claim.speakers.map((id) => `urn:claimbook:actor:${id}`))
      expect(body.filter((b) => b.role === 'target').map((b) => b.source?.id)).toEqual(claim.targets.map((id) => `urn:claimbook:actor:${id}`))
      expect(body.find((b) => b.role === 'event')?.source?.id).toBe(claim.eventId ? `urn:claimbook:event:${claim.eventId}` : undefined)
      expect(body.find((b) => b.purpose === 'commenting')?.value).toBe(claim.note || undefined)
    }
  })

  test('every key is a term of the JSON-LD context, so expansion keeps it', () => {
    expect([...undefinedTerms(collection)]).toEqual([])
    expect(collection['@context']).toEqual(['http://www.w3.org/ns/anno.jsonld', CLAIMBOOK_CONTEXT])
    for (const a of items) expect(a['@context']).toEqual(collection['@context'])
  })
})

test('actors are named and typed: a person is a Person', async () => {
  const items = (JSON.parse(await buildWebAnnotations(buildFixture())) as Collection).first.items
  const speaker = items.flatMap((a) => a.body).find((b) => b.source?.id === `urn:claimbook:actor:${slug('Sergei Ryabkov')}`)
  expect(speaker?.source).toEqual({ id: `urn:claimbook:actor:${slug('Sergei Ryabkov')}`, type: 'Person', name: 'Sergei Ryabkov' })
})

test('the checks catch what breaks the model', async () => {
  const [a] = (JSON.parse(await buildWebAnnotations(buildFixture())) as Collection).first.items
  expect(annotationChecks.map((check) => check({ ...a, '@context': 'http://example.org/' })).filter(Boolean)).not.toEqual([])
  expect(selectorChecks.TextPositionSelector[0]({ type: 'TextPositionSelector', start: -1, end: 3 })).not.toBe('')
  expect(must('otherProperties.json#/definitions/createdValidIfPresent')({ created: '2020-12-24' })).not.toBe('')
})
