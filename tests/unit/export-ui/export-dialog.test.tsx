// @vitest-environment happy-dom
// The export dialog in a real React tree over a scripted `window.claimbook`:
// the scope in words, every format offered once with only the options that
// apply to it, and the job from Export to file: progress, then a save on
// the desktop or a download in the browser; Cancel stops the job and
// nothing is delivered; a failure is said plainly.
import { act } from 'react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { buildClient, type MethodName } from '../../../src/shared/contract'
import { EXPORT_FORMATS, TEXT_EXPORT_FORMATS, type ExportJobStatus, type ExportScope } from '../../../src/shared/contract-export'
import { ErrorProvider } from '../../../src/renderer/src/app/errors'
import { ExportButton } from '../../../src/renderer/src/features/export/ExportButton'
import { FORMAT_ENTRIES, FORMAT_GROUPS } from '../../../src/renderer/src/features/export/exportFormats'
import { scopeWords } from '../../../src/renderer/src/features/export/scopeWords'
import { rootPerTest } from '../helpers/react-root'

type Call = { method: MethodName; input: Record<string, unknown> }
let calls: Call[]
let answers: Partial<Record<MethodName, (input: Record<string, unknown>) => unknown>>
const mounted = rootPerTest()

const job = (patch: Partial<ExportJobStatus>): ExportJobStatus => ({
  id: 'job1',
  kind: 'export',
  state: 'running',
  done: 0,
  total: null,
  current: '',
  startedAt: '2026-11-29T13:00:00Z',
  finishedAt: null,
  message: '',
  summary: { format: 'csv', fileName: '', size: 0 },
  ...patch,
})
const finished = job({ state: 'done', summary: { format: 'csv', fileName: 'claimbook-claims-2026-11-29.csv', size: 2048 } })
const methodsCalled = () => calls.map((c) => c.method)

beforeEach(() => {
  calls = []
  answers = {
    'events.list': () => [{ id: 'ev1', name: 'Budget vote', claimCount: 3 }],
    'actors.list': () => [{ id: 'ac1', name: 'Kremlin', claimCount: 2 }],
    'export.start': () => job({ done: 0, total: 10, current: 'Writing rows' }),
  }
  window.claimbook = buildClient(async (method, input) => {
    calls.push({ method, input: input as Record<string, unknown> })
    const answer = answers[method]
    if (!answer) throw new Error(`unexpected call ${method}`)
    return answer(input as Record<string, unknown>)
  })
})

async function open(scope: ExportScope) {
  await act(async () =>
    mounted.root.render(
      <ErrorProvider>
        <ExportButton scope={scope} />
      </ErrorProvider>,
    ),
  )
  await act(async () => mounted.host.querySelector<HTMLButtonElement>('[data-testid="export-open"]')!.click())
}
const $ = <T extends Element = HTMLElement>(testId: string) => mounted.host.querySelector<T>(`[data-testid="${testId}"]`)
const text = (testId: string) => $(testId)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
async function click(testId: string) {
  await act(async () => $(testId)!.click())
}
async function choose(format: string) {
  await act(async () => $<HTMLLabelElement>(`export-format-${format}`)!.querySelector('input')!.click())
}

describe('the formats offered', () => {
  it('lists every export format once, reports apart from data', () => {
    expect(FORMAT_ENTRIES.map((e) => e.format).sort()).toEqual([...EXPORT_FORMATS].sort())
    expect(FORMAT_GROUPS.map((g) => [g.title, g.formats.map((f) => f.format)])).toEqual([
      ['Reports', ['html', 'pdf', 'docx', 'md']],
      ['Data', ['csv', 'actors-csv', 'json', 'graphml', 'webanno', 'qdpx', 'brat']],
    ])
    // Full text only changes reports; the network only GraphML.
    for (const entry of FORMAT_ENTRIES) {
      expect(entry.options.includes('fullText'), entry.format).toBe(['html', 'pdf', 'docx', 'md'].includes(entry.format))
      expect(entry.options.includes('network'), entry.format).toBe(entry.format === 'graphml')
      expect(entry.opensWith.length).toBeGreaterThan(20)
    }
    // Binary and folder formats are the ones that need a job: all go through one.
    expect(TEXT_EXPORT_FORMATS.length).toBeLessThan(EXPORT_FORMATS.length)
  })

  it('says the scope in words', () => {
    expect(scopeWords({ type: 'workspace' })).toBe('the workspace')
    expect(scopeWords({ type: 'article', id: 'a1' })).toBe('this article')
    expect(scopeWords({ type: 'articles', ids: ['a1', 'a2', 'a1'] })).toBe('2 articles')
    expect(scopeWords({ type: 'articles', ids: ['a1'] })).toBe('1 article')
    expect(scopeWords({ type: 'event', id: 'ev1' }, 'Budget vote')).toBe('the event “Budget vote”')
    expect(scopeWords({ type: 'actor', id: 'ac1' }, 'Kremlin')).toBe('the actor “Kremlin”')
  })
})

