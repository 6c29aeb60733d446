// The fields of a create/edit form as one object of strings: `bind(key)`
// wires an input or a select to a field, `reset()` empties a create form
// after it saved.
import { useRef, useState, type ChangeEvent } from 'react'

export function useDraft<T extends Record<string, string>>(initial: T) {
  const first = useRef(initial)
  const [draft, setDraft] = useState(initial)
  const set = <K extends keyof T>(key: K, value: T[K]) => setDraft((d) => ({ ...d, [key]: value }))
  const bind = (key: keyof T & string) => ({
    value: draft[key],
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => set(key, e.target.value as T[typeof key]),
  })
  return { draft, set, bind, reset: () => setDraft(first.current) }
}
