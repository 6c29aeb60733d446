// @vitest-environment happy-dom
// The Export page's JSON import: the chosen file's text goes to
// workspace.importJson, what was loaded is counted, and a refusal (a
// workspace that is not empty) is shown with the service's advice.
import { act } from 'react'
import { beforeEach, describe, expect, it } from 'vitest'
import { buildClient, type MethodName } from '../../../src/shared/contract'
import { ErrorProvider } from '../../../src/renderer/src/app/errors'
import { JsonImportCard } from '../../../src/renderer/src/features/export/JsonImportCard'
import { rootPerTest } from '../helpers/react-root'

let calls: { method: MethodName; input: unknown }[]
let importJson: (input: { content: string }) => unknown
const mounted = rootPerTest()

beforeEach(async () => {
  calls = []
  window.claimbook = buildClient(async (method, input) => {
    calls.push({ method, input })
    if (method === 'workspace.importJson') return importJson(input as { content: string })
    throw new Error(`unexpected call ${method}`)
  })
  await act(async () =>
    mounted.root.render(
      <ErrorProvider>
        <JsonImportCard />
      </ErrorProvider>,
    ),
  )
})

async function choose(file: File) {
  const input = mounted.host.querySelector<HTMLInputElement>('[data-testid="json-import-input"]')!
  Object.defineProperty(input, 'files', { value: [file], configurable: true })
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }))
  })
}

describe('importing a JSON export', () => {
  it('sends the file’s text and counts what was loaded', async () => {
    importJson = () => ({ articles: 3, claims: 1, actors: 2, events: 0 })
    const json = '{"format":"claimbook-export","schemaVersion":1}'
    await choose(new File([json], 'workspace.json', { type: 'application/json' }))
    await expect.poll(() => mounted.host.querySelector('[data-testid="json-import-status"]')?.textContent).toBe('Imported 3 articles, 1 claim, 2 actors and 0 events.')
    expect(calls).toEqual([{ method: 'workspace.importJson', input: { content: json } }])
  })

  it('shows why the workspace refused it', async () => {
    importJson = () => {
      throw new Error('A JSON export can only be imported into an empty workspace; this one already has 1 articles, 0 actors and 0 events. Create a new workspace and import it there.')
    }
    await choose(new File(['{}'], 'old.json'))
    await expect.poll(() => mounted.host.querySelector('[data-testid="error-toast"]')?.textContent).toContain('Could not import old.json: A JSON export can only be imported into an empty workspace')
    expect(mounted.host.querySelector('[data-testid="json-import-status"]')).toBeNull()
  })
})
