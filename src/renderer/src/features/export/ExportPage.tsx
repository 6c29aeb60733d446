// Exports: what leaves the machine, only when the researcher asks for it.
// The whole workspace is exported from here (an article, a selection, an
// event or an actor from their own pages, with the same dialog); a JSON
// export is loaded back here, and the backups are listed.
import { BackupsPanel } from '../backups/BackupsPanel'
import { ExportButton } from './ExportButton'
import { JsonImportCard } from './JsonImportCard'
import './export-dialog.css'

export function ExportPage() {
  return (
    <div className="page" data-testid="export-page">
      <header className="page-header">
        <div>
          <h1>Export and backups</h1>
          <p className="page-subtitle">Nothing leaves this machine unless you export it here.</p>
        </div>
      </header>
      <div className="export-grid">
        <section className="card export-card" aria-labelledby="export-workspace-title">
          <h2 id="export-workspace-title" className="card-title">
            Export the workspace
          </h2>
          <p>Every article with its claims, as a report to read (HTML, PDF, Word, Markdown) or as data for other tools: spreadsheets, R and Python, Gephi and visone, ATLAS.ti, MAXQDA, NVivo and QualCoder, brat.</p>
          <p className="muted">To export one article, an event or an actor, use Export… on its page.</p>
          <ExportButton scope={{ type: 'workspace' }} label="Export the workspace…" />
        </section>
        <JsonImportCard />
      </div>
      <BackupsPanel />
    </div>
  )
}
