// The same metadata change on every chosen article (articles.updateMetaMany):
// only the fields filled in change; tags are added and removed, so each
// article keeps its other tags. The button says how many articles change.
import { useState, type FormEvent } from 'react'
import type { MetaPatchMany } from '../../../../shared/contract-import'
import { messageOf } from '../../app/errors'
import { Modal } from '../../app/ui/Modal'
import { plural } from '../../app/ui/format'
import { api } from '../../app/useApi'

const splitTags = (text: string) => [...new Set(text.split(/[;,]/).map((t) => t.trim()).filter(Boolean))]
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/

/** The patch the form describes, or why it cannot be sent. */
export function patchFrom(form: { outlet: string; author: string; publishedAt: string; language: string; addTags: string; removeTags: string[] }): MetaPatchMany | string {
  const patch: MetaPatchMany = {}
  if (form.outlet.trim()) patch.outlet = form.outlet.trim()
  if (form.author.trim()) patch.author = form.author.trim()
  if (form.publishedAt.trim()) {
    if (!DATE.test(form.publishedAt.trim())) return 'The date must look like 2020-12-24 (or 2020-12, or 2020).'
    patch.publishedAt = form.publishedAt.trim()
  }
  if (form.language.trim()) patch.language = form.language.trim()
  const add = splitTags(form.addTags)
  if (add.some((t) => t.length > 100)) return 'A tag can be at most 100 characters long.'
  if (add.length) patch.addTags = add
  if (form.removeTags.length) patch.removeTags = form.removeTags
  if (Object.keys(patch).length === 0) return 'Fill in at least one field, or choose tags to add or remove.'
  return patch
}

type Props = { ids: string[]; knownTags: string[]; onClose: () => void; onDone: (updated: number) => void }

export function BulkEditDialog({ ids, knownTags, onClose, onDone }: Props) {
  const [outlet, setOutlet] = useState('')
  const [author, setAuthor] = useState('')
  const [publishedAt, setPublishedAt] = useState('')
  const [language, setLanguage] = useState('')
  const [addTags, setAddTags] = useState('')
  const [removeTags, setRemoveTags] = useState<string[]>([])
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const patch = patchFrom({ outlet, author, publishedAt, language, addTags, removeTags })
    if (typeof patch === 'string') return setProblem(patch)
    setBusy(true)
    setProblem(null)
    try {
      const { updated } = await api().articles.updateMetaMany({ ids, patch })
      onDone(updated)
    } catch (err) {
      // Nothing was written: the form stays as it is to try again.
      setProblem(messageOf(err))
      setBusy(false)
    }
  }
  const toggleRemove = (tag: string) => setRemoveTags((all) => (all.includes(tag) ? all.filter((t) => t !== tag) : [...all, tag]))

  return (
    <Modal title={`Edit ${plural(ids.length, 'article')}`} onClose={onClose} testId="bulk-edit-dialog">
      <form className="form bulk-edit-form" onSubmit={(e) => void submit(e)}>
        <p className="muted small">Fields left empty keep each article’s own value.</p>
        <div className="field-grid">
          <label className="field">
            <span>Outlet</span>
            <input value={outlet} onChange={(e) => setOutlet(e.target.value)} maxLength={1000} data-testid="bulk-outlet" data-autofocus />
          </label>
          <label className="field">
            <span>Author</span>
            <input value={author} onChange={(e) => setAuthor(e.target.value)} maxLength={1000} data-testid="bulk-author" />
          </label>
          <label className="field">
            <span>Date</span>
            <input value={publishedAt} onChange={(e) => setPublishedAt(e.target.value)} placeholder="YYYY-MM-DD" inputMode="numeric" data-testid="bulk-date" />
          </label>
          <label className="field">
            <span>Language</span>
            <input value={language} onChange={(e) => setLanguage(e.target.value)} placeholder="e.g. en" maxLength={20} data-testid="bulk-language" />
          </label>
          <label className="field field-wide">
            <span>Add tags (separated by commas)</span>
            <input value={addTags} onChange={(e) => setAddTags(e.target.value)} placeholder="e.g. election, sanctions" data-testid="bulk-add-tags" />
          </label>
        </div>
        {knownTags.length > 0 && (
          <fieldset className="bulk-remove-tags">
            <legend>Remove tags</legend>
            {knownTags.slice(0, 60).map((tag) => (
              <label key={tag} className="check-row">
                <input type="checkbox" checked={removeTags.includes(tag)} onChange={() => toggleRemove(tag)} data-testid="bulk-remove-tag" data-tag={tag} />
                <bdi>{tag}</bdi>
              </label>
            ))}
          </fieldset>
        )}
        {problem && (
          <p className="batch-error" role="alert" data-testid="bulk-problem">
            {problem}
          </p>
        )}
        <div className="form-actions">
          <button type="button" className="button button-quiet" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={busy} data-testid="bulk-apply">
            {busy ? 'Saving…' : `Change ${plural(ids.length, 'article')}`}
          </button>
        </div>
      </form>
    </Modal>
  )
}
