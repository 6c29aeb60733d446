// @vitest-environment happy-dom
// Suggestions in the reader, below the React layer: placing the back end's
// offsets in the editor, the outlines (decorations, never saved), hiding the
// ones a claim covers, boundary steps by word, who the speaker is, the keys,
// and accepting through the coding session against a real workspace (the
// claim, its speaker and cue on disk; one undo takes it all back).
import { Editor } from '@tiptap/core'
import { TextSelection } from '@tiptap/pm/state'
import { afterEach, describe, expect, it } from 'vitest'
import type { ActorSuggestion, ClaimSuggestion } from '../../../src/shared/contract-suggest'
import type { Actor, Article, Kind } from '../../../src/shared/domain'
import { bodyFromParagraphs } from '../../../src/shared/body'
import { claimSpansOf, tagSelection } from '../../../src/renderer/src/features/reader/editorClaims'
import { readerKeyCommand } from '../../../src/renderer/src/features/reader/readerKeys'
import { readerExtensions } from '../../../src/renderer/src/features/reader/useArticleEditor'
import { ACCEPT_LINKS_LABEL, addAcceptedClaims, linkAcceptedClaim, undoRedoAccepts } from '../../../src/renderer/src/features/reader/suggestions/acceptSuggestion'
import { nextWordEnd, nextWordStart, previousWordEnd, previousWordStart, stepBoundary } from '../../../src/renderer/src/features/reader/suggestions/boundaries'
import { placeSuggestions, uncovered } from '../../../src/renderer/src/features/reader/suggestions/placement'
import { actorInput, isNamedSpeaker, missingActors, newSpeakerActor, registryIndex, speakersOf } from '../../../src/renderer/src/features/reader/suggestions/speakers'
import { setSuggestionHighlights } from '../../../src/renderer/src/features/reader/suggestions/suggestionHighlights'
import { rememberSuggestionsShown, suggestionsShown } from '../../../src/renderer/src/features/reader/suggestions/suggestionPrefs'
import { openCodingSession } from '../helpers/coding-session'

const PARAGRAPHS = [
  'Ryabkov said the United States had long been pursuing a hostile policy.',
  '“We are going from bad to worse,” Ryabkov said. The Kremlin denied any role in the hacking.',
]
const TEXT = PARAGRAPHS.join('\n\n')

/** A suggestion as the back end would send it, found by its words in TEXT. */
function suggestion(content: string, options: { source?: string; cue?: string; kind?: Kind; speakerIds?: string[]; speakerName?: string; text?: string } = {}): ClaimSuggestion {
  const text = options.text ?? TEXT
  const span = (words: string | undefined) => {
    if (!words) return null
    const start = text.indexOf(words)
    if (start < 0) throw new Error(`not in the text: ${words}`)
    return { start, end: start + words.length, text: words }
  }
  return {
    id: `s-${content.slice(0, 12).replace(/\W/g, '_')}`,
    content: span(content)!,
    source: span(options.source),
    cue: span(options.cue),
    kind: options.kind ?? 'assertion',
    speakerIds: options.speakerIds ?? [],
    speakerName: options.speakerName ?? options.source ?? '',
    rule: 'test',
    confidence: 0.8,
  }
}

const editors: Editor[] = []
afterEach(() => {
  while (editors.length) editors.pop()!.destroy()
})

function editorWith(paragraphs: string[] = PARAGRAPHS): Editor {
  const element = document.createElement('div')
  document.body.append(element)
  const editor = new Editor({ element, extensions: readerExtensions(), content: bodyFromParagraphs(paragraphs) })
  editors.push(editor)
  return editor
}

const textOf = (editor: Editor, range: { from: number; to: number }) => editor.state.doc.textBetween(range.from, range.to, '\n\n')

