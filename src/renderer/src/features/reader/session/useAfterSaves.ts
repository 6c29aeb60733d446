// A value that follows another once the reader's saves have been answered
// (or soon anyway, see afterSave), as a low-priority update. The claim list,
// its filters and the active claim's details use it: after a tag the new
// claim shows at once in the text, and the panel's redraw (hundreds of
// entries, the details' fields) waits until the store has acknowledged the
// save instead of holding its answer up on a busy page.
import { startTransition, useEffect, useState } from 'react'
import { afterSave } from './afterSave'

export function useAfterSaves<T>(value: T, initial: T): T {
  const [settled, setSettled] = useState(initial)
  useEffect(() => afterSave(() => startTransition(() => setSettled(value))), [value])
  return settled
}
