// @vitest-environment happy-dom
// The reader's coding session against a real workspace: every coding action
// (create, retag, relink, note, tags, delete, a text edit) can be undone and
// redone, and after each undo or redo the article file on disk is the one
// there was before (only the article's own "last changed" time moves).
import { TextSelection } from '@tiptap/pm/state'
import { describe, expect, it, vi } from 'vitest'
import type { Actor, Article, Event } from '../../../src/shared/domain'
import { setClaimKind, removeClaim, tagSelection, claimSpansOf } from '../../../src/renderer/src/features/reader/editorClaims'
import { setEditingText } from '../../../src/renderer/src/features/reader/readOnlyText'
import { SaveQueue, type Timers } from '../../../src/renderer/src/features/reader/session/saveQueue'
import { openCodingSession } from '../helpers/coding-session'

const TEXT = 'Ryabkov said the United States had long been pursuing a hostile policy.\n\nThe Kremlin has denied any role in the hacking.'

async function setUp(onSaved?: (claimCount: number) => void) {
  const opened = await openCodingSession(TEXT, onSaved)
  const { editor } = opened
  const select = (quote: string) => {
    let range: [number, number] | null = null
    editor.state.doc.descendants((node, pos) => {
      const at = node.isTextblock ? node.textContent.indexOf(quote) : -1
      if (at >= 0 && !range) range = [pos + 1 + at, pos + 1 + at + quote.length]
      return !node.isTextblock
    })
    editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, ...range!)))
  }
  return { ...opened, select }
}

describe('undo and redo in the reader', () => {
  it('undoes and redoes every coding action, and the workspace on disk follows exactly', async () => {
    const { call, editor, session, onDisk, select } = await setUp()
    const actor = await call<Actor>('actors.create', { name: 'Sergei Ryabkov' })
    const target = await call<Actor>('actors.create', { name: 'United States' })
    const event = await call<Event>('events.create', { name: 'Sanctions' })
    const states = [await onDisk()]
    const step = async (action: () => void) => {
      action()
      states.push(await onDisk())
    }

    let id = ''
    await step(() => {
      select('Ryabkov said the United States had long been pursuing a hostile policy.')
      id = tagSelection(editor, 'assertion')!
    })
    await step(() => session.patch(id, { speakers: [actor.id] }, 'speakers'))
    await step(() => session.patch(id, { targets: [target.id] }, 'targets'))
    await step(() => session.patch(id, { eventId: event.id }, 'event'))
    await step(() => session.patch(id, { note: 'Checked against the TASS version.' }, 'note'))
    await step(() => session.patch(id, { tags: ['security'] }, 'tags'))
    await step(() => setClaimKind(editor, id, 'attribution'))
    let nested = ''
    await step(() => {
      select('a hostile policy')
      nested = tagSelection(editor, 'denial')!
    })
    await step(() => removeClaim(editor, id))
    await step(() => {
      editor.view.dispatch(setEditingText(editor.state.tr, true))
      editor.view.dispatch(editor.state.tr.insertText('Sergei ', 1))
      editor.view.dispatch(setEditingText(editor.state.tr, false))
    })

    // Every state was different from the one before it.
    for (let i = 1; i < states.length; i++) expect(states[i], `step ${i}`).not.toEqual(states[i - 1])
    expect(states[7].article.claims[0]).toMatchObject({ kind: 'attribution', speakers: [actor.id], targets: [target.id], eventId: event.id, note: 'Checked against the TASS version.', tags: ['security'] })

    for (let i = states.length - 2; i >= 0; i--) {
      expect(session.undo()).not.toBeNull()
      expect(await onDisk(), `after undoing to state ${i}`).toEqual(states[i])
    }
    expect(session.undo()).toBeNull()
    expect(claimSpansOf(editor.state.doc)).toEqual([])

    for (let i = 1; i < states.length; i++) {
      expect(session.redo()).not.toBeNull()
      expect(await onDisk(), `after redoing to state ${i}`).toEqual(states[i])
    }
    expect(session.redo()).toBeNull()
    expect(claimSpansOf(editor.state.doc).map((s) => s.id)).toEqual([nested])
  })

  it('shows a link change at once, before the store has answered', async () => {
    const { call, editor, session, select, queue } = await setUp()
    const actor = await call<Actor>('actors.create', { name: 'Kremlin' })
    select('The Kremlin has denied any role')
    const id = tagSelection(editor, 'denial')!
    expect(session.recordOf(id)).toBeUndefined()
    session.patch(id, { speakers: [actor.id] }, 'speakers')
    expect(session.recordOf(id)?.speakers).toEqual([actor.id])
    expect(session.getView().undoLabel).toBe('speakers')
    await queue.idle()
    expect(session.recordOf(id)).toMatchObject({ speakers: [actor.id], quote: 'The Kremlin has denied any role' })
  })

  it('changes the article’s details from the reader, with undo', async () => {
    const { call, article, session, queue } = await setUp()
    session.updateMeta({ outlet: 'RFE/RL', publishedAt: '2020-12-24' })
    expect(session.getView().meta.outlet).toBe('RFE/RL')
    await queue.idle()
    expect(await call<Article>('articles.get', { id: article.id })).toMatchObject({ outlet: 'RFE/RL', publishedAt: '2020-12-24' })
    session.undo()
    await queue.idle()
    expect(await call<Article>('articles.get', { id: article.id })).toMatchObject({ outlet: '', publishedAt: '' })
  })
})