describe('placing suggestions in the editor', () => {
  it('turns plain-text offsets (blocks joined by a blank line) into document positions, in text order', () => {
    const editor = editorWith()
    const later = suggestion('The Kremlin denied any role in the hacking.', { source: 'The Kremlin', cue: 'denied', kind: 'denial' })
    const first = suggestion('the United States had long been pursuing a hostile policy', { source: 'Ryabkov', cue: 'said' })
    const placed = placeSuggestions(editor.state.doc, [later, first])
    expect(placed.map((p) => p.suggestion.id)).toEqual([first.id, later.id])
    expect(textOf(editor, placed[1].content)).toBe('The Kremlin denied any role in the hacking.')
    expect(textOf(editor, placed[1].source!)).toBe('The Kremlin')
    expect(textOf(editor, placed[1].cue!)).toBe('denied')
    expect(placed.map((p) => p.block)).toEqual([0, 1])
  })

  it('leaves out a suggestion whose words are no longer at its offsets, and a speaker span that moved', () => {
    const editor = editorWith()
    const stale = { ...suggestion('the United States had long'), content: { start: 0, end: 26, text: 'the United States had long' } }
    const movedSource = { ...suggestion('The Kremlin denied any role', { cue: 'denied' }), source: { start: 3, end: 14, text: 'The Kremlin' } }
    const placed = placeSuggestions(editor.state.doc, [stale, movedSource])
    expect(placed.map((p) => p.suggestion.id)).toEqual([movedSource.id])
    expect(placed[0].source).toBeNull()
    expect(placed[0].cue).not.toBeNull()
  })

  it('hides a suggestion once a claim overlaps it by half of the shorter of the two, and shows it again when the claim goes', () => {
    const editor = editorWith()
    const placed = placeSuggestions(editor.state.doc, [suggestion('the United States had long been pursuing a hostile policy'), suggestion('The Kremlin denied any role in the hacking.')])
    const select = (from: number, to: number) => editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, from, to)))
    // A claim that only reaches a few characters into it does not hide it.
    select(1, placed[0].content.from + 3)
    tagSelection(editor, 'assertion')
    expect(uncovered(editor.state.doc, placed)).toHaveLength(2)
    select(placed[1].content.from, placed[1].content.to - 5)
    tagSelection(editor, 'denial')
    expect(uncovered(editor.state.doc, placed).map((p) => p.suggestion.id)).toEqual([placed[0].suggestion.id])
    // Accepted, then narrowed to a few of its words: still coded.
    select(placed[0].content.from + 4, placed[0].content.from + 17)
    tagSelection(editor, 'assertion')
    expect(uncovered(editor.state.doc, placed)).toHaveLength(0)
  })
})

describe('the outlines in the text', () => {
  it('draw every suggestion with its id, kind and label, nested ones too, and the active one’s speaker and cue', () => {
    const editor = editorWith()
    const outer = suggestion('“We are going from bad to worse,” Ryabkov said.', { kind: 'attribution' })
    const inner = suggestion('from bad to worse', { source: 'Ryabkov', cue: 'said' })
    const placed = placeSuggestions(editor.state.doc, [outer, inner])
    editor.view.dispatch(setSuggestionHighlights(editor.state.tr, { placed, activeId: inner.id }))
    const dom = editor.view.dom
    const ids = [...dom.querySelectorAll('[data-suggestion-id]')].map((e) => e.getAttribute('data-suggestion-id'))
    expect(new Set(ids)).toEqual(new Set([outer.id, inner.id]))
    expect(dom.querySelector(`.suggestion[data-suggestion-id="${inner.id}"]`)?.closest(`.suggestion[data-suggestion-id="${outer.id}"]`)).not.toBeNull()
    expect(dom.querySelector(`.suggestion[data-suggestion-id="${inner.id}"]`)?.classList.contains('is-active')).toBe(true)
    expect(dom.querySelector(`.suggestion[data-suggestion-id="${outer.id}"]`)?.getAttribute('data-kind')).toBe('attribution')
    // The labels sit on the last character (the inner one ends earlier).
    expect([...dom.querySelectorAll('.suggestion-end')].map((e) => [e.textContent, e.getAttribute('data-label')])).toEqual([['e', 'A?'], ['.', 'T?']])
    expect(dom.querySelector('.suggestion-source')?.textContent).toBe('Ryabkov')
    expect(dom.querySelector('.suggestion-cue')?.textContent).toBe('said')
  })

  it('are never part of the document that is saved, and go when nothing is to be shown', () => {
    const editor = editorWith()
    const before = JSON.stringify(editor.getJSON())
    const placed = placeSuggestions(editor.state.doc, [suggestion('The Kremlin denied any role in the hacking.')])
    editor.view.dispatch(setSuggestionHighlights(editor.state.tr, { placed, activeId: null }))
    expect(new Set([...editor.view.dom.querySelectorAll('.suggestion')].map((e) => e.getAttribute('data-suggestion-id'))).size).toBe(1)
    // The label is drawn on the last character, never text of its own.
    expect(editor.view.dom.querySelector('.suggestion-end')?.textContent).toBe('.')
    expect(editor.view.dom.textContent).toBe(PARAGRAPHS.join(''))
    expect(JSON.stringify(editor.getJSON())).toBe(before)
    editor.view.dispatch(setSuggestionHighlights(editor.state.tr, { placed: [], activeId: null }))
    expect(editor.view.dom.querySelectorAll('.suggestion, .suggestion-end')).toHaveLength(0)
  })
})

