// The library: every article in a virtual list fed page by page by
// library.query, with search (ranked, snippets with the hits marked), sort,
// filters with counts, a selection to edit or export many at once, imports
// (the dialog, or files dropped anywhere on the page), and claim suggestions
// for many articles at once (a background job, useSuggestCorpus).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Article } from '../../../../shared/domain'
import type { LibraryItem } from '../../../../shared/contract-import'
import { useRegisterCommands, type AppCommand } from '../../app/commands/registry'
import { useReportError } from '../../app/errors'
import { IS_MAC, isTypingTarget } from '../../app/keyboard'
import { useNavigate } from '../../app/routes'
import { useConfirm } from '../../app/ui/confirm'
import { EmptyState, Loading } from '../../app/ui/EmptyState'
import { plural } from '../../app/ui/format'
import { api, useAction } from '../../app/useApi'
import { useWorkspace } from '../../app/workspace'
import { BatchProgress } from '../import/BatchProgress'
import { ImportDialog, type ImportTab } from '../import/ImportDialog'
import { pickedFromBrowser, type PickedFile } from '../import/uploadPlan'
import { summaryOf, useBatchImport, type BatchImport, type BatchState } from '../import/useBatchImport'
import { ArticleList } from './ArticleList'
import { hasFilters, LibraryFilters, type Filters } from './LibraryFilters'
import { addRange, NO_SELECTION, rangeBounds, toggleOne, type Selection } from './selection'
import { SelectionBar } from './SelectionBar'
import { SuggestClaimsButton, suggestUnavailable } from './SuggestClaimsButton'
import { SuggestCorpusStrip } from './SuggestCorpusStrip'
import { useSuggestCorpus } from './useSuggestCorpus'
import { nextSort, type SortKey, type SortState } from './SortHeader'
import { useDebounced } from './useDebounced'
import { useFileDrop } from './useFileDrop'
import { idsOf, useLibraryPages, type LibraryParams } from './useLibraryPages'
import { libraryMemory } from './libraryMemory'
import '../../styles/library.css'

/** While a batch runs, the list catches up at most this often. */
const RELOAD_DURING_IMPORT_MS = 1_500

