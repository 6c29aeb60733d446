// Loading a Claimbook JSON export into this workspace. The service accepts
// it only into an empty workspace and takes back a half-done import, so a
// refused or failed file leaves everything as it was.
import { useState } from 'react'
import type { JsonImportSummary } from '../../../../shared/contract-export'
import { api, useAction } from '../../app/useApi'
import { useWorkspace } from '../../app/workspace'
import { plural } from '../../app/ui/format'

/** The same bound as the API's, checked before the file is read. */
const MAX_BYTES = 500_000_000

export function JsonImportCard() {
  const { busy, run } = useAction()
  const [summary, setSummary] = useState<JsonImportSummary | null>(null)
  const workspace = useWorkspace()

  const importFile = async (file: File | undefined) => {
    if (!file) return
    setSummary(null)
    const result = await run(async () => {
      if (file.size > MAX_BYTES) throw new Error(`${file.name} is larger than 500 MB, more than a JSON import can take.`)
      return api().workspace.importJson({ content: await file.text() })
    }, `Could not import ${file.name}`)
    if (result) {
      setSummary(result)
      // The sidebar's counts were of the empty workspace.
      workspace.refresh()
    }
  }

  return (
    <section className="card export-card" aria-labelledby="json-import-title">
      <h2 id="json-import-title" className="card-title">
        Import a JSON export
      </h2>
      <p>Loads a workspace exported as JSON (articles, claims, actors and events) into this workspace, which must be empty: create a new workspace first.</p>
      <label className="button">
        {busy ? 'Importing…' : 'Choose a JSON file…'}
        <input type="file" accept=".json,application/json" className="visually-hidden" disabled={busy} onChange={(e) => {
            const input = e.currentTarget
            // Cleared so that choosing the same file again (after making the workspace empty) imports it.
            void importFile(input.files?.[0]).finally(() => (input.value = ''))
          }} data-testid="json-import-input" />
      </label>
      {summary && (
        <p className="banner banner-success" role="status" data-testid="json-import-status">
          Imported {plural(summary.articles, 'article')}, {plural(summary.claims, 'claim')}, {plural(summary.actors, 'actor')} and {plural(summary.events, 'event')}.
        </p>
      )}
    </section>
  )
}
