// The library's rows, page by page, from library.query: the first page (with
// the facet counts and the total, which sizes the virtual list) loads when
// the search, sort or filters change; later pages load when the list scrolls
// to them. A newer query makes the pages of older ones stale.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ClaimbookApi } from '../../../../shared/contract'
import type { LibraryItem, LibraryPage, LibraryQuery } from '../../../../shared/contract-import'
import { useReportError } from '../../app/errors'
import { api } from '../../app/useApi'

export const PAGE_SIZE = 100
/** The largest page the contract gives, for collecting ids. */
const ID_PAGE = 500

export type LibraryParams = Pick<LibraryQuery, 'query' | 'sort' | 'filters'>

type Cache = { pages: Map<number, LibraryItem[]>; pending: Set<number> }

export type LibraryRows = {
  /** Null until the first page of the current query has arrived. */
  total: number | null
  facets: LibraryPage['facets']
  loading: boolean
  itemAt: (index: number) => LibraryItem | undefined
  /** Asks for the pages holding rows from..to (what the list shows). */
  ensure: (from: number, to: number) => void
  reload: () => void
  /** The query whose rows are shown (they stay until the next one's come). */
  shownKey: string | null
  /** Changes whenever rows arrive, for memoised children. */
  version: number
}

export function useLibraryPages(params: LibraryParams): LibraryRows {
  const report = useReportError()
  const key = JSON.stringify(params)
  const paramsRef = useRef(params)
  paramsRef.current = params
  const cache = useRef<Cache>({ pages: new Map(), pending: new Set() })
  const [generation, setGeneration] = useState(0)
  const [head, setHead] = useState<{ key: string; total: number; facets: LibraryPage['facets'] } | null>(null)
  const [loading, setLoading] = useState(true)
  const [version, setVersion] = useState(0)

  useEffect(() => {
    let current = true
    setLoading(true)
    api()
      .library.query({ ...paramsRef.current, offset: 0, limit: PAGE_SIZE, facets: true })
      .then(
        (page) => {
          if (!current) return
          // Rows of the previous query stay on screen until now: no flicker.
          cache.current = { pages: new Map([[0, page.items]]), pending: new Set() }
          setHead({ key, total: page.total, facets: page.facets })
          setLoading(false)
          setVersion((v) => v + 1)
        },
        (err: unknown) => {
          if (!current) return
          setLoading(false)
          report(err, 'Could not load the library')
        },
      )
    return () => {
      current = false
    }
  }, [key, generation, report])

  const ensure = useCallback(
    (from: number, to: number) => {
      const mine = cache.current
      for (let p = Math.floor(Math.max(0, from) / PAGE_SIZE); p <= Math.floor(Math.max(0, to) / PAGE_SIZE); p++) {
        if (mine.pages.has(p) || mine.pending.has(p)) continue
        mine.pending.add(p)
        api()
          .library.query({ ...paramsRef.current, offset: p * PAGE_SIZE, limit: PAGE_SIZE, facets: false })
          .then(
            (page) => {
              mine.pending.delete(p)
              if (cache.current !== mine) return
              mine.pages.set(p, page.items)
              setVersion((v) => v + 1)
            },
            (err: unknown) => {
              mine.pending.delete(p)
              report(err, 'Could not load more of the library')
            },
          )
      }
    },
    [report],
  )

  const itemAt = useCallback((index: number) => cache.current.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE], [])
  const reload = useCallback(() => setGeneration((g) => g + 1), [])
  return { total: head?.total ?? null, facets: head?.facets ?? null, loading, itemAt, ensure, reload, shownKey: head?.key ?? null, version }
}

/** The ids of rows from..to (both included) of a query, in list order: for
 * a shift-click over rows not loaded yet, and for "select all". */
export async function idsOf(client: Pick<ClaimbookApi, 'library'>, params: LibraryParams, from: number, to: number): Promise<string[]> {
  const ids: string[] = []
  for (let offset = from; offset <= to; offset += ID_PAGE) {
    const page = await client.library.query({ ...params, offset, limit: Math.min(ID_PAGE, to - offset + 1), facets: false })
    ids.push(...page.items.map((item) => item.id))
    if (page.items.length === 0) break
  }
  return ids
}
