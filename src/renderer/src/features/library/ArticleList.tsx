// The library as a virtual grid: only the rows in view are in the page, so
// 10,000 articles scroll like 10. Rows arrive page by page (useLibraryPages).
// One tab stop: arrows move the active row, Enter opens it, Space selects
// it (Shift+arrows extend the selection), Ctrl/Cmd+A selects every match.
import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react'
import type { LibraryItem } from '../../../../shared/contract-import'
import { isModKey } from '../../app/keyboard'
import { formatDate } from '../../app/ui/format'
import { Highlighted } from './Highlighted'
import { libraryMemory } from './libraryMemory'
import type { Selection } from './selection'
import { SortHeader, type SortKey, type SortState } from './SortHeader'
import type { LibraryRows } from './useLibraryPages'

type Props = {
  rows: LibraryRows
  total: number
  sort: SortState
  onSort: (by: SortKey) => void
  selection: Selection
  /** A click on a row's box (shift: a range from the anchor). */
  onToggle: (index: number, id: string, range: boolean) => void
  onSelectAll: () => void
  onClearSelection: () => void
  onOpen: (id: string) => void
  onDelete: (item: LibraryItem) => void
  /** Open suggestions per article id from the last corpus run, if any. */
  suggestionCounts?: Readonly<Record<string, number>>
}

const ESTIMATED_ROW = 58

