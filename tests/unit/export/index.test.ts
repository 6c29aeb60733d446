import { describe, expect, test } from 'vitest'
import { buildClaimsCsv, buildExport, buildHtmlReport, buildWorkspaceJson } from '../../../src/main/services/export'
import { buildFixture } from './fixture'

describe('buildExport', () => {
  const input = buildFixture()

  test.each([
    ['html', 'claimbook-report-2026-11-29.html', 'text/html;charset=utf-8', buildHtmlReport],
    ['csv', 'claimbook-claims-2026-11-29.csv', 'text/csv;charset=utf-8', buildClaimsCsv],
    ['json', 'claimbook-workspace-2026-11-29.json', 'application/json', buildWorkspaceJson],
  ] as const)('%s: names the file by date and type', (format, fileName, mimeType, build) => {
    expect(buildExport(format, input)).toEqual({ fileName, mimeType, content: build(input) })
  })

  test('takes the date as written in generatedAt, whatever its zone', () => {
    expect(buildExport('csv', { ...input, generatedAt: '2026-11-30T00:30:00+01:00' }).fileName).toBe('claimbook-claims-2026-11-30.csv')
    expect(buildExport('json', { ...input, generatedAt: 'not a date' }).fileName).toBe('claimbook-workspace-undated.json')
  })
})
