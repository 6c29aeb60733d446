// One article open for coding: the editor (source of truth for the claim
// marks), the claim records the store derived from them (links, note, tags),
// the undo history over both, and the saves that keep the workspace equal
// to what the researcher sees.
//
// - A change of marks (tag, retag, delete) or, in edit mode, of text is an
//   editor transaction. It is recorded as its steps (undo applies their
//   inverses) and the body is saved; saves coalesce while one waits.
// - A change of a record (speakers, targets, event, note, tags) is shown at
//   once and saved with claims.update; undo and redo put the record back
//   with claims.restore, timestamps included.
// - The store drops a claim's record when its marks go (a delete, or an undo
//   of a tag) and makes a fresh one when they come back. So each body save
//   made by undo or redo ends by restoring the records as they were (taken
//   from what the store had acknowledged just before the action's own save),
//   and the files on disk end up as they were before.
//
// Everything goes through one SaveQueue, in order, and is retried there.
import type { Editor } from '@tiptap/core'
import type { Node as PMNode } from '@tiptap/pm/model'
import type { Transaction } from '@tiptap/pm/state'
import type { Step } from '@tiptap/pm/transform'
import { plainText } from '../../../../../shared/body'
import type { ClaimRecord, SavedBlocks } from '../../../../../shared/contract-reader'
import { CLAIM_RECORD_FIELDS } from '../../../../../shared/contract-reader'
import type { Article, ArticleMeta, Body, Claim } from '../../../../../shared/domain'
import type { ClaimPatch } from '../claimPatch'
import { LABEL_META, plainTextOf } from '../editorClaims'
import { HISTORY_META, isEditingText, onlyMarkSteps, setEditingText } from '../readOnlyText'
import { HeldUntilSaved } from './afterSave'
import { canonicalBody } from './canonicalBody'
import { UndoHistory, type HistoryEntry } from './history'
import type { SaveQueue } from './saveQueue'

/** The calls a session makes (window.claimbook in the app, a fake in tests). */
export type CodingApi = {
  saveBody: (input: { id: string; body: Body }) => Promise<Article>
  saveBlocks: (input: { id: string; blockCount: number; blocks: { index: number; block: Body['content'][number] }[] }) => Promise<SavedBlocks>
  getArticle: (input: { id: string }) => Promise<Article>
  editText: (input: { id: string; body: Body }) => Promise<Article>
  updateClaim: (input: { articleId: string; claimId: string; patch: ClaimPatch }) => Promise<Claim>
  restoreClaims: (input: { articleId: string; claims: ClaimRecord[] }) => Promise<Claim[]>
  updateMeta: (input: { id: string; patch: Partial<ArticleMeta> }) => Promise<Article>
}

export type MetaFields = Pick<ArticleMeta, 'title' | 'outlet' | 'author' | 'publishedAt' | 'url' | 'language' | 'tags' | 'notes'>

type Records = Map<string, Claim>

type DocEntry = HistoryEntry & {
  type: 'doc'
  steps: Step[]
  docs: PMNode[]
  /** Typing in edit mode: later keystrokes join this entry for a moment. */
  typing: boolean
  at: number
  /** What the store had acknowledged just before the action's save, and just
   * before its first undo: the records each direction restores. */
  before?: Records
  after?: Records
}
type RecordEntry = HistoryEntry & { type: 'record'; claimId: string; before?: Claim; after?: Claim }
type Entry = DocEntry | RecordEntry | (HistoryEntry & { type: 'meta' })

/** What the body save that carries a change does for it. */
type BodyHook = { before?: () => void; restore?: () => Records | undefined }

export type SessionView = {
  version: number
  doc: PMNode
  /** Goes up when the words change (edit mode, or its undo). */
  textVersion: number
  editing: boolean
  meta: MetaFields
  undoLabel: string | null
  redoLabel: string | null
}

/** Keystrokes closer than this in edit mode are one undo step. */
const TYPING_PAUSE_MS = 1000

export function toRecord(claim: Claim): ClaimRecord {
  return { id: claim.id, ...(Object.fromEntries(CLAIM_RECORD_FIELDS.map((f) => [f, claim[f]])) as Omit<ClaimRecord, 'id'>) }
}

const sameValue = (a: unknown, b: unknown) => a === b || (Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => x === b[i]))

function sameRecord(a: Claim, b: Claim): boolean {
  return CLAIM_RECORD_FIELDS.every((f) => sameValue(a[f], b[f]))
}

function sameClaim(a: Claim, b: Claim): boolean {
  return (Object.keys(b) as (keyof Claim)[]).every((f) => sameValue(a[f], b[f])) && Object.keys(a).length === Object.keys(b).length
}

function metaOf(article: ArticleMeta): MetaFields {
  const { title, outlet, author, publishedAt, url, language, tags, notes } = article
  return { title, outlet, author, publishedAt, url, language, tags, notes }
}