export function ArticleList({ rows, total, sort, onSort, selection, onToggle, onSelectAll, onClearSelection, onOpen, onDelete, suggestionCounts }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null)
  // Where the user left this list (libraryMemory), kept as they move.
  const [active, setActive] = useState(() => Math.min(libraryMemory.active, Math.max(0, total - 1)))
  const virtualizer = useVirtualizer({ count: total, getScrollElement: () => scrollRef.current, estimateSize: () => ESTIMATED_ROW, overscan: 8, initialOffset: libraryMemory.scrollTop })
  useEffect(() => {
    libraryMemory.active = active
  }, [active])
  // A new search, sort or filter shows its list from the top.
  const shownKey = useRef(rows.shownKey)
  useEffect(() => {
    if (shownKey.current === rows.shownKey) return
    shownKey.current = rows.shownKey
    setActive(0)
    virtualizer.scrollToOffset(0)
  }, [rows.shownKey, virtualizer])
  const items = virtualizer.getVirtualItems()
  const first = items[0]?.index ?? 0
  const last = items[items.length - 1]?.index ?? 0

  // Ask for the pages of what is in view (and a little beyond).
  const { ensure } = rows
  useEffect(() => {
    if (total > 0) ensure(first, Math.min(total - 1, last + 20))
  }, [ensure, first, last, total, rows.version])

  useEffect(() => {
    if (active >= total) setActive(Math.max(0, total - 1))
  }, [active, total])

  const moveTo = (index: number, extend: boolean) => {
    const next = Math.max(0, Math.min(total - 1, index))
    setActive(next)
    virtualizer.scrollToIndex(next, { align: 'auto' })
    const item = rows.itemAt(next)
    if (extend && item) onToggle(next, item.id, true)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return // a control inside a row
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 600) / ESTIMATED_ROW))
    const item = rows.itemAt(active)
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(active + 1, event.shiftKey),
      ArrowUp: () => moveTo(active - 1, event.shiftKey),
      PageDown: () => moveTo(active + page, false),
      PageUp: () => moveTo(active - page, false),
      Home: () => moveTo(0, false),
      End: () => moveTo(total - 1, false),
      Enter: () => item && onOpen(item.id),
      ' ': () => item && onToggle(active, item.id, event.shiftKey),
      Escape: () => onClearSelection(),
    }
    if (isModKey(event) && event.key.toLowerCase() === 'a') {
      event.preventDefault()
      onSelectAll()
      return
    }
    const action = keys[event.key]
    if (!action || total === 0) return
    event.preventDefault()
    action()
  }

  const loadedIds = items.map((v) => rows.itemAt(v.index)?.id).filter((id): id is string => !!id)
  const allChosen = total > 0 && selection.ids.size >= total
  const someChosen = selection.ids.size > 0 && !allChosen
  const rowId = (index: number) => `library-row-${index}`

  return (
    <div
      className="library-grid"
      role="grid"
      aria-label="Articles"
      aria-rowcount={total + 1}
      aria-multiselectable="true"
      aria-activedescendant={total > 0 ? rowId(active) : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      data-testid="article-table"
      data-total={total}
      data-loaded={loadedIds.length}
    >
      <div role="row" className="library-row library-head" aria-rowindex={1}>
        <div role="columnheader" className="col-check">
          <input
            type="checkbox"
            aria-label={allChosen ? 'Clear the selection' : 'Select every article listed'}
            checked={allChosen}
            ref={(el) => {
              if (el) el.indeterminate = someChosen
            }}
            onChange={() => (allChosen || someChosen ? onClearSelection() : onSelectAll())}
            data-testid="select-all"
          />
        </div>
        <SortHeader label="Title" by="title" sort={sort} onSort={onSort} />
        <SortHeader label="Outlet" by="outlet" sort={sort} onSort={onSort} className="col-outlet" />
        <SortHeader label="Date" by="date" sort={sort} onSort={onSort} className="col-date" />
        <SortHeader label="Claims" by="claims" sort={sort} onSort={onSort} className="col-number" />
        <div role="columnheader" className="col-actions">
          <span className="visually-hidden">Actions</span>
        </div>
      </div>
      <div ref={scrollRef} className="library-scroll" role="rowgroup" onScroll={(e) => (libraryMemory.scrollTop = e.currentTarget.scrollTop)}>
        <div className="library-sizer" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((v) => {
            const item = rows.itemAt(v.index)
            const style = { transform: `translateY(${v.start}px)` }
            if (!item) {
              return (
                <div key={v.key} role="row" id={rowId(v.index)} aria-rowindex={v.index + 2} className="library-row is-loading" style={style} data-index={v.index} ref={virtualizer.measureElement}>
                  <div role="gridcell" className="muted">
                    Loading…
                  </div>
                </div>
              )
            }
            const chosen = selection.ids.has(item.id)
            return (
              <div
                key={v.key}
                role="row"
                id={rowId(v.index)}
                aria-rowindex={v.index + 2}
                aria-selected={chosen}
                className={`library-row${chosen ? ' is-selected' : ''}${v.index === active ? ' is-active' : ''}`}
                style={style}
                data-index={v.index}
                ref={virtualizer.measureElement}
                data-testid="article-row"
                data-article-id={item.id}
                onClick={() => setActive(v.index)}
              >
                <div role="gridcell" className="col-check">
                  <input
                    type="checkbox"
                    tabIndex={-1}
                    checked={chosen}
                    // onClick, not onChange: the shift key decides a range.
                    onClick={(e: MouseEvent<HTMLInputElement>) => onToggle(v.index, item.id, e.shiftKey)}
                    onChange={() => undefined}
                    aria-label={`Select “${item.title}”`}
                    data-testid="article-select"
                  />
                </div>
                <div role="gridcell" className="col-title">
                  <button type="button" tabIndex={-1} className="row-title" onClick={() => onOpen(item.id)} data-testid="article-open">
                    <bdi>
                      <Highlighted text={item.title} hits={item.titleHits} />
                    </bdi>
                  </button>
                  {item.author && <div className="row-sub muted">{item.author}</div>}
                  {item.snippet && (
                    <div className="row-snippet" data-testid="article-snippet">
                      <Highlighted text={item.snippet.text} hits={item.snippet.hits} />
                    </div>
                  )}
                  {item.tags.length > 0 && (
                    <div className="row-tags">
                      {item.tags.slice(0, 6).map((t) => (
                        <span key={t} className="type-tag">
                          {t}
                        </span>
                      ))}
                    </div>
                  )}
                </div>
                <div role="gridcell" className="col-outlet" data-testid="article-outlet">
                  {item.outlet || <span className="muted">—</span>}
                </div>
                <div role="gridcell" className="col-date" data-testid="article-date">
                  {formatDate(item.publishedAt) || <span className="muted">—</span>}
                </div>
                <div role="gridcell" className="col-number" data-testid="article-claim-count">
                  {item.claimCount}
                  <SuggestedCount count={suggestionCounts?.[item.id]} />
                </div>
                <div role="gridcell" className="col-actions">
                  <button type="button" tabIndex={-1} className="button button-small button-quiet" onClick={() => onDelete(item)} aria-label={`Delete “${item.title}”`} data-testid="article-delete">
                    Delete
                  </button>
                </div>
              </div>
            )
          })}
        </div>
      </div>
    </div>
  )
}

/** "+5": open suggestions found by the last corpus run (a lookup per row shown). */
function SuggestedCount({ count }: { count: number | undefined }) {
  if (!count) return null
  return (
    <span className="suggested-count" title={`${count} open suggestion${count === 1 ? '' : 's'} when the claims were last suggested`} data-testid="article-suggestion-count">
      +{count}
      <span className="visually-hidden"> suggested</span>
    </span>
  )
}
