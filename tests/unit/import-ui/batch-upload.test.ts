// The renderer's side of a batch import, against the real handlers: files
// are grouped into calls (import.start, then import.add), hidden system
// files and files too large to send are left out with a reason, brat .ann
// files travel before their texts, a file that cannot be read fails alone,
// and a cancel stops the sending and keeps what arrived.
import { describe, expect, it } from 'vitest'
import { jobsFor } from '../../../src/main/services/import/import-jobs'
import { buildClient, type MethodName } from '../../../src/shared/contract'
import { MAX_UPLOAD_BASE64, type ImportJobStatus } from '../../../src/shared/contract-import'
import { sendBatch } from '../../../src/renderer/src/features/import/sendBatch'
import { CALL_MAX_FILES, planUpload, type PickedFile } from '../../../src/renderer/src/features/import/uploadPlan'
import { dispatch } from '../../../src/main/services/api'
import { openTemp } from '../helpers'

const picked = (name: string, text: string): PickedFile => {
  const bytes = new TextEncoder().encode(text)
  return { name, size: bytes.length, read: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer }
}
const article = (i: number) => picked(`folder/article-${i}.txt`, `Article number ${i}\n\nThe body of article ${i}, about the harbour ledger ${i * 7}.\n`)

/** A client over the real handlers, counting the calls of each method. */
async function workspace() {
  const temp = await openTemp()
  const calls: MethodName[] = []
  const client = buildClient(async (method, input) => {
    calls.push(method)
    const envelope = await dispatch(temp.handlers, method, input)
    if (!envelope.ok) throw new Error(envelope.error.message)
    return envelope.value
  })
  return { ...temp, client, calls }
}

describe('planning an upload', () => {
  it('leaves out system files, refuses files too large to send, and puts .ann files first', () => {
    const files: PickedFile[] = [
      picked('corpus/b.txt', 'b'),
      picked('corpus/.DS_Store', 'x'),
      picked('corpus/~$draft.docx', 'x'),
      picked('corpus/a_4e07.ann', 'T1\tSource 0 1\tA'),
      picked('corpus/a.txt', 'a'),
      { name: 'huge.txt', size: MAX_UPLOAD_BASE64, read: async () => new ArrayBuffer(0) },
    ]
    const plan = planUpload(files)
    expect(plan.ignored).toBe(2)
    expect(plan.refused).toHaveLength(1)
    expect(plan.refused[0].file).toBe('huge.txt')
    expect(plan.refused[0].reason).toMatch(/larger than 72 MB.*desktop app|command line/)
    expect(plan.calls.flat().map((f) => f.name)).toEqual(['corpus/a_4e07.ann', 'corpus/a.txt', 'corpus/b.txt'])
    expect(plan.counted).toBe(2)
  })

  it('splits many files over calls of bounded count', () => {
    const plan = planUpload(Array.from({ length: 2 * CALL_MAX_FILES + 5 }, (_, i) => article(i)))
    expect(plan.calls.map((c) => c.length)).toEqual([CALL_MAX_FILES, CALL_MAX_FILES, 5])
    // Name order with numbers read as numbers.
    expect(plan.calls[0].slice(0, 3).map((f) => f.name)).toEqual(['folder/article-0.txt', 'folder/article-1.txt', 'folder/article-2.txt'])
  })
})

