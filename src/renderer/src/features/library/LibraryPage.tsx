// The library: every article, a search over their text, import by dialog or
// by dropping files anywhere on the page.
import { useState } from 'react'
import type { Article, ArticleSummary } from '../../../../shared/domain'
import { useNavigate } from '../../app/routes'
import { useConfirm } from '../../app/ui/confirm'
import { EmptyState, Loading } from '../../app/ui/EmptyState'
import { plural } from '../../app/ui/format'
import { api, useAction, useApiQuery } from '../../app/useApi'
import { useWorkspace } from '../../app/workspace'
import { ImportDialog } from '../import/ImportDialog'
import { importFiles, type ImportResult } from '../import/importFiles'
import { ImportResults } from '../import/ImportResults'
import { ArticleTable } from './ArticleTable'
import { useDebounced } from './useDebounced'
import { useFileDrop } from './useFileDrop'

export function LibraryPage() {
  const navigate = useNavigate()
  const confirm = useConfirm()
  const workspace = useWorkspace()
  const { run } = useAction()
  const [search, setSearch] = useState('')
  const query = useDebounced(search.trim(), 250)
  const articles = useApiQuery((client) => client.articles.list(query ? { query } : {}), [query])
  const [importOpen, setImportOpen] = useState(false)
  const [dropResults, setDropResults] = useState<ImportResult[]>([])
  const [dropPending, setDropPending] = useState(0)

  const afterChange = () => {
    articles.reload()
    workspace.refresh()
  }

  const dropFiles = async (files: File[]) => {
    setDropResults([])
    setDropPending(files.length)
    await importFiles(files, (result) => {
      setDropResults((r) => [...r, result])
      setDropPending((p) => p - 1)
    })
    afterChange()
  }
  const drop = useFileDrop((files) => void dropFiles(files))

  const openImported = (article: Article) => {
    setImportOpen(false)
    workspace.refresh()
    navigate({ page: 'reader', articleId: article.id })
  }

  const remove = async (article: ArticleSummary) => {
    const claims = article.claimCount > 0 ? ` and its ${plural(article.claimCount, 'claim')}` : ''
    const ok = await confirm({
      title: 'Delete article?',
      message: `“${article.title}”${claims} will be removed from this workspace. Actors and events stay.`,
      confirmLabel: 'Delete article',
      danger: true,
    })
    if (!ok) return
    await run(() => api().articles.delete({ id: article.id }), 'Could not delete the article')
    afterChange()
  }

  const list = articles.data ?? []
  return (
    <div className={`page library-page${drop.dragging ? ' is-dragging' : ''}`} {...drop.handlers} data-testid="library">
      <header className="page-header">
        <div>
          <h1>Library</h1>
          <p className="page-subtitle">{articles.data && !query ? plural(list.length, 'article') : 'Articles in this workspace'}</p>
        </div>
        <div className="page-actions">
          <input
            type="search"
            className="search-input"
            placeholder="Search titles, text, outlets…"
            aria-label="Search articles"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            data-testid="library-search"
          />
          <button type="button" className="button button-primary" onClick={() => setImportOpen(true)} data-testid="import-button">
            Import…
          </button>
        </div>
      </header>

      <ImportResults results={dropResults} pending={dropPending} onDismiss={() => setDropResults([])} />

      {articles.loading && !articles.data ? (
        <Loading />
      ) : list.length > 0 ? (
        <>
          <ArticleTable articles={list} onOpen={(id) => navigate({ page: 'reader', articleId: id })} onDelete={(a) => void remove(a)} />
          <p className="table-hint muted">Drop .txt or .html files anywhere on this page to import them.</p>
        </>
      ) : query ? (
        <EmptyState title={`No article matches “${query}”.`} testId="library-empty">
          Try fewer words, or clear the search to see every article.
        </EmptyState>
      ) : (
        <EmptyState title="No articles yet — paste one or drop .txt/.html files here." testId="library-empty">
          <button type="button" className="button button-primary" onClick={() => setImportOpen(true)}>
            Import your first article
          </button>
        </EmptyState>
      )}

      {drop.dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>Drop .txt or .html files to import them</p>
        </div>
      )}
      {importOpen && <ImportDialog onClose={() => setImportOpen(false)} onImported={openImported} />}
    </div>
  )
}
