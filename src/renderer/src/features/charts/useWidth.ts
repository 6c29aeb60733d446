// The width a chart has on screen, so that it is drawn at that width (text
// keeps its size instead of shrinking with a scaled-down picture).
import { useLayoutEffect, useRef, useState } from 'react'

export function useWidth<T extends HTMLElement>(fallback: number): [React.RefObject<T | null>, number] {
  const ref = useRef<T>(null)
  const [width, setWidth] = useState(fallback)
  useLayoutEffect(() => {
    const node = ref.current
    if (!node) return
    const measure = () => {
      const w = Math.round(node.clientWidth)
      if (w > 0) setWidth(w)
    }
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(node)
    return () => observer.disconnect()
  }, [])
  return [ref, width]
}