export class CodingSession {
  readonly articleId: string
  readonly history = new UndoHistory<Entry>()
  private acked: Records
  private ackedText: string
  /** The document the store holds, as last sent and acknowledged: the
   * paragraphs that are not the same nodes any more are what a save sends. */
  private ackedDoc: PMNode
  private overrides = new Map<string, Partial<Claim>>()
  private inFlight = new Map<string, number>()
  private meta: MetaFields
  private ackedMeta: MetaFields
  private metaSaves = 0
  private doc: PMNode
  private waitingBodySave: { run: () => Promise<void>; hooks: BodyHook[] } | null = null
  private view: SessionView
  private listeners = new Set<() => void>()
  private readonly detach: () => void

  constructor(
    private readonly editor: Editor,
    article: Article,
    private readonly api: CodingApi,
    private readonly queue: SaveQueue,
    /** After each save of the body, with the number of claims now stored. */
    private readonly onSaved: (claimCount: number) => void = () => {},
  ) {
    this.articleId = article.id
    this.heldView = new HeldUntilSaved(this.articleId, queue)
    this.acked = new Map(article.claims.map((c) => [c.id, c]))
    this.ackedText = plainText(article.body)
    this.meta = metaOf(article)
    this.ackedMeta = this.meta
    this.doc = editor.state.doc
    this.ackedDoc = this.doc
    this.view = this.makeView(0)
    // A change is recorded (and its save sent) once ProseMirror has drawn
    // it: sending it before (on Tiptap's beforeTransaction) got the request
    // out ~5 ms sooner but delayed the highlight by building the request
    // first, while the answer still waited for the page to finish its frame.
    const onTransaction = ({ transaction }: { transaction: Transaction }) => this.onTransaction(transaction)
    editor.on('transaction', onTransaction)
    // Coding in the text publishes its view after it is recorded and its
    // save queued (onTransaction), not from the history's own news.
    const onHistory = () => this.recordingInText || this.emit()
    const offHistory = this.history.subscribe(onHistory)
    this.detach = () => {
      editor.off('transaction', onTransaction)
      offHistory()
    }
  }

  destroy(): void {
    this.heldView.drop()
    this.detach()
    this.listeners.clear()
  }

  // ---- the view's side -----------------------------------------------------

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getView = (): SessionView => this.view

  /** The record of a claim as shown: what the store acknowledged, with the
   * changes still on their way. A claim just tagged has none yet. */
  recordOf(id: string): Claim | undefined {
    const acked = this.acked.get(id)
    const override = this.overrides.get(id)
    if (!override) return acked
    return { ...(acked ?? blankClaim(id)), ...override } as Claim
  }

  private textVersion = 0
  private ackedTextVersion = 0

  private makeView(version: number): SessionView {
    return { version, doc: this.doc, textVersion: this.textVersion, editing: isEditingText(this.editor.state), meta: this.meta, undoLabel: this.history.undoLabel, redoLabel: this.history.redoLabel }
  }

  private emit(): void {
    this.heldView.drop()
    this.view = this.makeView(this.view.version + 1)
    for (const listener of [...this.listeners]) listener()
  }

  /** While coding in the text (a tag, retag, delete) is being recorded: its
   * view is published by emitAfterSave. */
  private recordingInText = false
  private readonly heldView: HeldUntilSaved

  /** Coding in the text shows in the text at once; the view the panel reads
   * (the claims, the undo label) follows once the store has answered its
   * save, or soon anyway (afterSave): redrawing the panel in the same task
   * kept the page from reading that answer. Any other change publishes at
   * once, and with it this one. */
  private emitAfterSave(): void {
    if (!this.heldView.holding) this.heldView.hold(() => this.emit())
  }

  /** Publishes a view held back by emitAfterSave now (a command about to
   * act on what the panel shows). True if there was one. */
  publishNow(): boolean {
    return this.heldView.release()
  }

  // ---- coding actions ------------------------------------------------------

  undo(): string | null {
    return this.history.undo()?.label ?? null
  }

  redo(): string | null {
    return this.history.redo()?.label ?? null
  }

  setEditing(editing: boolean): void {
    if (isEditingText(this.editor.state) === editing) return
    this.editor.view.dispatch(setEditingText(this.editor.state.tr, editing))
  }

  /** Changes speakers, targets, event, note or tags of a claim. */
  patch(claimId: string, patch: ClaimPatch, label: string): void {
    const shown = this.recordOf(claimId) ?? blankClaim(claimId)
    const previous = Object.fromEntries(Object.keys(patch).map((k) => [k, shown[k as keyof Claim]])) as Partial<Claim>
    const entry: RecordEntry = {
      type: 'record',
      label,
      claimId,
      undo: () => this.putRecordBack(entry, 'before', previous),
      redo: () => this.putRecordBack(entry, 'after', patch as Partial<Claim>),
    }
    this.history.push(entry)
    this.showAndSave(claimId, patch as Partial<Claim>, `Saving the ${label}`, async () => {
      entry.before ??= this.acked.get(claimId)
      const saved = await this.api.updateClaim({ articleId: this.articleId, claimId, patch })
      entry.after = saved
      this.ackClaims([saved])
    })
  }

