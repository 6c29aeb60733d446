// Loading data from `window.claimbook` with loading and error state. Errors
// are reported to the error banner as well as returned, so a page can show an
// inline message without the failure ever being silent.
import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react'
import type { ClaimbookApi } from '../../../shared/contract'
import { useReportError } from './errors'

/** The one door to the main process (IPC) or the web host (HTTP). */
export function api(): ClaimbookApi {
  return window.claimbook
}

export type Query<T> = {
  data: T | undefined
  loading: boolean
  error: Error | null
  reload: () => void
  /** Local update after a mutation, without a round trip. */
  setData: (update: (previous: T | undefined) => T | undefined) => void
}

export function useApiQuery<T>(load: (client: ClaimbookApi) => Promise<T>, deps: DependencyList): Query<T> {
  const report = useReportError()
  const [data, setDataState] = useState<T | undefined>(undefined)
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<Error | null>(null)
  const [generation, setGeneration] = useState(0)
  const loadRef = useRef(load)
  loadRef.current = load

  useEffect(() => {
    // A newer request (typing in the search box) makes older answers stale.
    let current = true
    setLoading(true)
    loadRef.current(api()).then(
      (value) => {
        if (!current) return
        setDataState(value)
        setError(null)
        setLoading(false)
      },
      (err: unknown) => {
        if (!current) return
        const e = err instanceof Error ? err : new Error(String(err))
        setError(e)
        setLoading(false)
        report(e)
      },
    )
    return () => {
      current = false
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller lists what the loader depends on
  }, [...deps, generation, report])

  const reload = useCallback(() => setGeneration((g) => g + 1), [])
  const setData = useCallback((update: (previous: T | undefined) => T | undefined) => setDataState(update), [])
  return { data, loading, error, reload, setData }
}

/** Runs a mutation, tracks whether it is running and reports its failure. */
export function useAction(): { busy: boolean; run: <T>(action: () => Promise<T>, context?: string) => Promise<T | undefined> } {
  const report = useReportError()
  const [busy, setBusy] = useState(false)
  const run = useCallback(
    async <T,>(action: () => Promise<T>, context?: string): Promise<T | undefined> => {
      setBusy(true)
      try {
        return await action()
      } catch (err) {
        report(err, context)
        return undefined
      } finally {
        setBusy(false)
      }
    },
    [report],
  )
  return { busy, run }
}