export function LibraryPage() {
  const navigate = useNavigate()
  const confirm = useConfirm()
  const report = useReportError()
  const workspace = useWorkspace()
  const { run } = useAction()
  const searchRef = useRef<HTMLInputElement>(null)

  const [search, setSearch] = useState(libraryMemory.search)
  const query = useDebounced(search.trim(), 200)
  const [sort, setSort] = useState<SortState | null>(libraryMemory.sort)
  const [filters, setFilters] = useState<Filters>(libraryMemory.filters)
  useEffect(() => {
    // Another list: it starts at its top.
    if (libraryMemory.search !== search || libraryMemory.sort !== sort || libraryMemory.filters !== filters) Object.assign(libraryMemory, { scrollTop: 0, active: 0 })
    Object.assign(libraryMemory, { search, sort, filters })
  }, [search, sort, filters])
  const params: LibraryParams = useMemo(() => ({ ...(query ? { query } : {}), ...(sort ? { sort } : {}), filters }), [query, sort, filters])
  const rows = useLibraryPages(params)
  const total = rows.total ?? 0
  const shownSort: SortState = sort ?? (query ? { by: 'relevance' } : { by: 'date', direction: 'desc' })

  const [selection, setSelection] = useState<Selection>(NO_SELECTION)
  const [notice, setNotice] = useState<string | null>(null)
  // Another search or filter is another list: the selection starts again
  // when its rows arrive (rows chosen until then belong to the old list).
  useEffect(() => setSelection(NO_SELECTION), [rows.shownKey])

  const [importOpen, setImportOpen] = useState(false)
  const [importTab, setImportTab] = useState<ImportTab>('paste')
  const [staged, setStaged] = useState<PickedFile[]>([])
  const importOpenRef = useRef(importOpen)
  importOpenRef.current = importOpen

  const { reload } = rows
  const { refresh } = workspace
  const afterChange = useCallback(() => {
    reload()
    refresh()
  }, [reload, refresh])

  const onBatchFinished = useCallback(
    (state: BatchState) => {
      afterChange()
      const sum = summaryOf(state)
      // One file, imported cleanly from the dialog: read it at once.
      if (importOpenRef.current && state.expected === 1 && sum.imported === 1 && sum.failures.length === 0 && !state.cancelled && sum.recent[0]) {
        setImportOpen(false)
        batchRef.current?.reset()
        navigate({ page: 'reader', articleId: sum.recent[0].articleId })
      }
    },
    [afterChange, navigate],
  )
  const batch = useBatchImport(onBatchFinished)
  const batchRef = useRef<BatchImport | null>(null)
  batchRef.current = batch
  const { phase } = batch.state

  // The list catches up while a batch brings articles in.
  const imported = batch.state.status?.summary.imported ?? 0
  const lastReload = useRef(0)
  useEffect(() => {
    if (phase !== 'running' || imported === 0 || performance.now() - lastReload.current < RELOAD_DURING_IMPORT_MS) return
    lastReload.current = performance.now()
    reload()
  }, [imported, phase, reload])

  const openImport = (tab: ImportTab) => {
    setImportTab(tab)
    setImportOpen(true)
  }
  const drop = useFileDrop((files) => {
    if (phase === 'sending' || phase === 'running') {
      report(new Error('An import is still running: wait for it to finish, or cancel it, then drop the files again.'))
      return
    }
    if (phase === 'finished') batch.reset()
    setStaged(pickedFromBrowser(files))
    openImport('files')
  })

  // "/" goes to the search box, as in most list views.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target) || document.querySelector('[aria-modal="true"]')) return
      event.preventDefault()
      searchRef.current?.focus()
      searchRef.current?.select()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  const openImported = (article: Article) => {
    setImportOpen(false)
    workspace.refresh()
    navigate({ page: 'reader', articleId: article.id })
  }

  const remove = async (item: LibraryItem) => {
    const claims = item.claimCount > 0 ? ` and its ${plural(item.claimCount, 'claim')}` : ''
    const ok = await confirm({
      title: 'Delete article?',
      message: `“${item.title}”${claims} will be removed from this workspace. Actors and events stay.`,
      confirmLabel: 'Delete article',
      danger: true,
    })
    if (!ok) return
    await run(() => api().articles.delete({ id: item.id }), 'Could not delete the article')
    setSelection((s) => ({ ids: new Set([...s.ids].filter((id) => id !== item.id)), anchor: null }))
    afterChange()
  }

  const toggle = async (index: number, id: string, range: boolean) => {
    if (!range || selection.anchor === null) return setSelection((s) => toggleOne(s, id, index))
    const [from, to] = rangeBounds(selection, index)
    const loaded = Array.from({ length: to - from + 1 }, (_, i) => rows.itemAt(from + i)?.id)
    const ids = loaded.every(Boolean) ? (loaded as string[]) : await run(() => idsOf(api(), params, from, to), 'Could not select the rows')
    if (ids) setSelection((s) => addRange(s, ids))
  }
  const selectAll = async () => {
    if (total === 0) return
    const ids = await run(() => idsOf(api(), params, 0, total - 1), 'Could not select every article')
    if (ids) setSelection({ ids: new Set(ids), anchor: null })
  }
  const onEdited = (updated: number) => {
    setNotice(`${plural(updated, 'article')} updated.`)
    afterChange()
  }

  const filtered = !!query || hasFilters(filters)
  const inWorkspace = workspace.info?.articles
  const subtitle = rows.total === null ? 'Articles in this workspace' : filtered ? `${plural(total, 'article')} match${total === 1 ? 'es' : ''}${inWorkspace !== undefined ? ` of ${inWorkspace.toLocaleString()}` : ''}` : plural(total, 'article')
  const selectedIds = useMemo(() => [...selection.ids], [selection])

  // Claim suggestions for many articles: all, the listed ones, the chosen ones.
  const suggest = useSuggestCorpus()
  const suggesting = suggest.state.phase === 'starting' || suggest.state.phase === 'running'
  const cannotSuggest = suggestUnavailable(inWorkspace ?? total, suggesting)
  const suggestAll = () => suggest.start(`all ${plural(inWorkspace ?? total, 'article')}`)
  const suggestListed = () => suggest.start(`the ${plural(total, 'listed article')}`, async () => (await run(() => idsOf(api(), params, 0, total - 1), 'Could not list the articles')) ?? null)
  const suggestChosen = () => suggest.start(`the ${plural(selectedIds.length, 'chosen article')}`, async () => selectedIds)
  useRegisterCommands((): AppCommand[] => [
    { id: 'suggest-all', label: 'Suggest claims for all articles', group: 'Suggestions', run: suggestAll, enabled: !cannotSuggest },
    ...(filtered ? [{ id: 'suggest-listed', label: `Suggest claims for the ${plural(total, 'listed article')}`, group: 'Suggestions', run: suggestListed, enabled: !cannotSuggest && total > 0 }] : []),
    ...(selectedIds.length ? [{ id: 'suggest-chosen', label: `Suggest claims for the ${plural(selectedIds.length, 'chosen article')}`, group: 'Suggestions', run: suggestChosen, enabled: !cannotSuggest }] : []),
    ...(suggesting ? [{ id: 'suggest-cancel', label: 'Cancel the claim suggestions', group: 'Suggestions', run: suggest.cancel }] : []),
  ])

  return (
    <div className={`page library-page${drop.dragging ? ' is-dragging' : ''}`} {...drop.handlers} data-testid="library">
      <header className="page-header">
        <div>
          <h1>Library</h1>
          <p className="page-subtitle" data-testid="library-count" data-total={rows.total ?? ''}>
            {subtitle}
          </p>
        </div>
        <div className="page-actions">
          <input
            ref={searchRef}
            type="search"
            className="search-input"
            placeholder="Search titles, text, outlets…  ( / )"
            aria-label="Search articles"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            onKeyDown={(e) => {
              // Down arrow from the search box goes to the results.
              if (e.key === 'ArrowDown') {
                e.preventDefault()
                document.querySelector<HTMLElement>('[data-testid="article-table"]')?.focus()
              }
            }}
            data-testid="library-search"
          />
          <SuggestClaimsButton inWorkspace={inWorkspace ?? total} listed={total} filtered={filtered} running={suggesting} onAll={suggestAll} onListed={suggestListed} />
          <button type="button" className="button button-primary" onClick={() => openImport('paste')} data-testid="import-button">
            Import…
          </button>
        </div>
      </header>

      <LibraryFilters filters={filters} facets={rows.facets} onChange={setFilters} />

      {(phase === 'sending' || phase === 'running') && !importOpen && (
        <div className="import-strip">
          <BatchProgress state={batch.state} onCancel={batch.cancel} compact />
          <button type="button" className="link-button" onClick={() => setImportOpen(true)} data-testid="import-show">
            Show
          </button>
        </div>
      )}
      {phase === 'finished' && !importOpen && (
        <FinishedStrip state={batch.state} onShow={() => setImportOpen(true)} onDismiss={batch.reset} />
      )}
      <SuggestCorpusStrip job={suggest} onOpen={(id) => navigate({ page: 'reader', articleId: id })} />

      {notice && (
        <p role="status" className="library-notice" data-testid="library-notice">
          {notice}{' '}
          <button type="button" className="link-button" onClick={() => setNotice(null)}>
            OK
          </button>
        </p>
      )}
      {selection.ids.size > 0 ? (
        <SelectionBar ids={selectedIds} knownTags={(rows.facets?.tags ?? []).map((t) => t.value)} onClear={() => setSelection(NO_SELECTION)} onEdited={onEdited} onSuggest={suggestChosen} cannotSuggest={cannotSuggest} />
      ) : (
        <div className="library-status">
          {total > 0 && (
            <p className="muted small">
              {query && sort ? (
                <button type="button" className="link-button" onClick={() => setSort(null)} data-testid="sort-relevance">
                  Sort by relevance
                </button>
              ) : query ? (
                'Best matches first.'
              ) : null}{' '}
              ↑↓ move, Enter opens, Space selects, Shift-click selects a range, {IS_MAC ? '⌘' : 'Ctrl'}+A selects all. Drop files anywhere here to import them.
            </p>
          )}
        </div>
      )}

      {rows.total === null ? (
        <Loading />
      ) : total > 0 ? (
        <ArticleList
          rows={rows}
          total={total}
          sort={shownSort}
          onSort={(by: SortKey) => setSort(nextSort(shownSort, by))}
          selection={selection}
          onToggle={(index, id, range) => void toggle(index, id, range)}
          onSelectAll={() => void selectAll()}
          onClearSelection={() => setSelection(NO_SELECTION)}
          onOpen={(id) => navigate({ page: 'reader', articleId: id })}
          onDelete={(item) => void remove(item)}
          suggestionCounts={suggest.state.status?.summary.byArticle}
        />
      ) : filtered ? (
        <EmptyState title={query ? `No article matches “${query}”${hasFilters(filters) ? ' with these filters' : ''}.` : 'No article matches these filters.'} testId="library-no-match">
          <p>Try fewer words or fewer filters.</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              setSearch('')
              setFilters({})
            }}
            data-testid="clear-search-filters"
          >
            Clear the search and filters
          </button>
        </EmptyState>
      ) : (
        <EmptyState title="No articles yet." testId="library-empty">
          <p>Paste an article, choose files or a whole folder (.txt, .md, .html, .docx, .pdf), or bring a corpus with its metadata table. You can also drop files anywhere on this page.</p>
          <button type="button" className="button button-primary" onClick={() => openImport('paste')}>
            Import your first article
          </button>{' '}
          <button type="button" className="button" onClick={() => openImport('files')}>
            Import files or a folder
          </button>
        </EmptyState>
      )}

      {drop.dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>Drop files to import them</p>
        </div>
      )}
      {importOpen && (
        <ImportDialog
          batch={batch}
          initialTab={importTab}
          staged={staged}
          onStage={setStaged}
          onClose={() => {
            setImportOpen(false)
            setStaged([])
          }}
          onImported={openImported}
          onOpen={(id) => {
            setImportOpen(false)
            batch.reset()
            navigate({ page: 'reader', articleId: id })
          }}
        />
      )}
    </div>
  )
}

function FinishedStrip({ state, onShow, onDismiss }: { state: BatchState; onShow: () => void; onDismiss: () => void }) {
  const sum = summaryOf(state)
  return (
    <div className="import-strip is-finished" role="status" data-testid="import-finished-strip">
      <span>
        {state.cancelled ? 'Import cancelled' : 'Import finished'}: {sum.imported.toLocaleString()} imported, {sum.duplicates.toLocaleString()} duplicates skipped, {sum.failures.length.toLocaleString()} failed.
      </span>
      <button type="button" className="link-button" onClick={onShow}>
        Show the summary
      </button>
      <button type="button" className="icon-button" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  )
}
