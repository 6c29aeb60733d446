// State that a long-running task (a job being polled, an upload) may update
// after the component has gone: such updates are dropped. `mounted` tells
// the task to stop asking.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react'

export function useMountedState<T>(initial: T): [T, (change: (state: T) => T) => void, RefObject<boolean>] {
  const [state, setState] = useState(initial)
  const mounted = useRef(true)
  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
    }
  }, [])
  const update = useCallback((change: (state: T) => T) => {
    if (mounted.current) setState(change)
  }, [])
  return [state, update, mounted]
}