describe('the save queue', () => {
  function fakeTimers(): Timers & { fire: () => void; pending: number } {
    let queued: (() => void) | null = null
    return {
      setTimeout: (fn) => ((queued = fn), 1),
      clearTimeout: () => (queued = null),
      now: () => 0,
      fire: () => {
        const fn = queued
        queued = null
        fn?.()
      },
      get pending() {
        return queued ? 1 : 0
      },
    }
  }
  const tick = () => new Promise((r) => setTimeout(r, 0))

  it('keeps a failing save, retries it with growing pauses and says so, and keeps the order', async () => {
    const timers = fakeTimers()
    const queue = new SaveQueue(timers)
    const done: string[] = []
    let failures = 2
    const first = queue.push('Saving the highlights', async () => {
      if (failures-- > 0) throw new Error('Claimbook’s web host is not answering.')
      done.push('body')
      return 'ok'
    })
    const second = queue.push('Saving the claim', async () => done.push('claim'))
    await tick()
    expect(queue.getStatus()).toMatchObject({ state: 'retrying', attempt: 1, message: /not answering/, pending: 2 })
    timers.fire()
    await tick()
    expect(queue.getStatus()).toMatchObject({ state: 'retrying', attempt: 2 })
    // Closing the window asks for the retry at once instead of after the pause.
    queue.flush()
    expect(await first).toBe('ok')
    await second
    expect(done).toEqual(['body', 'claim'])
    expect(queue.getStatus()).toEqual({ state: 'saved' })
  })

  it('drops a save the store refuses for good, reports it and goes on', async () => {
    const refused = vi.fn()
    const queue = new SaveQueue(fakeTimers(), refused)
    const bad = queue.push('Saving the claim', async () => {
      throw Object.assign(new Error('No claim with id “x”.'), { code: 'not-found' })
    })
    const good = queue.push('Saving the note', async () => 'saved')
    expect(await bad).toBeUndefined()
    expect(await good).toBe('saved')
    expect(refused).toHaveBeenCalledOnce()
    expect(queue.getStatus()).toEqual({ state: 'failed', message: 'Saving the claim: No claim with id “x”.' })
  })
})

