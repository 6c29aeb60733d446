// @vitest-environment happy-dom
// The batch import as the page runs it: useBatchImport sends the files to
// the real handlers, polls the job and ends with a summary that lists every
// failed file with the importer's reason, as text (a file name is never
// markup), and the duplicate that was skipped.
import { act } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../../src/main/services/api'
import { BatchSummary } from '../../../src/renderer/src/features/import/BatchSummary'
import type { PickedFile } from '../../../src/renderer/src/features/import/uploadPlan'
import { useBatchImport, type BatchImport } from '../../../src/renderer/src/features/import/useBatchImport'
import { ErrorProvider } from '../../../src/renderer/src/app/errors'
import { buildClient } from '../../../src/shared/contract'
import { openTemp } from '../helpers'
import { rootPerTest } from '../helpers/react-root'

const mounted = rootPerTest()
afterEach(() => {
})

const picked = (name: string, bytes: Uint8Array | string): PickedFile => {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes
  return { name, size: data.length, read: async () => data.slice().buffer }
}

let batch: BatchImport
function Harness() {
  batch = useBatchImport()
  return batch.state.phase === 'finished' ? <BatchSummary state={batch.state} onOpen={() => undefined} onMore={batch.reset} onDone={() => undefined} /> : <p data-phase={batch.state.phase}>{batch.state.phase}</p>
}

async function until(check: () => boolean) {
  for (let i = 0; i < 400 && !check(); i++) await act(() => new Promise((r) => setTimeout(r, 25)))
  expect(check()).toBe(true)
}

async function mount() {
  const temp = await openTemp()
  window.claimbook = buildClient(async (method, input) => {
    const envelope = await dispatch(temp.handlers, method, input)
    if (!envelope.ok) throw new Error(envelope.error.message)
    return envelope.value
  })
  act(() =>
    mounted.root.render(
      <ErrorProvider>
        <Harness />
      </ErrorProvider>,
    ),
  )
  return temp
}

describe('a batch import in the page', () => {
  it('says why a corpus did not start when its table does not fit the mapping, and imports nothing', async () => {
    const { store } = await mount()
    const table = { fileName: 'meta.tsv', dataBase64: Buffer.from('file\ttitle\na\tA title\n').toString('base64'), mapping: { file: 'file', outlet: 'publisher' } }
    act(() => batch.start([picked('a.txt', 'Some text\n\nof a.')], { onDuplicate: 'skip', metadata: table }))
    await until(() => !!mounted.host.querySelector('[data-testid="import-summary"]'))
    expect(mounted.host.querySelector('.batch-summary-title')!.textContent).toBe('Import did not start')
    expect(mounted.host.querySelector('[data-testid="summary-error"]')!.textContent).toMatch(/^The import could not start: .*publisher.*Nothing was imported\.$/)
    expect(store.allArticles()).toHaveLength(0)
  })

  it('ends with a summary naming every bad file and the skipped duplicate', async () => {
    const { store } = await mount()
    const files = [
      picked('good-1.txt', 'First article\n\nAbout the tariffs.'),
      picked('good-2.md', '# Second article\n\nAbout the harbour.'),
      picked('zz-again.txt', 'First article\n\nAbout the tariffs.'),
      picked('empty.txt', ''),
      picked('<img src=x onerror=alert(1)>.docx', 'not a zip'),
      picked('.DS_Store', 'junk'),
    ]
    act(() => batch.start(files, { onDuplicate: 'skip' }))
    expect(batch.state.phase).toBe('sending')
    await until(() => !!mounted.host.querySelector('[data-testid="import-summary"]'))
    const summary = mounted.host.querySelector<HTMLElement>('[data-testid="import-summary"]')!
    expect(summary.dataset).toMatchObject({ imported: '2', duplicates: '1', failed: '2' })
    const failures = [...mounted.host.querySelectorAll<HTMLElement>('[data-testid="summary-failure"]')].map((li) => [li.dataset.file, li.textContent])
    expect(failures.map(([file]) => file).sort()).toEqual(['<img src=x onerror=alert(1)>.docx', 'empty.txt'])
    expect(failures.find(([file]) => file === 'empty.txt')![1]).toMatch(/is empty/)
    expect(failures.find(([file]) => file !== 'empty.txt')![1]).toMatch(/not a Word document/)
    expect(mounted.host.querySelector('img')).toBeNull()
    expect(mounted.host.querySelector('[data-testid="summary-duplicate"]')!.getAttribute('data-file')).toBe('zz-again.txt')
    expect(summary.textContent).toMatch(/1 system file/)
    expect(store.allArticles()).toHaveLength(2)
  })
})
