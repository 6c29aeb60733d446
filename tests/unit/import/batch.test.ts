// Batch imports as jobs: bad input of every kind (each with a clear message
// in the summary, nothing in the workspace changed), a folder of 10,000
// files, uploads in several calls, duplicates, cancelling.
import { mkdirSync, truncateSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ImportJobStatus, ImportSummary } from '../../../src/shared/contract-import'
import { parseFile } from '../../../src/main/services/import'
import { jobsFor, startImport } from '../../../src/main/services/import/import-jobs'
import { ParsePool } from '../../../src/main/services/import/parse-pool'
import { PathSource } from '../../../src/main/services/import/path-source'
import { ZIP_LIMITS } from '../../../src/main/services/import/zip-guard'
import { libraryIndexFor } from '../../../src/main/services/search/library-index'
import type { WorkspaceStore } from '../../../src/main/services/store/workspace-store'
import { openTemp, seed, tempDir } from '../helpers'
import { BAD_FILES, snapshot, zipBomb } from './fixtures'
import { makePdf } from './pdf-fixture'

const workspace = () => openTemp()

const b64 = (data: Uint8Array | string) => Buffer.from(data).toString('base64')

async function finished(store: WorkspaceStore, status: ImportJobStatus): Promise<ImportJobStatus> {
  return (await jobsFor(store).wait(status.id)) as ImportJobStatus
}

/** A workspace with an article, an actor and a saved search index: what a
 * failed import must leave exactly as it was. */
async function populated() {
  const ws = await workspace()
  await ws.call('articles.create', { meta: { title: 'Kept article', outlet: 'RFE/RL' }, text: 'An article that is already here.\n\nIt must not change.' })
  await ws.call('actors.create', { name: 'Sergei Ryabkov', type: 'person' })
  await (await libraryIndexFor(ws.store)).flush()
  await ws.store.flushCatalog()
  return ws
}

describe('bad input', () => {
  it('gives every bad file a clear message and changes nothing in the workspace', async () => {
    const { store, dir } = await populated()
    const before = snapshot(dir)
    const folder = tempDir()
    for (const [name, file] of Object.entries(BAD_FILES)) writeFileSync(path.join(folder, name), file.bytes())
    // 50 MB of text, as a sparse file: refused on its size before it is read.
    writeFileSync(path.join(folder, 'huge.txt'), '')
    truncateSync(path.join(folder, 'huge.txt'), 50 * 1024 * 1024)
    writeFileSync(path.join(folder, 'orphan.ann'), 'T1\tSource 0 3\tabc\n')

    const status = await finished(store, await startImport(store, new PathSource([folder, path.join(folder, 'missing.txt')]), { onDuplicate: 'skip', annotators: 'first' }))
    const s = status.summary
    expect(status.state).toBe('done')
    expect(s.imported).toBe(0)
    const reasons = Object.fromEntries(s.failures.map((f) => [path.basename(f.file), f.reason]))
    for (const [name, file] of Object.entries(BAD_FILES)) expect(reasons[name], name).toMatch(file.message)
    expect(reasons['huge.txt']).toMatch(/“huge\.txt” is 50\.0 MB; Claimbook imports \.txt files up to 10\.0 MB.*split it into one file per article/)
    expect(reasons['missing.txt']).toBe('no such file')
    expect(s.failed).toBe(Object.keys(BAD_FILES).length + 2)
    expect(s.skips).toEqual([{ file: expect.stringMatching(/orphan\.ann$/), reason: expect.stringMatching(/without a \.txt file of the same name/) }])
    expect(snapshot(dir)).toEqual(before)
  })

  it('imports text with a few invalid UTF-8 bytes, and says so in the summary', async () => {
    const { store } = await workspace()
    const folder = tempDir()
    writeFileSync(path.join(folder, 'broken.txt'), Buffer.concat([Buffer.from('Café “news” today. '), Buffer.from([0xff, 0xfe, 0xfd]), Buffer.from(' The end.')]))
    const { summary } = await finished(store, await startImport(store, new PathSource([folder]), { onDuplicate: 'skip', annotators: 'first' }))
    expect(summary.imported).toBe(1)
    expect(summary.warnings).toEqual([{ file: expect.stringMatching(/broken\.txt$/), message: expect.stringMatching(/not valid UTF-8; they were replaced by “\uFFFD”/) }])
  })

  it('refuses a zip whose parts declare more than 200 MB in all, without unpacking it', () => {
    const saved = ZIP_LIMITS.totalBytes
    ZIP_LIMITS.totalBytes = 8 * 1024 * 1024 // the same check, on a small fixture
    try {
      return expect(parseFile('big.docx', zipBomb(9))).rejects.toThrow(/would take more than 8 MB once unpacked.*zip bomb/)
    } finally {
      ZIP_LIMITS.totalBytes = saved
    }
  })

  it('walks a folder of 10,000 files, reporting progress all the way, and loses nothing', async () => {
    const { store, dir } = await populated()
    const before = snapshot(dir)
    const folder = tempDir()
    for (let i = 0; i < 10; i++) {
      const sub = path.join(folder, `part${i}`)
      mkdirSync(sub)
      for (let j = 0; j < 1_000; j++) writeFileSync(path.join(sub, `empty-${j}.txt`), '')
    }
    const started = await startImport(store, new PathSource([folder]), { onDuplicate: 'skip', annotators: 'first' })
    const seen: { done: number; total: number | null }[] = []
    while (jobsFor(store).get(started.id)!.state === 'running') {
      const { done, total } = jobsFor(store).get(started.id)!
      seen.push({ done, total })
      await new Promise((r) => setTimeout(r, 20))
    }
    const status = jobsFor(store).get(started.id) as ImportJobStatus
    expect(status).toMatchObject({ state: 'done', done: 10_000, total: 10_000 })
    expect(status.summary).toMatchObject({ imported: 0, failed: 10_000 })
    expect(status.summary.failures[0].reason).toMatch(/is empty/)
    // Progress was visible while it ran, with the total known early.
    expect(seen.some((p) => p.total === 10_000 && p.done > 0 && p.done < 10_000)).toBe(true)
    expect(snapshot(dir)).toEqual(before)
  })
})

