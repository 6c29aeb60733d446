// Work that can wait until a view is on screen (the actor registry, which
// only names things): `settle()` once the view has rendered, and `settled`
// turns true a moment later, so the view's own request and render never
// queue behind it.
import { useCallback, useEffect, useRef, useState } from 'react'

const DELAY_MS = 400

export function useSettled(): { settled: boolean; settle: () => void } {
  const [settled, setSettled] = useState(false)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const settle = useCallback(() => {
    if (timer.current !== null) return
    timer.current = setTimeout(() => setSettled(true), DELAY_MS)
  }, [])
  useEffect(() => () => {
    if (timer.current !== null) clearTimeout(timer.current)
  }, [])
  return { settled, settle }
}
