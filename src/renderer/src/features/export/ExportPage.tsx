// Exports: what leaves the machine, only when the researcher asks for it.
import { useState } from 'react'
import type { ExportFormat } from '../../../../shared/contract'
import { api, useAction } from '../../app/useApi'
import { BackupsPanel } from '../backups/BackupsPanel'

const EXPORTS: { format: ExportFormat; label: string; contains: string; useFor: string }[] = [
  {
    format: 'html',
    label: 'Annotated report (HTML)',
    contains: 'Every article with its claims highlighted in the kind colours, each claim listed with its kind, speakers, targets, event and note.',
    useFor: 'Reading, sharing with colleagues, printing or attaching to a report.',
  },
  {
    format: 'csv',
    label: 'Claims (CSV)',
    contains: 'One row per claim: article, outlet, date, kind, quote, offsets, speakers, targets, event, cue, note.',
    useFor: 'Spreadsheets, R, Python, SPSS, network analysis.',
  },
  {
    format: 'json',
    label: 'Workspace (JSON)',
    contains: 'Everything: articles with their text and marks, claims, actors and events.',
    useFor: 'Backup, archiving, moving to another machine or tool.',
  },
]

export function ExportPage() {
  const { run } = useAction()
  const [working, setWorking] = useState<ExportFormat | null>(null)
  const [done, setDone] = useState<string>('')

  const exportAs = async (format: ExportFormat) => {
    setWorking(format)
    setDone('')
    const result = await run(async () => {
      const file = await api().export.build({ format })
      const saved = await api().file.save(file)
      return { file, saved }
    }, 'Export failed')
    setWorking(null)
    if (result) setDone(result.saved.saved ? `Saved ${result.file.fileName}.` : 'Export cancelled: nothing was saved.')
  }

  return (
    <div className="page" data-testid="export-page">
      <header className="page-header">
        <div>
          <h1>Export and backups</h1>
          <p className="page-subtitle">Nothing leaves this machine unless you export it here.</p>
        </div>
      </header>
      <div className="export-grid">
        {EXPORTS.map((entry) => (
          <section key={entry.format} className="card export-card" aria-labelledby={`export-${entry.format}`}>
            <h2 id={`export-${entry.format}`} className="card-title">
              {entry.label}
            </h2>
            <p>{entry.contains}</p>
            <p className="muted">For: {entry.useFor}</p>
            <button type="button" className="button button-primary" disabled={working !== null} onClick={() => void exportAs(entry.format)} data-testid={`export-${entry.format}`}>
              {working === entry.format ? 'Exporting…' : `Export ${entry.format.toUpperCase()}`}
            </button>
          </section>
        ))}
      </div>
      {done && (
        <p className="banner banner-success" role="status" data-testid="export-status">
          {done}
        </p>
      )}
      <BackupsPanel />
    </div>
  )
}