describe('sending a batch', () => {
  it('starts the job with the first call, adds the rest, and the job imports every file', async () => {
    const { client, calls, store } = await workspace()
    const files = Array.from({ length: CALL_MAX_FILES + 30 }, (_, i) => article(i))
    let started: ImportJobStatus | null = null
    const result = await sendBatch(client, planUpload(files), { onDuplicate: 'skip' }, { signal: new AbortController().signal, onStarted: (s) => (started = s) })
    expect(started!.total).toBe(files.length)
    expect(calls.filter((m) => m === 'import.start')).toHaveLength(1)
    expect(calls.filter((m) => m === 'import.add')).toHaveLength(1)
    const end = (await jobsFor(store).wait(result.jobId!)) as ImportJobStatus
    expect(end.state).toBe('done')
    expect(end.summary.imported).toBe(files.length)
    expect(store.allArticles()).toHaveLength(files.length)
  })

  it('lists a file that cannot be read and imports the others', async () => {
    const { client, store } = await workspace()
    const gone: PickedFile = { name: 'moved-away.txt', size: 10, read: async () => Promise.reject(new Error('NotFoundError')) }
    const result = await sendBatch(client, planUpload([article(1), gone, article(2)]), { onDuplicate: 'skip' }, { signal: new AbortController().signal, onStarted: () => undefined })
    expect(result.unreadable).toEqual([{ file: 'moved-away.txt', reason: expect.stringMatching(/could not be read from your disk \(NotFoundError\).*import it again/) }])
    const end = (await jobsFor(store).wait(result.jobId!)) as ImportJobStatus
    expect(end.summary.imported).toBe(2)
  })

  it('closes the job even when the only call had no readable file', async () => {
    const { client, store } = await workspace()
    const gone: PickedFile = { name: 'gone.txt', size: 10, read: async () => Promise.reject(new Error('gone')) }
    const result = await sendBatch(client, planUpload([gone]), { onDuplicate: 'skip' }, { signal: new AbortController().signal, onStarted: () => undefined })
    const end = (await jobsFor(store).wait(result.jobId!)) as ImportJobStatus
    expect(end.state).toBe('done')
    expect(store.allArticles()).toHaveLength(0)
  })

  it('sends brat annotations with their texts, so they become claims', async () => {
    const { client, store } = await workspace()
    const text = 'Minister Jones said the port would close.'
    const ann = 'T1\tSource 0 14\tMinister Jones\nT2\tCue 15 19\tsaid\nT3\tContent 20 41\tthe port would close.\nE1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n'
    const result = await sendBatch(client, planUpload([picked('c/port.txt', text), picked('c/port.ann', ann)]), { onDuplicate: 'skip' }, { signal: new AbortController().signal, onStarted: () => undefined })
    const end = (await jobsFor(store).wait(result.jobId!)) as ImportJobStatus
    expect(end.summary.imported).toBe(1)
    expect(end.summary.claims).toBeGreaterThan(0)
  })

  it('stops sending on cancel: what arrived stays, the rest never comes', async () => {
    const { client, calls, store } = await workspace()
    const controller = new AbortController()
    const files = Array.from({ length: 3 * CALL_MAX_FILES }, (_, i) => article(i))
    const result = await sendBatch(client, planUpload(files), { onDuplicate: 'skip' }, {
      signal: controller.signal,
      onStarted: (status) => {
        // Cancelled as soon as the job exists, as the Cancel button does.
        controller.abort()
        void client.jobs.cancel({ id: status.id })
      },
    })
    expect(calls.filter((m) => m === 'import.add')).toHaveLength(0)
    const end = (await jobsFor(store).wait(result.jobId!)) as ImportJobStatus
    expect(end.state).toBe('cancelled')
    expect(end.summary.imported).toBeLessThan(files.length)
    expect(store.allArticles()).toHaveLength(end.summary.imported)
  })

  it('imports a duplicate only when asked to keep both', async () => {
    const { client, store } = await workspace()
    const twice = [picked('one.txt', 'Same words\n\nIn both files.'), picked('two.txt', 'Same words\n\nIn both files.')]
    const skip = await sendBatch(client, planUpload(twice), { onDuplicate: 'skip' }, { signal: new AbortController().signal, onStarted: () => undefined })
    const skipped = (await jobsFor(store).wait(skip.jobId!)) as ImportJobStatus
    expect([skipped.summary.imported, skipped.summary.duplicates]).toEqual([1, 1])
    const keep = await sendBatch(client, planUpload(twice), { onDuplicate: 'keep' }, { signal: new AbortController().signal, onStarted: () => undefined })
    const kept = (await jobsFor(store).wait(keep.jobId!)) as ImportJobStatus
    expect(kept.summary.imported).toBe(2)
    expect(store.allArticles()).toHaveLength(3)
  })
})
