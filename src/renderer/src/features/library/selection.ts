// Choosing rows of the library as in a file manager: a click toggles one
// row and sets the anchor; a shift-click selects from the anchor to the row.

export type Selection = { ids: ReadonlySet<string>; anchor: number | null }

export const NO_SELECTION: Selection = { ids: new Set(), anchor: null }

export function toggleOne(selection: Selection, id: string, index: number): Selection {
  const ids = new Set(selection.ids)
  if (ids.has(id)) ids.delete(id)
  else ids.add(id)
  return { ids, anchor: index }
}

/** The rows from the anchor to `index` (both included) are added; the
 * anchor stays, so a second shift-click changes the range's other end. */
export function rangeBounds(selection: Selection, index: number): [number, number] {
  const anchor = selection.anchor ?? index
  return anchor <= index ? [anchor, index] : [index, anchor]
}

export function addRange(selection: Selection, idsInRange: readonly string[]): Selection {
  return { ids: new Set([...selection.ids, ...idsInRange]), anchor: selection.anchor }
}