describe('batch import through the API', () => {
  it('takes files over several calls, reports progress and a summary, and never stops for a bad file', async () => {
    const { call, store } = await workspace()
    const started = await call<ImportJobStatus>('import.start', { expectedFiles: 4, more: true, files: [{ fileName: 'bad-to-worse.html', dataBase64: b64(seed('bad-to-worse.html')) }] })
    expect(started).toMatchObject({ kind: 'import', total: 4 })
    await call('import.add', { jobId: started.id, files: [{ fileName: 'empty.txt', dataBase64: '' }], more: true })
    await call('import.add', { jobId: started.id, files: [{ fileName: 'bad-to-worse.docx', dataBase64: b64(seed('bad-to-worse.docx')) }], more: true })
    await call('import.add', { jobId: started.id, files: [{ fileName: 'copy of bad-to-worse.docx', dataBase64: b64(seed('bad-to-worse.docx')) }], more: false })
    const status = await finished(store, started)
    expect(status).toMatchObject({ state: 'done', done: 4, total: 4, current: '' })
    const s: ImportSummary = status.summary
    expect(s).toMatchObject({ imported: 2, failed: 1, duplicates: 1, parsing: 'worker' })
    expect(s.failures).toEqual([{ file: 'empty.txt', reason: '“empty.txt” is empty.' }])
    // The copy holds the same text as the first .docx: recognised, skipped.
    expect(s.duplicateFiles).toEqual([{ file: 'copy of bad-to-worse.docx', existingId: s.recent[1].articleId, existingTitle: 'Russia sees relations with US going ‘from bad to worse’', kept: false, articleId: null }])
    expect(s.recent.map((r) => r.file)).toEqual(['bad-to-worse.html', 'bad-to-worse.docx'])
    const list = await call<{ total: number }>('library.query', {})
    expect(list.total).toBe(2)
    await expect(call('import.add', { jobId: started.id, files: [], more: false })).rejects.toThrow(/does not take more files/)
  })

  it('keeps both copies of the same text when asked to', async () => {
    const { call, store } = await workspace()
    const text = 'The same article.\n\nSaved twice, once with\u00a0a non-breaking space and “curly” quotes.'
    const started = await call<ImportJobStatus>('import.start', {
      onDuplicate: 'keep',
      files: [
        { fileName: 'a.txt', dataBase64: b64(text) },
        { fileName: 'b.txt', dataBase64: b64(text.replace('\u00a0', ' ').replace(/[“”]/g, '"')) },
      ],
    })
    const { summary } = await finished(store, started)
    expect(summary).toMatchObject({ imported: 2, duplicates: 1 })
    expect(summary.duplicateFiles[0]).toMatchObject({ file: 'b.txt', existingId: summary.recent[0].articleId, kept: true, articleId: summary.recent[1].articleId })
  })

  it('can be cancelled: it stops between files and keeps what it imported', async () => {
    const { call, store } = await workspace()
    const started = await call<ImportJobStatus>('import.start', { more: true, files: [{ fileName: 'one.txt', dataBase64: b64('The first article of the batch.') }] })
    while ((await call<ImportJobStatus>('jobs.get', { id: started.id })).done < 1) await new Promise((r) => setTimeout(r, 10))
    const cancelled = await call<ImportJobStatus>('jobs.cancel', { id: started.id })
    expect(cancelled.message).toBe('Cancelled by the user.')
    const status = await finished(store, started)
    expect(status.state).toBe('cancelled')
    expect(status.summary.imported).toBe(1)
    expect(store.allArticles()).toHaveLength(1)
    await expect(call('import.add', { jobId: started.id, files: [], more: false })).rejects.toThrow(/does not take more files/)
    expect((await call<ImportJobStatus[]>('jobs.list', {})).map((j) => j.id)).toContain(started.id)
  })

  it('refuses a metadata table that does not have the mapped columns before reading any file', async () => {
    const { call } = await workspace()
    const table = { fileName: 'meta.csv', dataBase64: b64('file,headline\na.txt,A\n'), mapping: { file: 'file', title: 'title' } }
    await expect(call('import.start', { metadata: table, files: [], more: true })).rejects.toMatchObject({ code: 'bad-file', message: expect.stringMatching(/no column “title”. Its columns are: “file”, “headline”/) })
  })
})

describe('the parser worker', () => {
  it('stops a file that takes too long and goes on with the next', async () => {
    const pool = new ParsePool(1)
    await expect(pool.parse('slow.pdf', makePdf([[{ text: 'Some text.', y: 700 }]]))).rejects.toThrow(/took more than 0 seconds to read and was skipped/)
    await pool.close()
    const fresh = new ParsePool()
    expect((await fresh.parse('ok.txt', new TextEncoder().encode('Fine text.'))).paragraphs).toEqual(['Fine text.'])
    expect(fresh.mode).toBe('worker')
    await fresh.close()
  })
})
