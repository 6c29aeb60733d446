// The workspace JSON goes back into an empty workspace to the same state:
// export → import → export gives the same bytes (same generatedAt), and the
// imported workspace, reopened from disk, holds the same records.
import { afterAll, describe, expect, test } from 'vitest'
import type { ExportInput } from '../../../src/main/services/export'
import { runExport } from '../../../src/main/services/export/run-export'
import { ExportRequest } from '../../../src/shared/contract-export'
import { SCHEMA_VERSION } from '../../../src/shared/domain'
import { WorkspaceStore } from '../../../src/main/services/store/workspace-store'
import { seed } from '../helpers'
import { buildFixture, GENERATED_AT } from './fixture'
import { polnearInput } from './polnear'
import { emptyWorkspace, workspaceWith, type TestWorkspace } from './workspace'

const made: TestWorkspace[] = []
afterAll(async () => {
  for (const ws of made) await ws.remove()
})
const track = (ws: TestWorkspace) => (made.push(ws), ws)

const JSON_REQUEST = ExportRequest.parse({ format: 'json' })
async function exportJson(ws: TestWorkspace): Promise<string> {
  return String((await runExport(ws.store, JSON_REQUEST, { generatedAt: GENERATED_AT })).data)
}

async function roundTrip(first: TestWorkspace): Promise<{ exported: string; again: string; target: TestWorkspace }> {
  const exported = await exportJson(first)
  const target = track(await emptyWorkspace())
  const summary = await target.call<{ articles: number; claims: number }>('workspace.importJson', { content: exported })
  expect(summary.articles).toBe(first.store.allArticles().length)
  expect(summary.claims).toBe(first.store.allArticles().reduce((n, a) => n + a.claims.length, 0))
  return { exported, again: await exportJson(target), target }
}

describe.each([
  ['the seed article with its gold claims', buildFixture],
  ['100 PolNeAR articles with their gold attributions', () => polnearInput()],
])('JSON round trip of %s', (_, make) => {
  test('export → import into an empty workspace → export is byte for byte the same', async () => {
    const input: ExportInput = make()
    const first = track(await workspaceWith(input))
    const { exported, again, target } = await roundTrip(first)
    expect(again).toBe(exported)
    // The imported workspace on disk, reopened, is the same workspace.
    await target.store.close()
    const reopened = await WorkspaceStore.open(target.dir)
    try {
      expect(reopened.problems).toEqual([])
      expect(String((await runExport(reopened, JSON_REQUEST, { generatedAt: GENERATED_AT })).data)).toBe(exported)
      expect([...reopened.actors]).toEqual(input.actors)
      expect([...reopened.events]).toEqual(input.events)
      expect(reopened.allArticles().sort((a, b) => a.id.localeCompare(b.id))).toEqual([...input.articles].sort((a, b) => a.id.localeCompare(b.id)))
    } finally {
      await reopened.close()
    }
  })
})

test('a workspace built through the API (records in code order, not schema order) round-trips too', async () => {
  const ws = track(await emptyWorkspace())
  const article = await ws.call<{ id: string; body: unknown }>('articles.importFile', { fileName: 'bad-to-worse.txt', dataBase64: seed('bad-to-worse.txt').toString('base64') })
  const actor = await ws.call<{ id: string }>('actors.create', { name: 'Sergei Ryabkov', type: 'person', aliases: ['Ryabkov'] })
  const event = await ws.call<{ id: string }>('events.create', { name: 'US-Russia relations', date: '2020-12-23' })
  const { addClaimMark, findQuote } = await import('../../../src/shared/body')
  const { Body } = await import('../../../src/shared/domain')
  const body = Body.parse(article.body)
  const at = findQuote(body, 'Sergei Ryabkov has accused')!
  const saved = await ws.call<{ claims: { id: string }[] }>('articles.saveBody', { id: article.id, body: addClaimMark(body, at.start, at.end + 40, 'c1', 'attribution') })
  await ws.call('claims.update', { articleId: article.id, claimId: saved.claims[0].id, patch: { speakers: [actor.id], eventId: event.id, note: 'Ryabkov blames the incoming administration.' } })
  const { exported, again } = await roundTrip(ws)
  expect(again).toBe(exported)
  expect(JSON.parse(exported).articles[0].claims[0].note).toBe('Ryabkov blames the incoming administration.')
})

describe('importing a JSON export', () => {
  test('refuses a workspace that is not empty, and says what to do', async () => {
    const ws = track(await workspaceWith(buildFixture()))
    const exported = await exportJson(ws)
    await expect(ws.call('workspace.importJson', { content: exported })).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/only be imported into an empty workspace.*Create a new workspace/) })
  })

  test('refuses files that are not Claimbook exports, with a message that names the problem', async () => {
    const ws = track(await emptyWorkspace())
    const good = JSON.parse(await exportJson(track(await workspaceWith(buildFixture()))))
    const cases: [string, RegExp][] = [
      ['{ not json', /not JSON/],
      [JSON.stringify({ format: 'something-else' }), /not a Claimbook export/],
      [JSON.stringify({ ...good, schemaVersion: SCHEMA_VERSION + 1 }), /newer Claimbook.*Update Claimbook/],
      [JSON.stringify({ ...good, actors: [...good.actors, good.actors[0]] }), /two actors with the id/],
      [JSON.stringify({ ...good, articles: [{ ...good.articles[0], id: '../evil' }] }), /damaged at articles\.0\.id/],
    ]
    for (const [content, message] of cases) await expect(ws.call('workspace.importJson', { content }), message.source).rejects.toMatchObject({ code: 'bad-file', message: expect.stringMatching(message) })
    await expect(ws.call('workspace.importJson', { content: '' })).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/empty/) })
    // Nothing was written: the workspace is still empty and takes a good file.
    expect(ws.store.allArticles()).toEqual([])
    expect(ws.store.actors).toEqual([])
    await expect(ws.call('workspace.importJson', { content: JSON.stringify(good) })).resolves.toMatchObject({ articles: 2 })
  })
})
