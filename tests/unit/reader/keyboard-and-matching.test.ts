// @vitest-environment happy-dom
// The reader's keyboard and type-ahead parts: which command a key means
// where the focus is, finding words to select, actor mentions in the text,
// the picker's matches over names and aliases, and the command palette.
import { Editor } from '@tiptap/core'
import { afterEach, describe, expect, it } from 'vitest'
import { matchCommands } from '../../../src/renderer/src/app/commands/CommandPalette'
import type { AppCommand } from '../../../src/renderer/src/app/commands/registry'
import { buildMentionMatcher, findMentions, mentionAt, setMentionActors } from '../../../src/renderer/src/features/reader/actorMentions'
import { findMatches, matchFrom } from '../../../src/renderer/src/features/reader/findText'
import { exactMatch, matchIndex, pickIndex, type PickItem } from '../../../src/renderer/src/features/reader/pickerMatches'
import { readerKeyCommand } from '../../../src/renderer/src/features/reader/readerKeys'
import { readerExtensions } from '../../../src/renderer/src/features/reader/useArticleEditor'
import { bodyFromParagraphs } from '../../../src/shared/body'
import { READER_COMMANDS } from '../../../src/shared/reader-commands'

const editors: Editor[] = []
afterEach(() => {
  while (editors.length) editors.pop()!.destroy()
})

function editorWith(paragraphs: string[]): Editor {
  const editor = new Editor({ element: document.createElement('div'), extensions: readerExtensions(), content: bodyFromParagraphs(paragraphs) })
  editors.push(editor)
  return editor
}

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods })
const inText = { typing: false, fieldUndo: false }
const inField = { typing: true, fieldUndo: true }

describe('reader keys', () => {
  it('map plain keys in the text, and leave them to a field that is typed in', () => {
    expect(['1', '2', '3', 'j', 'k', 'c', 'b', 's', 't', 'e', 'n', 'g', 'm', '/', 'Delete', 'Escape'].map((k) => readerKeyCommand(key(k), inText))).toEqual([
      'tag-assertion',
      'tag-denial',
      'tag-attribution',
      'next-claim',
      'prev-claim',
      'cycle-claim',
      'back',
      'focus-speakers',
      'focus-targets',
      'focus-event',
      'focus-note',
      'focus-tags',
      'mention',
      'find',
      'delete-claim',
      'clear',
    ])
    expect(readerKeyCommand(key('j'), inField)).toBeNull()
    // Shift is for selecting (Shift+arrows) and typing capitals.
    expect(readerKeyCommand(key('J', { shiftKey: true }), inText)).toBeNull()
  })

  it('move between claims with Alt+arrows even from a field, and leave Ctrl+Z to a field with its own text', () => {
    expect(readerKeyCommand(key('ArrowDown', { altKey: true }), inField)).toBe('next-claim')
    expect(readerKeyCommand(key('ArrowUp', { altKey: true }), inField)).toBe('prev-claim')
    expect(readerKeyCommand(key('z', { ctrlKey: true }), inText)).toBe('undo')
    expect(readerKeyCommand(key('Z', { ctrlKey: true, shiftKey: true }), inText)).toBe('redo')
    expect(readerKeyCommand(key('y', { ctrlKey: true }), inText)).toBe('redo')
    expect(readerKeyCommand(key('z', { ctrlKey: true }), inField)).toBeNull()
    expect(readerKeyCommand(key('z', { ctrlKey: true }), { typing: true, fieldUndo: false })).toBe('undo')
    expect(readerKeyCommand(key('f', { ctrlKey: true }), inField)).toBe('find')
    // Cmd on a Mac, not Ctrl.
    expect(readerKeyCommand(key('z', { metaKey: true }), inText, true)).toBe('undo')
    expect(readerKeyCommand(key('z', { ctrlKey: true }), inText, true)).toBeNull()
  })

  it('are each listed with the keys that run them', () => {
    const listed = new Set(READER_COMMANDS.flatMap((c) => c.keys))
    for (const k of ['1', '2', '3', 'J', 'K', 'C', 'B', 'S', 'T', 'E', 'N', 'G', 'M', '/', 'Delete', 'Esc', 'Alt+↓', 'Alt+↑', 'Ctrl+Z', 'Ctrl+Shift+Z', 'Ctrl+Y', 'Ctrl+F', 'Ctrl+K']) expect(listed, k).toContain(k)
  })
})

describe('finding words to select', () => {
  it('forgives case, non-breaking spaces and curly quotes, in document positions', () => {
    const editor = editorWith(['Putin\u00a0congratulated Biden on “collaboration.”', 'Nothing here.'])
    const found = findMatches(editor.state.doc, 'putin congratulated')
    expect(found).toHaveLength(1)
    expect(editor.state.doc.textBetween(found[0].from, found[0].to)).toBe('Putin\u00a0congratulated')
    const quoted = findMatches(editor.state.doc, 'on "collaboration."')
    expect(editor.state.doc.textBetween(quoted[0].from, quoted[0].to)).toBe('on “collaboration.”')
    expect(findMatches(editor.state.doc, '   ')).toEqual([])
  })

  it('starts at the caret and wraps', () => {
    const editor = editorWith(['one two one', 'one'])
    const found = findMatches(editor.state.doc, 'one')
    expect(found).toHaveLength(3)
    expect(matchFrom(found, found[1].from)).toBe(1)
    expect(matchFrom(found, found[2].to + 1)).toBe(0)
  })
})

