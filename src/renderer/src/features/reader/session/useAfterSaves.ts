// A value that follows another once the reader's saves have been answered
// (or after a short wait, whichever comes first), as a low-priority update.
// The claim list and its filters use it: after a tag the new claim is shown
// at once in the text and in its details, and the list's redraw (hundreds of
// entries, a layout of the panel) waits until the store has acknowledged
// the save instead of holding its answer up on a busy page.
import { startTransition, useEffect, useState } from 'react'
import { readerSaves } from './readerSaves'

/** Longest wait for the saves before the value follows anyway. */
const AT_MOST_MS = 200

export function useAfterSaves<T>(value: T, initial: T): T {
  const [settled, setSettled] = useState(initial)
  useEffect(() => {
    let current = true
    let timer: ReturnType<typeof setTimeout> | undefined
    const follow = () => {
      if (!current) return
      current = false
      clearTimeout(timer)
      startTransition(() => setSettled(value))
    }
    timer = setTimeout(follow, AT_MOST_MS)
    void readerSaves.idle().then(follow)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [value])
  return settled
}
