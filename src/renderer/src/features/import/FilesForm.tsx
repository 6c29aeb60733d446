// Pick one or more saved pages or text files.
import { useState } from 'react'
import type { Article } from '../../../../shared/domain'
import { FILE_INPUT_ACCEPT, importFiles, type ImportResult } from './importFiles'
import { ImportResults } from './ImportResults'

export function FilesForm({ onImported }: { onImported: (last: Article) => void }) {
  const [results, setResults] = useState<ImportResult[]>([])
  const [pending, setPending] = useState(0)

  const pick = async (list: FileList | null) => {
    const files = list ? [...list] : []
    if (files.length === 0) return
    setResults([])
    setPending(files.length)
    const all = await importFiles(files, (result) => {
      setResults((r) => [...r, result])
      setPending((p) => p - 1)
    })
    const imported = all.filter((r): r is Extract<ImportResult, { ok: true }> => r.ok)
    // Failures stay on screen; with every file in, the reader takes over.
    if (imported.length > 0 && imported.length === all.length) onImported(imported[imported.length - 1].article)
  }

  const openLast = () => {
    const ok = results.filter((r): r is Extract<ImportResult, { ok: true }> => r.ok)
    if (ok.length > 0) onImported(ok[ok.length - 1].article)
  }

  return (
    <div className="form files-form">
      <label className="file-drop-label">
        <span className="file-drop-title">Choose .txt or .html files</span>
        <span className="muted">Saved web pages keep their title, outlet, author and date. Scripts and ads are removed.</span>
        <input
          type="file"
          multiple
          accept={FILE_INPUT_ACCEPT}
          onChange={(e) => {
            void pick(e.target.files)
            e.target.value = '' // choosing the same file again must import it again
          }}
          disabled={pending > 0}
          data-testid="import-file-input"
          aria-label="Files to import"
          data-autofocus
        />
      </label>
      <ImportResults results={results} pending={pending} />
      {pending === 0 && results.some((r) => r.ok) && results.some((r) => !r.ok) && (
        <div className="form-actions">
          <button type="button" className="button button-primary" onClick={openLast}>
            Open the last imported article
          </button>
        </div>
      )}
    </div>
  )
}
