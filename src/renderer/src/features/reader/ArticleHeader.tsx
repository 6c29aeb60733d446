// Who published the article, when, and where it came from, editable in place
// ("Edit details"): the title an importer guessed, a missing date or outlet.
// The URL is shown as text only: the app never navigates to untrusted addresses.
import { useState, type FormEvent } from 'react'
import { useNavigate } from '../../app/routes'
import { formatDate, joinParts } from '../../app/ui/format'
import type { MetaFields } from './session/CodingSession'
import { ExportButton } from '../export/ExportButton'

type Props = {
  meta: MetaFields
  editing: boolean
  onEditing: (editing: boolean) => void
  onSave: (patch: Partial<MetaFields>) => void
  /** The source text's edit mode (the text itself, not these details). */
  editingText: boolean
  onToggleText: () => void
  /** The article's id, for its Export… button. */
  articleId?: string
}

export function ArticleHeader({ meta, editing, onEditing, onSave, editingText, onToggleText, articleId }: Props) {
  const navigate = useNavigate()
  const byline = joinParts([meta.outlet, meta.author, formatDate(meta.publishedAt)])
  return (
    <header className="reader-header">
      <div className="reader-header-row">
        <button type="button" className="link-button back-link" onClick={() => navigate({ page: 'library' })} data-testid="back-to-library">
          ← Library
        </button>
        <span className="reader-header-actions">
          {!editing && (
            <button type="button" className="link-button" onClick={() => onEditing(true)} data-testid="edit-details">
              Edit details
            </button>
          )}
          <button
            type="button"
            className={`button button-small ${editingText ? 'button-primary' : 'button-quiet'}`}
            onClick={onToggleText}
            aria-pressed={editingText}
            title="Mend import errors in the source text; every claim stays on its words"
            data-testid="edit-text-toggle"
          >
            {editingText ? 'Done editing the text' : 'Edit text'}
          </button>
          {articleId && <ExportButton scope={{ type: 'article', id: articleId }} small />}
        </span>
      </div>
      {editing ? (
        <MetaForm meta={meta} onCancel={() => onEditing(false)} onSave={(patch) => (onSave(patch), onEditing(false))} />
      ) : (
        <>
          <h1 className="reader-title" dir="auto" data-testid="reader-title">
            {meta.title}
          </h1>
          <p className="reader-byline" data-testid="reader-byline">
            {byline || <span className="muted">No outlet, author or date recorded</span>}
          </p>
          {meta.url && (
            <p className="reader-url" title={meta.url} data-testid="reader-url">
              {meta.url}
            </p>
          )}
        </>
      )}
    </header>
  )
}

const DATE = /^$|^\d{4}(-\d{2}(-\d{2})?)?$/

function MetaForm({ meta, onCancel, onSave }: { meta: MetaFields; onCancel: () => void; onSave: (patch: Partial<MetaFields>) => void }) {
  const [draft, setDraft] = useState({ ...meta, tags: meta.tags.join(', ') })
  const [problem, setProblem] = useState('')
  const set = (key: keyof typeof draft) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: e.target.value }))

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!draft.title.trim()) return setProblem('A title is required.')
    if (!DATE.test(draft.publishedAt.trim())) return setProblem('Write the date like 2020-12-24 (or just 2020-12, or 2020).')
    const next: MetaFields = {
      ...draft,
      title: draft.title.trim(),
      publishedAt: draft.publishedAt.trim(),
      tags: [...new Set(draft.tags.split(',').map((t) => t.trim()).filter(Boolean))],
    }
    const patch = Object.fromEntries(Object.entries(next).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(meta[k as keyof MetaFields]))) as Partial<MetaFields>
    if (Object.keys(patch).length > 0) onSave(patch)
    else onCancel()
  }

  return (
    <form className="meta-form" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), onCancel())} data-testid="meta-form">
      <label className="field field-wide">
        <span>Title</span>
        <input value={draft.title} onChange={set('title')} autoFocus data-testid="meta-title" />
      </label>
      <div className="field-grid">
        <label className="field">
          <span>Outlet</span>
          <input value={draft.outlet} onChange={set('outlet')} data-testid="meta-outlet" />
        </label>
        <label className="field">
          <span>Author</span>
          <input value={draft.author} onChange={set('author')} data-testid="meta-author" />
        </label>
        <label className="field">
          <span>Published</span>
          <input value={draft.publishedAt} onChange={set('publishedAt')} placeholder="2020-12-24" data-testid="meta-date" />
        </label>
        <label className="field">
          <span>Language</span>
          <input value={draft.language} onChange={set('language')} placeholder="en" />
        </label>
      </div>
      <label className="field field-wide">
        <span>Address (URL)</span>
        <input value={draft.url} onChange={set('url')} />
      </label>
      <label className="field field-wide">
        <span>Tags (separated by commas)</span>
        <input value={draft.tags} onChange={set('tags')} />
      </label>
      <label className="field field-wide">
        <span>Notes</span>
        <textarea rows={2} value={draft.notes} onChange={set('notes')} />
      </label>
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" data-testid="meta-save">
          Save details
        </button>
      </div>
    </form>
  )
}
