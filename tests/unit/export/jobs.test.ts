// Long exports as jobs through the API (export.start, then the shared
// jobs.get and jobs.cancel): progress, cancel, failure, save (desktop) and
// download (browser); and writing an export to disk whole or not at all.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { afterAll, describe, expect, test } from 'vitest'
import type { ExportedFile } from '../../../src/shared/contract'
import type { ExportDownload, ExportJobStatus } from '../../../src/shared/contract-export'
import { buildArtifact } from '../../../src/main/services/export'
import type { PdfRenderer } from '../../../src/main/services/export/pdf'
import { writeArtifact } from '../../../src/main/services/export/write-output'
import { buildFixture } from './fixture'
import { polnearInput } from './polnear'
import { workspaceWith, type TestWorkspace } from './workspace'

const made: TestWorkspace[] = []
const dirs: string[] = []
afterAll(async () => {
  for (const ws of made) await ws.remove()
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})
const folder = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'claimbook-export-out-'))
  dirs.push(dir)
  return dir
}

async function until(ws: TestWorkspace, jobId: string, seen: ExportJobStatus[] = []): Promise<ExportJobStatus> {
  for (;;) {
    const status = await ws.call<ExportJobStatus>('jobs.get', { id: jobId })
    seen.push(status)
    if (status.state !== 'running') return status
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

describe('export jobs', () => {
  test('run in the background with progress, and the browser downloads the result', async () => {
    const ws = await workspaceWith(polnearInput())
    made.push(ws)
    const started = await ws.call<ExportJobStatus>('export.start', { format: 'qdpx' })
    expect(started).toMatchObject({ kind: 'export', state: 'running', summary: { format: 'qdpx', fileName: '' } })
    const jobId = started.id
    const seen: ExportJobStatus[] = []
    const done = await until(ws, jobId, seen)
    expect(done).toMatchObject({ id: jobId, state: 'done', summary: { format: 'qdpx', fileName: expect.stringMatching(/^claimbook-project-\d{4}-\d{2}-\d{2}\.qdpx$/) } })
    const download = await ws.call<ExportDownload>('export.download', { jobId })
    const bytes = Buffer.from(download.dataBase64, 'base64')
    expect(bytes.length).toBe(done.summary.size)
    expect(strFromU8(unzipSync(bytes)['project.qde'])).toContain('<Project')
    // Progress went through the articles, never backwards.
    const writing = seen.filter((s) => s.current === 'Writing sources')
    expect(writing.length, 'progress seen while the job ran').toBeGreaterThan(0)
    for (let i = 1; i < writing.length; i++) expect(writing[i].done).toBeGreaterThanOrEqual(writing[i - 1].done)
    expect(writing.every((s) => s.total === 100)).toBe(true)
  })

  test('a text job gives the same file as export.build', async () => {
    const ws = await workspaceWith(buildFixture())
    made.push(ws)
    const { id: jobId } = await ws.call<ExportJobStatus>('export.start', { format: 'csv', scope: { type: 'article', id: 'hostile' } })
    await until(ws, jobId)
    const download = await ws.call<ExportDownload>('export.download', { jobId })
    const built = await ws.call<ExportedFile>('export.build', { format: 'csv', scope: { type: 'article', id: 'hostile' } })
    expect(Buffer.from(download.dataBase64, 'base64').toString('utf8')).toBe(built.content)
  })

  test('can be cancelled: no file, and a clear answer when asked for one', async () => {
    let started!: () => void
    const rendering = new Promise<void>((resolve) => (started = resolve))
    // A renderer that never finishes until it is cancelled.
    const pdfRenderer: PdfRenderer = {
      render: (_html, _setup, signal) =>
        new Promise((_, reject) => {
          started()
          signal?.addEventListener('abort', () => reject(signal.reason), { once: true })
        }),
    }
    const ws = await workspaceWith(buildFixture(), { pdfRenderer })
    made.push(ws)
    const { id: jobId } = await ws.call<ExportJobStatus>('export.start', { format: 'pdf' })
    await rendering
    expect(await ws.call<ExportJobStatus>('jobs.get', { id: jobId })).toMatchObject({ state: 'running', current: 'Laying out the PDF', done: 0, total: 3 })
    await ws.call('jobs.cancel', { id: jobId })
    expect(await until(ws, jobId)).toMatchObject({ state: 'cancelled' })
    await expect(ws.call('export.download', { jobId })).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/was cancelled/) })
  })

  test('a failure is reported with its reason; an unknown job says how to recover', async () => {
    const pdfRenderer: PdfRenderer = { render: () => Promise.reject(new Error('the printer caught fire')) }
    const ws = await workspaceWith(buildFixture(), { pdfRenderer })
    made.push(ws)
    const { id: jobId } = await ws.call<ExportJobStatus>('export.start', { format: 'pdf' })
    expect(await until(ws, jobId)).toMatchObject({ state: 'failed', message: 'the printer caught fire' })
    await expect(ws.call('export.download', { jobId })).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/failed: the printer caught fire/) })
    await expect(ws.call('export.download', { jobId: 'nosuchjob' })).rejects.toMatchObject({ code: 'not-found', message: expect.stringMatching(/Start the export again/) })
    await expect(ws.call('export.start', { format: 'csv', scope: { type: 'event', id: 'nope' } })).rejects.toMatchObject({ code: 'not-found' })
  })

  test('the desktop saves the finished file through its own dialog; elsewhere saving says to download', async () => {
    const saved: { fileName: string; data: Uint8Array; mimeType: string }[] = []
    const ws = await workspaceWith(buildFixture(), { saveBytes: async (fileName, data, mimeType) => (saved.push({ fileName, data, mimeType }), { saved: true }) })
    made.push(ws)
    const { id: jobId } = await ws.call<ExportJobStatus>('export.start', { format: 'docx' })
    await until(ws, jobId)
    expect(await ws.call('export.save', { jobId })).toEqual({ saved: true })
    expect(saved[0]).toMatchObject({ fileName: expect.stringMatching(/\.docx$/), mimeType: expect.stringMatching(/wordprocessingml/) })
    expect(Buffer.from(saved[0].data.subarray(0, 2)).toString()).toBe('PK')
    const plain = await workspaceWith(buildFixture())
    made.push(plain)
    const job = await plain.call<ExportJobStatus>('export.start', { format: 'md' })
    await until(plain, job.id)
    await expect(plain.call('export.save', { jobId: job.id })).rejects.toMatchObject({ code: 'unknown-method', message: expect.stringMatching(/export\.download/) })
  })
})

