import { describe, expect, test } from 'vitest'
import { buildArtifact, buildClaimsCsv, buildHtmlReport, buildWorkspaceJson } from '../../../src/main/services/export'
import { buildFixture } from './fixture'

describe('buildArtifact', () => {
  const input = buildFixture()

  test.each([
    ['html', 'claimbook-report-2026-11-29.html', 'text/html;charset=utf-8', buildHtmlReport],
    ['csv', 'claimbook-claims-2026-11-29.csv', 'text/csv;charset=utf-8', buildClaimsCsv],
    ['json', 'claimbook-workspace-2026-11-29.json', 'application/json', buildWorkspaceJson],
  ] as const)('%s: names the file by date and type', async (format, fileName, mimeType, build) => {
    expect(await buildArtifact(format, input)).toEqual({ fileName, mimeType, data: build(input) })
  })

  test.each([
    ['md', 'claimbook-report-2026-11-29.md'],
    ['actors-csv', 'claimbook-actors-2026-11-29.csv'],
    ['webanno', 'claimbook-annotations-2026-11-29.jsonld'],
    ['docx', 'claimbook-report-2026-11-29.docx'],
    ['qdpx', 'claimbook-project-2026-11-29.qdpx'],
  ] as const)('%s: is named %s', async (format, fileName) => {
    expect((await buildArtifact(format, input)).fileName).toBe(fileName)
  })

  test('names a network after its kind, and a brat export is a folder that is also a zip', async () => {
    expect((await buildArtifact('graphml', input, { network: 'conflict' })).fileName).toBe('claimbook-network-conflict-2026-11-29.graphml')
    const brat = await buildArtifact('brat', input)
    expect(brat.fileName).toBe('claimbook-brat-2026-11-29.zip')
    expect(brat.files?.map((f) => f.name).sort()).toEqual(['annotation.conf', 'bad-to-worse.ann', 'bad-to-worse.txt', 'hostile.ann', 'hostile.txt'])
    expect(brat.data).toBeInstanceOf(Uint8Array)
  })

  test('takes the date as written in generatedAt, whatever its zone', async () => {
    expect((await buildArtifact('csv', { ...input, generatedAt: '2026-11-30T00:30:00+01:00' })).fileName).toBe('claimbook-claims-2026-11-30.csv')
    expect((await buildArtifact('json', { ...input, generatedAt: 'not a date' })).fileName).toBe('claimbook-workspace-undated.json')
  })

  test('stops when cancelled, and says where a PDF cannot be made', async () => {
    const controller = new AbortController()
    controller.abort()
    await expect(buildArtifact('csv', input, { signal: controller.signal })).rejects.toThrow(/abort/i)
    await expect(buildArtifact('pdf', input)).rejects.toThrow(/PDF export needs a PDF renderer/)
  })
})
