// The reader's undo history: one stack for every coding action, whether it
// changed marks in the text (tag, retag, delete, a text edit) or a claim's
// record (speakers, targets, event, note, tags) or the article's details.
// Entries know how to undo and redo themselves; this class only keeps the
// order and tells the view when it changed.

export type HistoryEntry = {
  /** What the action did, for "Undo tag as denial". */
  label: string
  undo: () => void
  redo: () => void
}

const LIMIT = 500

export class UndoHistory<E extends HistoryEntry = HistoryEntry> {
  private past: E[] = []
  private future: E[] = []
  private listeners = new Set<() => void>()

  push(entry: E): void {
    this.past.push(entry)
    if (this.past.length > LIMIT) this.past.shift()
    this.future = []
    this.changed()
  }

  /** The latest entry, for an action that continues it (typing in edit mode). */
  get last(): E | undefined {
    return this.past[this.past.length - 1]
  }

  undo(): E | undefined {
    const entry = this.past.pop()
    if (!entry) return undefined
    entry.undo()
    this.future.push(entry)
    this.changed()
    return entry
  }

  redo(): E | undefined {
    const entry = this.future.pop()
    if (!entry) return undefined
    entry.redo()
    this.past.push(entry)
    this.changed()
    return entry
  }

  get undoLabel(): string | null {
    return this.past[this.past.length - 1]?.label ?? null
  }

  get redoLabel(): string | null {
    return this.future[this.future.length - 1]?.label ?? null
  }

  /** After something that cannot be undone in order any more. */
  clear(): void {
    this.past = []
    this.future = []
    this.changed()
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private changed(): void {
    for (const listener of [...this.listeners]) listener()
  }
}