describe('actor mentions', () => {
  const actors = [
    { id: 'biden', name: 'Joe Biden', aliases: ['Biden', 'President-elect Joe Biden'] },
    { id: 'us', name: 'United States', aliases: ['US', 'U.S.', 'Washington'] },
    { id: 'kremlin', name: 'Kremlin', aliases: ['Moscow'] },
    { id: 'russia', name: 'Russia', aliases: ['Moscow'] },
    { id: 'staff', name: 'Biden administration', aliases: ["Biden's transition staff"] },
  ]

  it('finds names and aliases by words, longest first, capitals only where written so', () => {
    const editor = editorWith(['President-elect Joe Biden told us that U.S. ties with Moscow and Biden’s transition staff matter to the US.'])
    const found = findMentions(editor.state.doc, buildMentionMatcher(actors)).map((m) => [editor.state.doc.textBetween(m.from, m.to), m.actorIds])
    expect(found).toEqual([
      ['President-elect Joe Biden', ['biden']],
      ['U.S', ['us']],
      ['Moscow', ['kremlin', 'russia']],
      ['Biden’s transition staff', ['staff']],
      ['US', ['us']],
    ])
  })

  it('underlines them as decorations (never marks), found once actors are given', () => {
    const editor = editorWith(['The Kremlin denied it.'])
    expect(editor.view.dom.querySelectorAll('.actor-mention')).toHaveLength(0)
    editor.view.dispatch(setMentionActors(editor.state.tr, actors))
    const mention = editor.view.dom.querySelector('.actor-mention')!
    expect(mention.textContent).toBe('Kremlin')
    expect(mention.getAttribute('data-actor-ids')).toBe('kremlin')
    expect(mentionAt(editor.state, 7)?.actorIds).toEqual(['kremlin'])
    expect(JSON.stringify(editor.getJSON())).not.toContain('mention')
  })
})

describe('the picker', () => {
  const items: PickItem[] = [
    { id: 'r', name: 'Russia', aliases: ['Moscow', 'Russians'] },
    { id: 'rfm', name: 'Russian Foreign Ministry' },
    { id: 'k', name: 'Kremlin', aliases: ['Moscow'] },
    { id: 'p', name: 'Dmitry Peskov', aliases: ['Peskov', 'Kremlin spokesman'] },
  ]

  it('matches names and aliases, the closest first, and says which alias matched', () => {
    const index = pickIndex(items)
    expect(matchIndex(index, 'russia', []).map((m) => m.item.id)).toEqual(['r', 'rfm'])
    expect(matchIndex(index, 'kremlin', []).map((m) => [m.item.id, m.alias])).toEqual([
      ['k', undefined],
      ['p', 'Kremlin spokesman'],
    ])
    expect(matchIndex(index, 'moscow', ['k']).map((m) => [m.item.id, m.alias])).toEqual([['r', 'Moscow']])
    expect(matchIndex(index, 'spokes', []).map((m) => m.item.id)).toEqual(['p'])
    expect(exactMatch(index, ' peskov ')?.id).toBe('p')
    expect(exactMatch(index, 'Russ')).toBeUndefined()
  })

  it('keeps the best matches of thousands without sorting them all, and builds each index once', () => {
    const many: PickItem[] = Array.from({ length: 5000 }, (_, i) => ({ id: `a${i}`, name: `Actor ${String(i).padStart(4, '0')}` }))
    const index = pickIndex(many)
    expect(pickIndex(many)).toBe(index)
    expect(matchIndex(index, 'actor 00', []).map((m) => m.item.name)).toEqual(['Actor 0000', 'Actor 0001', 'Actor 0002', 'Actor 0003', 'Actor 0004', 'Actor 0005', 'Actor 0006', 'Actor 0007'])
    expect(matchIndex(index, 'actor 4999', [])[0].item.id).toBe('a4999')
  })
})

describe('the command palette', () => {
  it('narrows the commands by every word typed, in labels, groups and keys', () => {
    const commands: AppCommand[] = READER_COMMANDS.map((c) => ({ id: c.id, label: c.label, group: c.group, keys: c.keys, run: () => {} }))
    expect(matchCommands(commands, 'speak').map((c) => c.id)).toEqual(['focus-speakers', 'mention'])
    expect(matchCommands(commands, 'next claim').map((c) => c.id)).toEqual(['next-claim', 'cycle-claim'])
    expect(matchCommands(commands, 'ctrl+z').map((c) => c.id)).toEqual(['undo'])
  })
})