describe('writing an export', () => {
  test('replaces the target whole and leaves no temporary file', async () => {
    const dir = folder()
    const target = path.join(dir, 'claims.csv')
    writeFileSync(target, 'the previous export')
    const artifact = await buildArtifact('csv', buildFixture())
    const written = await writeArtifact(artifact, target)
    expect(readFileSync(target, 'utf8')).toBe(artifact.data)
    expect(written).toMatchObject({ path: target, files: 1 })
    expect(readdirSync(dir)).toEqual(['claims.csv'])
  })

  test('a cancelled export writes nothing and keeps the previous file', async () => {
    const dir = folder()
    const target = path.join(dir, 'report.docx')
    writeFileSync(target, 'the previous export')
    const controller = new AbortController()
    controller.abort()
    await expect(buildArtifact('docx', buildFixture(), { signal: controller.signal }).then((a) => writeArtifact(a, target))).rejects.toThrow()
    expect(readFileSync(target, 'utf8')).toBe('the previous export')
    expect(readdirSync(dir)).toEqual(['report.docx'])
  })

  test('brat is a folder of files, or a zip when the target ends in .zip', async () => {
    const artifact = await buildArtifact('brat', buildFixture())
    const dir = path.join(folder(), 'brat')
    expect(await writeArtifact(artifact, dir)).toMatchObject({ files: 5 })
    expect(readdirSync(dir).sort()).toEqual(['annotation.conf', 'bad-to-worse.ann', 'bad-to-worse.txt', 'hostile.ann', 'hostile.txt'])
    const zip = path.join(folder(), 'brat.zip')
    await writeArtifact(artifact, zip)
    expect(Object.keys(unzipSync(readFileSync(zip))).sort()).toEqual(readdirSync(dir).sort())
  })

  test('says what is wrong with a target it cannot write', async () => {
    const artifact = await buildArtifact('csv', buildFixture())
    const dir = folder()
    await expect(writeArtifact(artifact, path.join(dir, 'missing', 'claims.csv'))).rejects.toThrow(/does not exist: create it first/)
    await expect(writeArtifact(artifact, dir)).rejects.toThrow(/is a folder: name a file/)
    expect(existsSync(path.join(dir, 'missing'))).toBe(false)
  })
})