  /** Reads the claim records again (the codebook renamed or removed a tag
   * on them), after every save already queued. */
  reloadRecords(): void {
    void this.queue.push('Reading the claims again', async () => this.ackAll((await this.api.getArticle({ id: this.articleId })).claims), this.articleId)
  }

  /** Changes the article's details (title, outlet, date …). */
  updateMeta(patch: Partial<MetaFields>): void {
    const previous = Object.fromEntries(Object.keys(patch).map((k) => [k, this.meta[k as keyof MetaFields]])) as Partial<MetaFields>
    const apply = (fields: Partial<MetaFields>) => {
      this.meta = { ...this.meta, ...fields }
      this.metaSaves += 1
      this.emit()
      const saved = this.queue.push('Saving the article’s details', () => this.api.updateMeta({ id: this.articleId, patch: fields }), this.articleId)
      void saved.then((article) => {
        this.metaSaves -= 1
        if (article) this.ackedMeta = metaOf(article)
        // The store's answer replaces what is shown once no later change
        // is on its way (a refused change goes back to what is stored).
        if (this.metaSaves === 0) this.meta = this.ackedMeta
        this.emit()
      })
    }
    this.history.push({ type: 'meta', label: 'details', undo: () => apply(previous), redo: () => apply(patch) })
    apply(patch)
  }

  // ---- editor transactions -------------------------------------------------

  private onTransaction(tr: Transaction): void {
    this.doc = this.editor.state.doc
    if (!tr.docChanged) {
      if (this.view.editing !== isEditingText(this.editor.state)) this.emit()
      return
    }
    const inText = onlyMarkSteps(tr)
    if (!inText) this.textVersion += 1
    if (tr.getMeta(HISTORY_META) === true) return this.emit()
    this.recordingInText = inText
    try {
      this.record(tr)
    } finally {
      this.recordingInText = false
    }
    if (inText) this.emitAfterSave()
    else this.emit()
  }

  private record(tr: Transaction): void {
    const typing = !onlyMarkSteps(tr)
    const now = Date.now()
    const last = this.history.last
    if (typing && last?.type === 'doc' && last.typing && now - last.at < TYPING_PAUSE_MS && this.history.redoLabel === null) {
      last.steps.push(...tr.steps)
      last.docs.push(...tr.docs)
      last.at = now
      this.saveBody({})
      return
    }
    const entry: DocEntry = {
      type: 'doc',
      label: (tr.getMeta(LABEL_META) as string | undefined) ?? (typing ? 'text edit' : 'highlight change'),
      steps: [...tr.steps],
      docs: [...tr.docs],
      typing,
      at: now,
      undo: () => this.replay(entry, 'undo'),
      redo: () => this.replay(entry, 'redo'),
    }
    this.history.push(entry)
    this.saveBody({ before: () => (entry.before ??= new Map(this.acked)) })
  }

  /** Undoes (inverse steps, last first) or redoes (the steps again) a change
   * of the document. The history is linear, so the document is exactly the
   * one the steps were made on. */
  private replay(entry: DocEntry, direction: 'undo' | 'redo'): void {
    const tr = this.editor.state.tr
    try {
      if (direction === 'undo') for (let i = entry.steps.length - 1; i >= 0; i--) tr.step(entry.steps[i].invert(entry.docs[i]))
      else for (const step of entry.steps) tr.step(step)
    } catch (err) {
      // Never expected; if it happens, an undo in the wrong place would be
      // worse than none.
      queueMicrotask(() => this.history.clear())
      throw new Error(`The ${entry.label} cannot be ${direction}ne any more (${(err as Error).message}); the undo history was cleared.`)
    }
    tr.setMeta(HISTORY_META, true)
    this.editor.view.dispatch(tr)
    const snapshot = direction === 'undo' ? 'after' : 'before'
    const restore = direction === 'undo' ? 'before' : 'after'
    this.saveBody({ before: () => (entry[snapshot] ??= new Map(this.acked)), restore: () => entry[restore] })
  }

  // ---- saving --------------------------------------------------------------

  private saveBody(hook: BodyHook): void {
    const waiting = this.waitingBodySave
    if (waiting && this.queue.isWaitingLast(waiting.run)) {
      waiting.hooks.push(hook)
      return
    }
    const hooks = [hook]
    const run = async () => {
      if (this.waitingBodySave?.hooks === hooks) this.waitingBodySave = null
      await this.runBodySave(hooks)
    }
    this.waitingBodySave = { run, hooks }
    void this.queue.push('Saving the highlights', run, this.articleId)
  }