describe('a tag over a suggestion', () => {
  // The reader's list of suggestions follows a tag a moment later; the text
  // must not be drawn twice for one tag (each redraw of the paragraph with
  // the caret costs the browser a layout).
  it('hides the suggestion it codes in the tag itself, and the reader catching up redraws nothing', () => {
    const editor = editorWith()
    const coded = suggestion('The Kremlin denied any role in the hacking.', { kind: 'denial' })
    const other = suggestion('the United States had long been pursuing a hostile policy')
    const placed = placeSuggestions(editor.state.doc, [other, coded])
    editor.view.dispatch(setSuggestionHighlights(editor.state.tr, { placed, activeId: coded.id }))
    const drawnIds = () => new Set([...editor.view.dom.querySelectorAll('[data-suggestion-id]')].map((e) => e.getAttribute('data-suggestion-id')))
    expect(drawnIds()).toEqual(new Set([other.id, coded.id]))

    // A claim over a few of its words: more than half of the shorter (the claim).
    const at = placed.find((p) => p.suggestion.id === coded.id)!.content.from
    editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, at, at + 'The Kremlin denied'.length)))
    tagSelection(editor, 'denial')
    expect(drawnIds()).toEqual(new Set([other.id]))

    // The reader's list, now without the coded one, agrees with what is drawn.
    const visible = uncovered(editor.state.doc, placed)
    expect(visible.map((p) => p.suggestion.id)).toEqual([other.id])
    editor.view.dispatch(setSuggestionHighlights(editor.state.tr, { placed: visible, activeId: null }))
    expect(drawnIds()).toEqual(new Set([other.id]))
    // Undone, the claim goes and the reader draws the suggestion again.
    editor.view.dispatch(editor.state.tr.removeMark(0, editor.state.doc.content.size, editor.schema.marks.claim))
    editor.view.dispatch(setSuggestionHighlights(editor.state.tr, { placed: uncovered(editor.state.doc, placed), activeId: null }))
    expect(drawnIds()).toEqual(new Set([other.id, coded.id]))
  })
})

describe('adjusting boundaries by a word', () => {
  it('steps over words, their apostrophes and hyphens, and the marks between them', () => {
    const text = '“It would be strange,” Russia’s President-elect said.'
    expect(text.slice(nextWordStart(text, 0))).toBe('It would be strange,” Russia’s President-elect said.')
    expect(text.slice(nextWordStart(text, 1))).toBe('would be strange,” Russia’s President-elect said.')
    expect(text.slice(previousWordStart(text, text.indexOf('said')))).toBe('President-elect said.')
    expect(text.slice(0, previousWordEnd(text, text.length))).toBe('“It would be strange,” Russia’s President-elect')
    expect(text.slice(0, nextWordEnd(text, text.indexOf(' Russia’s')))).toBe('“It would be strange,” Russia’s')
  })

  it('moves one edge inside its paragraph and never empties the range', () => {
    const editor = editorWith()
    const [placed] = placeSuggestions(editor.state.doc, [suggestion('the United States had long been pursuing')])
    const range = placed.content
    expect(textOf(editor, stepBoundary(editor.state.doc, range, 'start', 'later'))).toBe('United States had long been pursuing')
    expect(textOf(editor, stepBoundary(editor.state.doc, range, 'start', 'earlier'))).toBe('said the United States had long been pursuing')
    expect(textOf(editor, stepBoundary(editor.state.doc, range, 'end', 'earlier'))).toBe('the United States had long been')
    expect(textOf(editor, stepBoundary(editor.state.doc, range, 'end', 'later'))).toBe('the United States had long been pursuing a')
    const [one] = placeSuggestions(editor.state.doc, [suggestion('Ryabkov', { text: TEXT })])
    expect(stepBoundary(editor.state.doc, one.content, 'start', 'later')).toEqual(one.content)
    expect(stepBoundary(editor.state.doc, one.content, 'start', 'earlier')).toEqual(one.content)
  })
})

