// "Once the store has answered, or soon anyway": when the reader's panel
// follows a change made in the text. On a busy 2-core machine the panel's
// redraw right after a tag (the details, the list, the toolbar) kept the
// page from reading the store's answer to the save, which then waited
// behind it; the text shows the change at once, the rest follows the answer.
import { readerSaves } from './readerSaves'
import type { SaveQueue } from './saveQueue'

/** Longest wait for the saves before the panel follows anyway (a save that
 * is being retried must not freeze the panel). */
export const FOLLOW_AT_MOST_MS = 200

/** Runs `fn` once, when nothing of `articleId` (or nothing at all) is queued
 * any more or after FOLLOW_AT_MOST_MS, whichever comes first. Returns a
 * function that cancels it. */
export function afterSave(fn: () => void, articleId?: string, queue: SaveQueue = readerSaves): () => void {
  let pending = true
  const run = () => {
    if (!pending) return
    pending = false
    clearTimeout(timer)
    fn()
  }
  const timer = setTimeout(run, FOLLOW_AT_MOST_MS)
  void queue.idle(articleId).then(run)
  return () => {
    pending = false
    clearTimeout(timer)
  }
}

/** One action held until the saves are answered (afterSave), which can be
 * run at once instead (`release`) or dropped. Holding another drops the one
 * held and waits anew. The session holds its view this way, the reader the
 * active claim of a tag. */
export class HeldUntilSaved {
  private held: { run: () => void; cancel: () => void } | null = null

  constructor(
    private readonly articleId?: string,
    private readonly queue: SaveQueue = readerSaves,
  ) {}

  get holding(): boolean {
    return this.held !== null
  }

  hold(run: () => void): void {
    this.drop()
    const entry = {
      run,
      cancel: afterSave(() => {
        if (this.held !== entry) return
        this.held = null
        run()
      }, this.articleId, this.queue),
    }
    this.held = entry
  }

  /** Runs the held action now; true if there was one. */
  release(): boolean {
    const entry = this.held
    if (!entry) return false
    this.held = null
    entry.cancel()
    entry.run()
    return true
  }

  drop(): void {
    this.held?.cancel()
    this.held = null
  }
}