describe('acknowledging a tag', () => {
  // The reader ends its "saved" measure when the session reports the save:
  // that must be when the store's answer is in, not after the page has
  // redrawn for it (which still happens, with the stored claim).
  it('reports the save before the page redraws for it, and the redraw shows the stored claim', async () => {
    const events: string[] = []
    const { editor, session, queue, select } = await setUp((count) => events.push(`saved ${count}`))
    let id = ''
    session.subscribe(() => events.push(id && session.recordOf(id)?.createdAt ? 'redraw with the stored claim' : 'redraw'))
    select('The Kremlin has denied any role')
    id = tagSelection(editor, 'denial') ?? ''
    expect(id).not.toBe('')
    await queue.idle()
    const saved = events.indexOf('saved 1')
    expect(saved).toBeGreaterThanOrEqual(0)
    expect(events.slice(0, saved)).not.toContain('redraw with the stored claim')
    expect(events.slice(saved + 1)).toContain('redraw with the stored claim')
    expect(session.recordOf(id)).toMatchObject({ kind: 'denial', start: TEXT.indexOf('The Kremlin') })
  })

  // The panel's view of a tag (its claims, the undo label) follows the
  // store's answer, so redrawing the panel does not hold the answer up; a
  // command that comes first has it published at once.
  it('publishes the panel’s view of a tag once the save is answered, or at once when asked', async () => {
    const { editor, session, queue, select, api } = await setUp()
    let answer: () => void = () => {}
    const saveBlocks = api.saveBlocks
    api.saveBlocks = (input) => new Promise((resolve) => (answer = () => resolve(saveBlocks(input))))
    const before = session.getView()
    select('The Kremlin has denied any role')
    const first = tagSelection(editor, 'denial')
    expect(editor.view.dom.querySelector(`[data-claim-id="${first}"]`)).not.toBeNull()
    expect(session.getView()).toBe(before)
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(session.getView()).toBe(before)
    answer()
    await queue.idle()
    expect(session.getView().version).toBeGreaterThan(before.version)
    expect(session.getView().undoLabel).not.toBeNull()
    expect(claimSpansOf(session.getView().doc).map((s) => s.id)).toEqual([first])

    const held = session.getView()
    select('Ryabkov said')
    const second = tagSelection(editor, 'assertion')
    expect(session.getView()).toBe(held)
    expect(session.publishNow()).toBe(true)
    expect(claimSpansOf(session.getView().doc).map((s) => s.id)).toContain(second)
    expect(session.publishNow()).toBe(false)
    answer()
    await queue.idle()
  })

  // A change the read-only filter refuses is neither recorded nor saved.
  it('saves a tag once, and a refused change sends nothing', async () => {
    const { editor, session, queue, select, api } = await setUp()
    const drawnWhenSent: boolean[] = []
    const saveBlocks = api.saveBlocks
    api.saveBlocks = (input) => {
      drawnWhenSent.push(editor.view.dom.querySelector('[data-claim-id]') !== null)
      return saveBlocks(input)
    }
    select('The Kremlin has denied any role')
    const id = tagSelection(editor, 'denial')
    expect(drawnWhenSent).toEqual([true])
    expect(editor.view.dom.querySelector(`[data-claim-id="${id}"]`)).not.toBeNull()
    await queue.idle()
    expect(session.recordOf(id!)).toMatchObject({ kind: 'denial' })
    // Typing outside edit mode is refused by the read-only filter: no
    // history entry, no save.
    const undoLabel = session.getView().undoLabel
    editor.view.dispatch(editor.state.tr.insertText('x', 1))
    await queue.idle()
    expect(drawnWhenSent).toHaveLength(1)
    expect(session.getView().undoLabel).toBe(undoLabel)
    expect(editor.state.doc.textContent).not.toContain('xRyabkov')
  })
})

describe('the text element and React', () => {
  // React measures the selection of a focused contenteditable by walking
  // the whole text on every commit; the reader's text hides that ability
  // from React (its property), not from the browser (its attribute).
  it('reads as not selection-capable to React while staying editable for the browser', async () => {
    const { editor } = await setUp()
    expect(editor.view.dom.getAttribute('contenteditable')).toBe('true')
    expect(editor.view.dom.contentEditable).not.toBe('true')
    expect(editor.view.dom.contentEditable).not.toBe('false')
  })
})
