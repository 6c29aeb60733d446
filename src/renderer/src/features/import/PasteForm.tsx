// Paste an article's text and describe it. Only the text is required; the
// importer takes the first line as title when none is given.
import { useState, type FormEvent } from 'react'
import type { Article } from '../../../../shared/domain'
import { api, useAction } from '../../app/useApi'

const DATE_PATTERN = '\\d{4}-\\d{2}-\\d{2}'

export function PasteForm({ onImported }: { onImported: (article: Article) => void }) {
  const [text, setText] = useState('')
  const [title, setTitle] = useState('')
  const [outlet, setOutlet] = useState('')
  const [author, setAuthor] = useState('')
  const [publishedAt, setPublishedAt] = useState('')
  const [url, setUrl] = useState('')
  const { busy, run } = useAction()

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const meta = { outlet: outlet.trim(), author: author.trim(), publishedAt: publishedAt.trim(), url: url.trim(), ...(title.trim() ? { title: title.trim() } : {}) }
    const article = await run(() => api().articles.create({ meta, text }), 'Import failed')
    if (article) onImported(article)
  }

  return (
    <form className="form paste-form" onSubmit={submit} data-testid="paste-form">
      <label className="field field-wide">
        <span>Article text</span>
        <textarea
          required
          rows={10}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="Paste the article here. Paragraphs separated by blank lines stay paragraphs."
          data-testid="paste-text"
          data-autofocus
        />
      </label>
      <div className="field-grid">
        <label className="field field-wide">
          <span>Title</span>
          <input value={title} onChange={(e) => setTitle(e.target.value)} placeholder="First line of the text if empty" maxLength={1000} data-testid="paste-title" />
        </label>
        <label className="field">
          <span>Outlet</span>
          <input value={outlet} onChange={(e) => setOutlet(e.target.value)} placeholder="e.g. The Guardian" maxLength={1000} data-testid="paste-outlet" />
        </label>
        <label className="field">
          <span>Author</span>
          <input value={author} onChange={(e) => setAuthor(e.target.value)} maxLength={1000} data-testid="paste-author" />
        </label>
        <label className="field">
          <span>Date</span>
          <input
            value={publishedAt}
            onChange={(e) => setPublishedAt(e.target.value)}
            placeholder="YYYY-MM-DD"
            pattern={DATE_PATTERN}
            title="A date like 2020-12-24"
            inputMode="numeric"
            data-testid="paste-date"
          />
        </label>
        <label className="field">
          <span>URL</span>
          <input value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://…" maxLength={4000} data-testid="paste-url" />
        </label>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy || !text.trim()} data-testid="paste-submit">
          {busy ? 'Importing…' : 'Import text'}
        </button>
      </div>
    </form>
  )
}
