import { describe, expect, test } from 'vitest'
import { buildWorkspaceJson } from '../../../src/main/services/export'
import { Actor, Article, Event, SCHEMA_VERSION } from '../../../src/shared/domain'
import { buildFixture, GENERATED_AT } from './fixture'

describe('buildWorkspaceJson', () => {
  const input = buildFixture()
  const json = buildWorkspaceJson(input)

  test('is pretty-printed JSON with a format name and schema version', () => {
    expect(json).toMatch(/^\{\n {2}"format": "claimbook-export",\n {2}"schemaVersion": /)
    const data = JSON.parse(json)
    expect(data.format).toBe('claimbook-export')
    expect(data.schemaVersion).toBe(SCHEMA_VERSION)
    expect(data.generatedAt).toBe(GENERATED_AT)
  })

  test('round-trips every record, valid against the domain schemas', () => {
    const data = JSON.parse(json)
    expect(data.actors.map((a: unknown) => Actor.parse(a))).toEqual(input.actors)
    expect(data.events.map((e: unknown) => Event.parse(e))).toEqual(input.events)
    expect(data.articles.map((a: unknown) => Article.parse(a))).toEqual(input.articles)
    expect(data.articles[0].body).toEqual(input.articles[0].body)
  })
})