describe('speakers', () => {
  const actors = [{ id: 'ryabkov', name: 'Sergei Ryabkov', aliases: ['Ryabkov'] }]
  const named: ActorSuggestion[] = [
    { name: 'Dmitry Peskov', variants: ['Peskov', 'Kremlin spokesman Dmitry Peskov'], type: 'person', mentions: 2, first: { start: 0, end: 13, text: 'Dmitry Peskov' } },
    { name: 'Kremlin', variants: [], type: 'organisation', mentions: 1, first: { start: 0, end: 7, text: 'Kremlin' } },
  ]
  const index = registryIndex(actors)
  const known = new Set(['ryabkov'])

  it('keeps the back end’s match while the actor exists, else matches names and aliases added since', () => {
    expect(speakersOf(suggestion('from bad to worse', { speakerIds: ['ryabkov'] }), index, known, named)).toEqual(['ryabkov'])
    // An actor deleted since the suggestions were made is not linked.
    expect(speakersOf(suggestion('from bad to worse', { speakerIds: ['gone'] }), index, known, named)).toEqual([])
    expect(speakersOf(suggestion('from bad to worse', { speakerName: 'ryabkov' }), index, known, named)).toEqual(['ryabkov'])
    // Added from the actor suggestions as "Dmitry Peskov" with the alias "Peskov".
    const withPeskov = registryIndex([...actors, { id: 'peskov', name: 'Dmitry Peskov', aliases: [] }])
    expect(speakersOf(suggestion('from bad to worse', { speakerName: 'Peskov' }), withPeskov, known, named)).toEqual(['peskov'])
  })

  it('proposes the fullest form of a new speaker, with the other forms as aliases, ticked only for names the article uses', () => {
    const peskov = suggestion('from bad to worse', { speakerName: 'Peskov' })
    expect(newSpeakerActor(peskov, named)).toEqual({ name: 'Dmitry Peskov', type: 'person', aliases: ['Peskov', 'Kremlin spokesman Dmitry Peskov'] })
    expect(isNamedSpeaker(peskov, named)).toBe(true)
    const officials = suggestion('from bad to worse', { speakerName: 'officials' })
    expect(isNamedSpeaker(officials, named)).toBe(false)
    expect(newSpeakerActor(officials, named)).toEqual({ name: 'officials', type: 'other', aliases: [] })
    expect(newSpeakerActor(suggestion('from bad to worse', { speakerName: ' ' }), named)).toBeNull()
    expect(actorInput({ ...named[1], variants: ['Kremlin', 'the Kremlin'] })).toEqual({ name: 'Kremlin', type: 'organisation', aliases: ['the Kremlin'] })
  })

  it('offers only the actors the registry does not know under any form', () => {
    expect(missingActors(named, index).map((a) => a.name)).toEqual(['Dmitry Peskov', 'Kremlin'])
    expect(missingActors(named, registryIndex([{ id: 'k', name: 'The Kremlin', aliases: ['kremlin'] }])).map((a) => a.name)).toEqual(['Dmitry Peskov'])
  })
})

describe('keys and the remembered choice', () => {
  const key = (k: string, shiftKey = false) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey })
  const inText = { typing: false, fieldUndo: false }

  it('map ] [ A Enter X , . < > and Shift+A in the text, and leave them to a field', () => {
    expect([']', '[', 'a', 'Enter', 'x', ',', '.', '<', '>'].map((k) => readerKeyCommand(key(k), inText))).toEqual([
      'next-suggestion',
      'prev-suggestion',
      'accept-suggestion',
      'accept-suggestion',
      'reject-suggestion',
      'suggestion-start-earlier',
      'suggestion-start-later',
      'suggestion-end-earlier',
      'suggestion-end-later',
    ])
    expect(readerKeyCommand(key('A', true), inText)).toBe('accept-paragraph')
    expect(readerKeyCommand(key('>', true), inText)).toBe('suggestion-end-later')
    // Shift and an arrow still select.
    expect(readerKeyCommand(key('ArrowLeft', true), inText)).toBeNull()
    expect(readerKeyCommand(key('a'), { typing: true, fieldUndo: true })).toBeNull()
  })

  it('remembers suggestions off and on in this browser profile', () => {
    localStorage.clear()
    expect(suggestionsShown()).toBe(true)
    rememberSuggestionsShown(false)
    expect(suggestionsShown()).toBe(false)
    rememberSuggestionsShown(true)
    expect(suggestionsShown()).toBe(true)
  })
})

