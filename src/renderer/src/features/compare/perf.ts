// Performance marks for `npm run bench` (bench/compare-ui.bench.mjs reads
// them with performance.getEntriesByName): from opening an analysis view to
// its first render with data. A mark costs microseconds.
import { useEffect, useRef } from 'react'

export const ANALYSIS_PERF = {
  compareEvent: 'claimbook:compare-event',
  compareOutlets: 'claimbook:compare-outlets',
  /** Until the network can be seen (its sketch, or cytoscape's drawing). */
  network: 'claimbook:network',
  /** Until cytoscape has drawn it (it can be clicked). */
  networkDrawn: 'claimbook:network-drawn',
} as const

export function perfStart(name: string): void {
  performance.mark(`${name}:start`)
}

/** Measures from the start mark of `name`, once; nothing without one. */
export function perfEnd(name: string): void {
  if (performance.getEntriesByName(`${name}:start`, 'mark').length === 0) return
  performance.measure(name, `${name}:start`)
  performance.clearMarks(`${name}:start`)
}

/** Starts `name` when `key` changes (the first time: on mount) and ends it
 * after the first commit in which `ready` holds for that key; then calls
 * `onReady`, if given. */
export function useRenderTiming(name: string, key: string, ready: boolean, onReady?: () => void): void {
  const started = useRef<string | null>(null)
  if (started.current !== key) {
    started.current = key
    perfStart(name)
  }
  useEffect(() => {
    if (!ready) return
    perfEnd(name)
    onReady?.()
  }, [name, key, ready, onReady])
}
