// The one save queue of the reader, shared by every article the user opens:
// leaving an article (or the reader) never drops a save still waiting or
// being retried, and reopening the article waits for it (ReaderPage).
import { SaveQueue } from './saveQueue'

let reportRefusal: (err: unknown, label: string) => void = () => {}

export const readerSaves = new SaveQueue(undefined, (err, label) => reportRefusal(err, label))

/** Where refusals are shown (the app's error toasts). */
export function setRefusalReporter(report: (err: unknown, label: string) => void): void {
  reportRefusal = report
}

let guarded = false

/** While a save is waiting, closing or reloading the page asks first (the
 * browser's own question; in the desktop app the main process asks, see
 * src/main/desktop/unsaved-guard.ts) and the waiting save is tried again at
 * once, so a wait of a moment is usually enough. */
export function installUnloadGuard(): void {
  if (guarded) return
  guarded = true
  window.addEventListener('beforeunload', (event) => {
    if (readerSaves.pending === 0) return
    readerSaves.flush()
    event.preventDefault()
    event.returnValue = ''
  })
}