describe('accepting through the coding session', () => {
  async function setUp() {
    const opened = await openCodingSession(TEXT)
    const { call, article } = opened
    const claims = async () => (await call<Article>('articles.get', { id: article.id })).claims
    return { ...opened, claims }
  }

  it('makes a claim with the kind, speaker and cue, that one undo takes back and one redo brings back', async () => {
    const { call, editor, session, onDisk, claims } = await setUp()
    const ryabkov = await call<Actor>('actors.create', { name: 'Sergei Ryabkov' })
    const empty = await onDisk()
    const s = suggestion('the United States had long been pursuing a hostile policy', { source: 'Ryabkov', cue: 'said', kind: 'attribution', speakerIds: [ryabkov.id] })
    const [placed] = placeSuggestions(editor.state.doc, [s])
    const [id] = addAcceptedClaims(editor, [{ range: placed.content, kind: s.kind }])
    linkAcceptedClaim(session, id!, { speakers: [ryabkov.id], cue: 'said' })
    await onDisk()
    expect(await claims()).toMatchObject([{ id, kind: 'attribution', quote: s.content.text, start: s.content.start, end: s.content.end, speakers: [ryabkov.id], cue: 'said' }])
    const coded = await onDisk()
    expect(session.getView().undoLabel).toBe(ACCEPT_LINKS_LABEL)

    expect(undoRedoAccepts(session, 'undo')).toBe('accept suggestion as attribution')
    expect(await onDisk()).toEqual(empty)
    expect(claimSpansOf(editor.state.doc)).toEqual([])
    expect(session.getView().undoLabel).toBeNull()

    expect(undoRedoAccepts(session, 'redo')).toBe('accept suggestion as attribution')
    expect(await onDisk()).toEqual(coded)
    expect(session.getView().redoLabel).toBeNull()
  })

  it('accepts every suggestion of a paragraph as one step, with the words as adjusted and blanks at the edges left out', async () => {
    const { call, editor, session, onDisk, claims } = await setUp()
    const kremlin = await call<Actor>('actors.create', { name: 'Kremlin' })
    const empty = await onDisk()
    const quote = suggestion('We are going from bad to worse', { source: 'Ryabkov', cue: 'said' })
    const denial = suggestion('The Kremlin denied any role in the hacking.', { source: 'The Kremlin', cue: 'denied', kind: 'denial', speakerIds: [kremlin.id] })
    const placed = placeSuggestions(editor.state.doc, [quote, denial])
    // The first one widened by hand to take its space and closing quote mark.
    const widened = { from: placed[0].content.from, to: placed[0].content.to + 2 }
    const ids = addAcceptedClaims(editor, [
      { range: widened, kind: 'assertion' },
      { range: { from: placed[1].content.from - 1, to: placed[1].content.to }, kind: 'denial' },
    ])
    linkAcceptedClaim(session, ids[0]!, { speakers: [], cue: 'said' })
    linkAcceptedClaim(session, ids[1]!, { speakers: [kremlin.id], cue: 'denied' })
    await onDisk()
    const stored = await claims()
    expect(stored.map((c) => [c.quote, c.kind, c.speakers, c.cue])).toEqual([
      ['We are going from bad to worse,”', 'assertion', [], 'said'],
      ['The Kremlin denied any role in the hacking.', 'denial', [kremlin.id], 'denied'],
    ])
    expect(undoRedoAccepts(session, 'undo')).toBe('accept suggestions (2)')
    expect(await onDisk()).toEqual(empty)
  })

  it('undoes an ordinary tag on its own, and stops at the marks of an earlier accept', async () => {
    const { editor, session, onDisk } = await setUp()
    const [a, b] = placeSuggestions(editor.state.doc, [suggestion('the United States had long been pursuing'), suggestion('The Kremlin denied any role')])
    addAcceptedClaims(editor, [{ range: a.content, kind: 'assertion' }])
    const afterFirst = await onDisk()
    const [second] = addAcceptedClaims(editor, [{ range: b.content, kind: 'denial' }])
    linkAcceptedClaim(session, second!, { speakers: [], cue: 'denied' })
    await onDisk()
    expect(undoRedoAccepts(session, 'undo')).toBe('accept suggestion as denial')
    expect(await onDisk()).toEqual(afterFirst)
    // Nothing to link: the accept is one mark step, undone alone.
    expect(undoRedoAccepts(session, 'undo')).toBe('accept suggestion as assertion')
    expect(claimSpansOf(editor.state.doc)).toEqual([])
    // A range of blanks only makes no claim and no undo step.
    expect(addAcceptedClaims(editor, [{ range: { from: b.content.from - 1, to: b.content.from }, kind: 'assertion' }])).toEqual([null])
    expect(session.getView().undoLabel).toBeNull()
  })
})
