// A corpus: a folder of texts plus a metadata table (CSV/TSV) naming each
// file's title, outlet, author, date, URL and tags. The table is previewed
// by the main process (corpus.previewTable), which also proposes which
// column is which; the user checks the mapping, then the folder is imported
// as one batch with the table. brat .ann files in the folder become claims.
import { useState } from 'react'
import type { ColumnMapping, TablePreview } from '../../../../shared/contract-import'
import { messageOf } from '../../app/errors'
import { plural } from '../../app/ui/format'
import { api } from '../../app/useApi'
import { ColumnMapper } from './ColumnMapper'
import { DuplicateChoice, type DuplicateMode } from './DuplicateChoice'
import { asFolderInput } from './FilesPanel'
import { isDesktopApp } from './platform'
import { base64Length, bytesToBase64, isAnnotationFile, pickedFromBrowser, type PickedFile } from './uploadPlan'
import type { BatchImport } from './useBatchImport'

/** What corpus.previewTable and import.start accept for a table. */
const TABLE_MAX_BASE64 = 70_000_000
const PREVIEW_ROWS = 8

type Table = { fileName: string; dataBase64: string }

export function CorpusForm({ batch }: { batch: BatchImport }) {
  const desktop = isDesktopApp()
  const [texts, setTexts] = useState<PickedFile[]>([])
  const [table, setTable] = useState<Table | null>(null)
  const [preview, setPreview] = useState<TablePreview | null>(null)
  const [tableError, setTableError] = useState<string | null>(null)
  const [mapping, setMapping] = useState<Partial<ColumnMapping>>({})
  const [mode, setMode] = useState<DuplicateMode>('skip')

  const chooseTable = async (file: File | undefined) => {
    setPreview(null)
    setTable(null)
    setTableError(null)
    if (!file) return
    if (base64Length(file.size) > TABLE_MAX_BASE64) {
      setTableError(`“${file.name}” is larger than 50 MB. Split the table, or import the corpus with \`claimbook import\` on the command line.`)
      return
    }
    try {
      const chosen = { fileName: file.name, dataBase64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) }
      const shown = await api().corpus.previewTable({ ...chosen, rows: PREVIEW_ROWS })
      setTable(chosen)
      setPreview(shown)
      setMapping(shown.proposedMapping)
    } catch (err) {
      setTableError(`${messageOf(err)} Choose another table (CSV or TSV with a header row).`)
    }
  }

  const textCount = texts.filter((f) => !isAnnotationFile(f.name)).length
  const annCount = texts.length - textCount
  const ready = !!table && !!mapping.file && (desktop || textCount > 0)
  const start = () => {
    if (!ready || !table || !mapping.file) return
    const metadata = { ...table, mapping: { ...mapping, file: mapping.file } }
    if (desktop) batch.pickAndStart('folder', { onDuplicate: mode, metadata })
    else batch.start(texts, { onDuplicate: mode, metadata })
  }

  return (
    <div className="form corpus-form" data-testid="corpus-form">
      <div className="corpus-steps">
        {!desktop && (
          <label className="field">
            <span>1. The folder of texts</span>
            <input type="file" ref={asFolderInput} onChange={(e) => setTexts(pickedFromBrowser(e.target.files ?? []))} data-testid="corpus-folder-input" data-autofocus />
            <small className="muted" data-testid="corpus-folder-count">
              {texts.length ? `${plural(textCount, 'file')} to import${annCount ? `, ${plural(annCount, 'brat .ann file')} (become claims)` : ''}` : 'Choose the folder that holds the article files.'}
            </small>
          </label>
        )}
        <label className="field">
          <span>{desktop ? '1.' : '2.'} The metadata table (CSV or TSV)</span>
          <input type="file" accept=".csv,.tsv,.tab,.txt,text/csv,text/tab-separated-values" onChange={(e) => void chooseTable(e.target.files?.[0])} data-testid="corpus-table-input" />
          <small className="muted">One row per article file, with a header row naming the columns.</small>
        </label>
      </div>
      {tableError && (
        <p className="batch-error" role="alert" data-testid="corpus-table-error">
          {tableError}
        </p>
      )}
      {preview && (
        <>
          <p className="muted small" data-testid="corpus-table-info">
            {preview.fileName}: {plural(preview.rowCount, 'row')}, {plural(preview.columns.length, 'column')} ({preview.delimiter === '\t' ? 'tab' : `“${preview.delimiter}”`}-separated). The first rows:
          </p>
          {preview.problems.map((p) => (
            <p key={p} className="batch-warning small">
              {p}
            </p>
          ))}
          <PreviewTable preview={preview} mapping={mapping} />
          <ColumnMapper columns={preview.columns} mapping={mapping} onChange={setMapping} />
        </>
      )}
      <DuplicateChoice value={mode} onChange={setMode} />
      <div className="form-actions">
        {!mapping.file && preview && <span className="muted small">Choose the column that names each file.</span>}
        <button type="button" className="button button-primary" disabled={!ready} onClick={start} data-testid="corpus-start">
          {desktop ? 'Choose the folder and import…' : `Import ${textCount ? plural(textCount, 'file') : 'the corpus'}`}
        </button>
      </div>
    </div>
  )
}

const FIELD_LABELS: Record<string, string> = { file: 'file', title: 'title', outlet: 'outlet', author: 'author', publishedAt: 'date', url: 'URL', language: 'language' }

function PreviewTable({ preview, mapping }: { preview: TablePreview; mapping: Partial<ColumnMapping> }) {
  const fieldOf = (column: string) => {
    const fields = Object.entries(mapping).flatMap(([field, value]) => (value === column || (Array.isArray(value) && value.includes(column)) ? [FIELD_LABELS[field] ?? field] : []))
    return fields.join(', ')
  }
  return (
    <div className="table-preview" data-testid="corpus-preview">
      <table className="data-table">
        <thead>
          <tr>
            {preview.columns.map((c) => (
              <th key={c} scope="col">
                <bdi>{c}</bdi>
                {fieldOf(c) && <span className="mapped-as">→ {fieldOf(c)}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row, i) => (
            <tr key={i}>
              {preview.columns.map((c, j) => (
                <td key={c}>
                  <bdi>{row[j] ?? ''}</bdi>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
