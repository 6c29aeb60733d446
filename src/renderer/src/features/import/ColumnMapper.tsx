// Which column of the metadata table gives which article field. Prefilled
// with the main process's guess from the header names; tags may come from
// several columns.
import type { ColumnMapping } from '../../../../shared/contract-import'

type SingleField = Exclude<keyof ColumnMapping, 'tags'>
const FIELDS: { field: SingleField; label: string; hint?: string }[] = [
  { field: 'file', label: 'File name', hint: 'required' },
  { field: 'title', label: 'Title' },
  { field: 'outlet', label: 'Outlet' },
  { field: 'author', label: 'Author' },
  { field: 'publishedAt', label: 'Date' },
  { field: 'url', label: 'URL' },
  { field: 'language', label: 'Language' },
]

export function ColumnMapper({ columns, mapping, onChange }: { columns: string[]; mapping: Partial<ColumnMapping>; onChange: (mapping: Partial<ColumnMapping>) => void }) {
  const set = (field: SingleField, column: string) => {
    const next = { ...mapping }
    if (column) next[field] = column
    else delete next[field]
    onChange(next)
  }
  const tags = mapping.tags ?? []
  const toggleTag = (column: string) => onChange({ ...mapping, tags: tags.includes(column) ? tags.filter((c) => c !== column) : [...tags, column] })
  return (
    <fieldset className="column-mapper" data-testid="column-mapper">
      <legend>Which column is which</legend>
      <div className="mapper-grid">
        {FIELDS.map(({ field, label, hint }) => (
          <label key={field} className="field">
            <span>
              {label}
              {hint && <span className="muted"> ({hint})</span>}
            </span>
            <select value={mapping[field] ?? ''} onChange={(e) => set(field, e.target.value)} data-testid={`map-${field}`} required={field === 'file'}>
              <option value="">{field === 'file' ? 'Choose a column…' : '— not in the table —'}</option>
              {columns.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <div className="mapper-tags" role="group" aria-label="Tag columns">
        <span className="picker-label">Tags (from any of these columns, split at ; , or |)</span>
        <div className="mapper-tag-list">
          {columns.map((c) => (
            <label key={c} className="check-row">
              <input type="checkbox" checked={tags.includes(c)} onChange={() => toggleTag(c)} data-testid="map-tag" data-column={c} />
              <bdi>{c}</bdi>
            </label>
          ))}
        </div>
      </div>
    </fieldset>
  )
}
