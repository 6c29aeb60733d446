// Performance marks for `npm run bench` (bench/editor.bench.mjs reads them
// with performance.getEntriesByName): how long opening an article, tagging,
// saving and typing into a picker take in the real renderer. A mark costs
// microseconds and stays in the page only until the buffer is cleared.
export const PERF = {
  open: 'claimbook:reader-open',
  openPainted: 'claimbook:reader-open-painted',
  /** Until every claim of the opened article is listed in the panel. */
  panel: 'claimbook:reader-panel',
  tagHighlight: 'claimbook:tag-highlight',
  /** Until the frame after a tag: the highlight painted (the panel follows once the save is answered). */
  tagPainted: 'claimbook:tag-painted',
  tagSaved: 'claimbook:tag-saved',
  pickerKey: 'claimbook:picker-keystroke',
} as const

/** `startTime`: when the user acted (an event's timeStamp), if earlier than now. */
export function perfStart(name: string, startTime?: number): void {
  performance.mark(`${name}:start`, startTime === undefined ? undefined : { startTime })
}

/** Measures from the start mark of `name`, once; nothing without one. */
export function perfEnd(name: string): void {
  if (performance.getEntriesByName(`${name}:start`, 'mark').length === 0) return
  performance.measure(name, `${name}:start`)
  performance.clearMarks(`${name}:start`)
}

/** Ends `name` on the frame after this one (once painted). */
export function perfEndPainted(name: string): void {
  requestAnimationFrame(() => setTimeout(() => perfEnd(name), 0))
}