  /** Runs again from the start when retried: every step is idempotent. */
  private async runBodySave(hooks: BodyHook[]): Promise<void> {
    for (const hook of hooks) hook.before?.()
    const doc = this.doc
    const textVersion = this.textVersion
    await this.sendBody(doc)
    this.ackedDoc = doc
    this.ackedTextVersion = textVersion
    const restore = new Map<string, Claim>()
    for (const hook of hooks) {
      for (const [id, record] of hook.restore?.() ?? []) {
        const now = this.acked.get(id)
        if (now && !sameRecord(now, record)) restore.set(id, record)
        else restore.delete(id)
      }
    }
    if (restore.size > 0) this.ackClaims(await this.api.restoreClaims({ articleId: this.articleId, claims: [...restore.values()].map(toRecord) }))
    // The acknowledgement first, then the re-render it causes (the panel
    // showing the store's records): a save is acknowledged when the answer
    // is in, not once the page has redrawn for it.
    this.onSaved(this.acked.size)
    this.emit()
  }

  /** Coding changes the marks of a paragraph or two: only those are sent.
   * A text edit (explicit edit mode, or its undo) sends the whole body to
   * articles.editText, the one method that accepts new words. */
  private async sendBody(doc: PMNode): Promise<void> {
    const id = this.articleId
    // Reading the whole text is needed only after a text step since the last save.
    if (this.textVersion !== this.ackedTextVersion && plainTextOf(doc) !== this.ackedText) {
      const saved = await this.api.editText({ id, body: canonicalBody(doc) })
      this.ackedText = plainText(saved.body)
      return this.ackAll(saved.claims)
    }
    const changed: number[] = []
    if (doc.childCount === this.ackedDoc.childCount) doc.forEach((block, _offset, i) => block !== this.ackedDoc.child(i) && changed.push(i))
    if (changed.length === 0 && doc.childCount === this.ackedDoc.childCount) return
    if (doc.childCount !== this.ackedDoc.childCount || changed.length > doc.childCount / 2) return this.ackAll((await this.api.saveBody({ id, body: canonicalBody(doc) })).claims)
    const body = canonicalBody(doc, changed)
    const saved = await this.api.saveBlocks({ id, blockCount: doc.childCount, blocks: changed.map((index) => ({ index, block: body.content[index] })) })
    const next = new Map(this.acked)
    for (const gone of saved.removed) next.delete(gone)
    for (const claim of saved.changed) next.set(claim.id, claim)
    // The difference applies to what this session last heard; should the
    // two ever disagree, the whole list is read again.
    if (next.size !== saved.claimCount) return this.ackAll((await this.api.getArticle({ id })).claims)
    // Shown by runBodySave, once the save has been reported.
    this.acked = next
  }

  private putRecordBack(entry: RecordEntry, which: 'before' | 'after', shown: Partial<Claim>): void {
    this.showAndSave(entry.claimId, shown, `Restoring the ${entry.label}`, async () => {
      const record = entry[which]
      // The original save never happened (it was refused): nothing to put back.
      if (!record) return
      this.ackClaims(await this.api.restoreClaims({ articleId: this.articleId, claims: [toRecord(record)] }))
    })
  }

  /** Shows a record change at once and queues its save; the shown change
   * gives way to the store's answer when no other change is on its way. */
  private showAndSave(claimId: string, shown: Partial<Claim>, label: string, run: () => Promise<void>): void {
    this.overrides.set(claimId, { ...this.overrides.get(claimId), ...shown })
    this.inFlight.set(claimId, (this.inFlight.get(claimId) ?? 0) + 1)
    this.emit()
    void this.queue.push(label, run, this.articleId).finally(() => {
      const left = (this.inFlight.get(claimId) ?? 1) - 1
      if (left > 0) this.inFlight.set(claimId, left)
      else {
        this.inFlight.delete(claimId)
        this.overrides.delete(claimId)
      }
      this.emit()
    })
  }

  /** The claims the store holds after a body save. A claim that did not
   * change keeps its object, so the list re-renders only what changed. */
  private ackAll(claims: Claim[]): void {
    const previous = this.acked
    this.acked = new Map(claims.map((c) => { const old = previous.get(c.id); return [c.id, old && sameClaim(old, c) ? old : c] }))
    this.emit()
  }

  private ackClaims(claims: Claim[]): void {
    for (const claim of claims) this.acked.set(claim.id, claim)
    this.emit()
  }

}

function blankClaim(id: string): Claim {
  return { id, kind: 'assertion', speakers: [], targets: [], eventId: null, cue: '', note: '', tags: [], quote: '', start: 0, end: 0, createdAt: '', updatedAt: '' }
}