describe('the export dialog', () => {
  it('names the event it exports and shows only the options that apply', async () => {
    await open({ type: 'event', id: 'ev1' })
    await vi.waitFor(() => expect(text('export-scope')).toBe('Exporting the event “Budget vote”'))
    expect($('export-full-text')).not.toBeNull()
    expect($('export-network')).toBeNull()
    await choose('graphml')
    expect($('export-full-text')).toBeNull()
    expect($('export-network')).not.toBeNull()
    await choose('csv')
    expect($('export-network')).toBeNull()
    expect($('export-notes')).not.toBeNull()
    // Without any kind of claim there is nothing to export: said, and Export is off.
    for (const kind of ['assertion', 'denial', 'attribution']) await click(`export-kind-${kind}`)
    expect($<HTMLButtonElement>('export-start')!.disabled).toBe(true)
    expect(mounted.host.textContent).toContain('Choose at least one kind of claim')
    await click('export-kind-denial')
    expect($<HTMLButtonElement>('export-start')!.disabled).toBe(false)
    // The next dialog offers the last choice again: put every kind back.
    await click('export-kind-assertion')
    await click('export-kind-attribution')
  })

  // The desktop case first: the dialog learns from the first 'unknown-method'
  // answer that it runs in a browser, and remembers it.
  it('on the desktop, follows the job and saves its file through the save dialog', async () => {
    let polls = 0
    answers['jobs.get'] = () => (++polls < 2 ? job({ done: 4, total: 10, current: 'Writing rows' }) : finished)
    answers['export.save'] = () => ({ saved: true })
    await open({ type: 'article', id: 'a1' })
    expect(text('export-scope')).toBe('Exporting this article')
    await choose('csv')
    await click('export-notes')
    await click('export-start')
    expect(calls.find((c) => c.method === 'export.start')!.input).toEqual({
      format: 'csv',
      scope: { type: 'article', id: 'a1' },
      options: { kinds: ['assertion', 'denial', 'attribution'], notes: false, tags: true, fullText: true, network: 'two-mode-event' },
    })
    expect($('export-progress')).not.toBeNull()
    expect(text('export-phase')).toMatch(/Writing rows — \d+ of 10/)
    expect($('export-cancel')).not.toBeNull()
    await vi.waitFor(() => expect(text('export-status')).toBe('Saved claimbook-claims-2026-11-29.csv (2.0 KB).'), { timeout: 3000 })
    expect(calls.find((c) => c.method === 'export.save')!.input).toEqual({ jobId: 'job1' })
    expect(methodsCalled()).not.toContain('export.download')
  })

  it('in the browser, downloads the finished file as bytes', async () => {
    answers['jobs.get'] = () => finished
    answers['export.save'] = () => {
      throw Object.assign(new Error('Saving files is not available here: download the file with export.download.'), { code: 'unknown-method' })
    }
    answers['export.download'] = () => ({ fileName: finished.summary.fileName, mimeType: 'text/csv;charset=utf-8', dataBase64: btoa('a,b\n1,2\n') })
    answers['file.save'] = () => ({ saved: true })
    await open({ type: 'workspace' })
    await choose('csv')
    await click('export-start')
    await vi.waitFor(() => expect(text('export-status')).toBe('Downloaded claimbook-claims-2026-11-29.csv (2.0 KB).'), { timeout: 3000 })
    expect(calls.find((c) => c.method === 'file.save')!.input).toEqual({ fileName: finished.summary.fileName, mimeType: 'text/csv;charset=utf-8', content: btoa('a,b\n1,2\n'), encoding: 'base64' })
  })

  it('cancels a running export and delivers nothing, even if the job ends at that moment', async () => {
    let cancelled = false
    answers['jobs.get'] = () => (cancelled ? finished : job({ done: 1, total: 100, current: 'Writing sources' }))
    answers['jobs.cancel'] = () => ((cancelled = true), job({ state: 'running' }))
    answers['export.save'] = () => ({ saved: true })
    await open({ type: 'workspace' })
    await choose('qdpx')
    await click('export-start')
    await vi.waitFor(() => expect(methodsCalled()).toContain('jobs.get'), { timeout: 3000 })
    await click('export-cancel')
    expect(calls.find((c) => c.method === 'jobs.cancel')!.input).toEqual({ id: 'job1' })
    expect(text('export-status')).toBe('Export cancelled: nothing was saved.')
    await act(() => new Promise((resolve) => setTimeout(resolve, 600)))
    expect(methodsCalled()).not.toContain('export.save')
    expect(methodsCalled()).not.toContain('export.download')
    expect(text('export-status')).toBe('Export cancelled: nothing was saved.')
    // The dialog is ready for another try.
    expect($('export-start')).not.toBeNull()
  })

  it('says why an export failed and keeps the choices for another try', async () => {
    answers['jobs.get'] = () => job({ state: 'failed', message: 'PDF export needs Chromium and none was found' })
    await open({ type: 'actor', id: 'ac1' })
    await vi.waitFor(() => expect(text('export-scope')).toBe('Exporting the actor “Kremlin”'))
    await choose('pdf')
    await click('export-start')
    await vi.waitFor(() => expect(text('export-error')).toContain('The export failed: PDF export needs Chromium and none was found. Your workspace is unchanged'), { timeout: 3000 })
    expect($<HTMLInputElement>('export-format-pdf')!.querySelector('input')!.checked).toBe(true)
    expect($('export-start')).not.toBeNull()
  })

  it('closing the dialog during an export stops the job', async () => {
    answers['jobs.get'] = () => job({ done: 1, total: 100, current: 'Writing sources' })
    answers['jobs.cancel'] = () => job({ state: 'cancelled' })
    await open({ type: 'workspace' })
    await click('export-start')
    await vi.waitFor(() => expect(methodsCalled()).toContain('jobs.get'), { timeout: 3000 })
    await act(async () => mounted.host.querySelector<HTMLButtonElement>('.modal-close')!.click())
    expect($('export-dialog')).toBeNull()
    await vi.waitFor(() => expect(methodsCalled()).toContain('jobs.cancel'))
  })
})
