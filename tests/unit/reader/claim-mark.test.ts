// @vitest-environment happy-dom
// The claim mark and its commands in a real Tiptap editor: claims overlap,
// nest and cross paragraphs, each stays selectable on its own, the text is
// locked while coding, and in edit mode every claim stays on its words.
import { Editor } from '@tiptap/core'
import { TextSelection } from '@tiptap/pm/state'
import { afterEach, describe, expect, it } from 'vitest'
import { reconcileClaims } from '../../../src/main/services/api/articles'
import { bodyFromParagraphs, claimSpans, plainText } from '../../../src/shared/body'
import type { Body } from '../../../src/shared/domain'
import { claimIdsAt, claimSpansOf, claimsAt, cycleAt, innermostFirst, removeClaim, setClaimKind, tagSelection } from '../../../src/renderer/src/features/reader/editorClaims'
import { isEditingText, setEditingText } from '../../../src/renderer/src/features/reader/readOnlyText'
import { canonicalBody } from '../../../src/renderer/src/features/reader/session/canonicalBody'
import { readerExtensions } from '../../../src/renderer/src/features/reader/useArticleEditor'
import { activeClaimOf, setActiveClaim } from '../../../src/renderer/src/features/reader/activeClaim'

const PARAGRAPHS = ['Ryabkov said the United States had long been pursuing a hostile policy toward Russia.', 'The Kremlin has denied any role in the hacking.']

const editors: Editor[] = []
afterEach(() => {
  while (editors.length) editors.pop()!.destroy()
})

function editorWith(body: Body = bodyFromParagraphs(PARAGRAPHS)): Editor {
  const element = document.createElement('div')
  document.body.append(element)
  const editor = new Editor({ element, extensions: readerExtensions(), content: body })
  editors.push(editor)
  return editor
}

/** The document position of a quote (first occurrence, one paragraph). */
function rangeOf(editor: Editor, quote: string): { from: number; to: number } {
  let found: { from: number; to: number } | null = null
  editor.state.doc.descendants((node, pos) => {
    if (found || !node.isTextblock) return !found
    const at = node.textContent.indexOf(quote)
    if (at >= 0) found = { from: pos + 1 + at, to: pos + 1 + at + quote.length }
    return false
  })
  if (!found) throw new Error(`not in the text: ${quote}`)
  return found
}

function select(editor: Editor, from: number, to: number): void {
  editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, from, to)))
}

function tag(editor: Editor, quote: string, kind: 'assertion' | 'denial' | 'attribution'): string {
  const { from, to } = rangeOf(editor, quote)
  select(editor, from, to)
  return tagSelection(editor, kind)!
}

/** What the store derives from the body the reader saves. */
function storedQuotes(editor: Editor): Record<string, string> {
  const body = canonicalBody(editor.state.doc)
  const text = plainText(body)
  return Object.fromEntries(claimSpans(body).map((s) => [s.id, text.slice(s.start, s.end)]))
}

describe('the claim mark', () => {
  it('nests an assertion inside the attribution that reports it; each stays selectable, innermost first', () => {
    const editor = editorWith()
    const outer = tag(editor, 'Ryabkov said the United States had long been pursuing a hostile policy toward Russia.', 'attribution')
    const inner = tag(editor, 'the United States had long been pursuing a hostile policy', 'assertion')
    expect(storedQuotes(editor)).toEqual({
      [outer]: 'Ryabkov said the United States had long been pursuing a hostile policy toward Russia.',
      [inner]: 'the United States had long been pursuing a hostile policy',
    })
    const spans = new Map(claimSpansOf(editor.state.doc).map((s) => [s.id, s]))
    const inside = rangeOf(editor, 'hostile').from + 2
    expect(claimsAt(editor.state.doc, inside, spans)).toEqual([inner, outer])
    // A click (or C) cycles: innermost, then the one around it, then round.
    expect(cycleAt([inner, outer], null)).toBe(inner)
    expect(cycleAt([inner, outer], inner)).toBe(outer)
    expect(cycleAt([inner, outer], outer)).toBe(inner)
    // The DOM nests the spans, outer claim outside: a click finds both.
    const span = editor.view.dom.querySelector(`[data-claim-id="${inner}"]`)!
    expect(span.closest(`[data-claim-id="${outer}"]`)).not.toBeNull()
    expect(innermostFirst(claimIdsAt(span.firstChild), spans)).toEqual([inner, outer])
    // Each claim start carries its kind's letter, so colour is never the only sign.
    expect([...editor.view.dom.querySelectorAll('.claim-start')].map((e) => e.getAttribute('data-letters'))).toEqual(['T', 'A'])
  })

  it('lets two claims overlap without either absorbing the other', () => {
    const editor = editorWith()
    const a = tag(editor, 'Ryabkov said the United States', 'assertion')
    const b = tag(editor, 'the United States had long been', 'denial')
    expect(storedQuotes(editor)).toEqual({ [a]: 'Ryabkov said the United States', [b]: 'the United States had long been' })
    const spans = new Map(claimSpansOf(editor.state.doc).map((s) => [s.id, s]))
    expect(claimsAt(editor.state.doc, rangeOf(editor, 'United').from + 1, spans).sort()).toEqual([a, b].sort())
    expect(claimsAt(editor.state.doc, rangeOf(editor, 'Ryabkov').from + 1, spans)).toEqual([a])
    expect(claimsAt(editor.state.doc, rangeOf(editor, 'long').from + 1, spans)).toEqual([b])
    // Retagging and deleting one leaves the other exactly as it was.
    setClaimKind(editor, a, 'attribution')
    expect(claimSpansOf(editor.state.doc).map((s) => [s.id, s.kind])).toEqual([
      [a, 'attribution'],
      [b, 'denial'],
    ])
    removeClaim(editor, a)
    expect(storedQuotes(editor)).toEqual({ [b]: 'the United States had long been' })
  })

  it('spans paragraphs: one claim from the first paragraph into the next', () => {
    const editor = editorWith()
    const from = rangeOf(editor, 'toward Russia.').from
    const to = rangeOf(editor, 'The Kremlin has denied').to
    select(editor, from, to)
    const id = tagSelection(editor, 'attribution')!
    expect(storedQuotes(editor)).toEqual({ [id]: 'toward Russia.\n\nThe Kremlin has denied' })
    expect(editor.view.dom.querySelectorAll(`[data-claim-id="${id}"]`)).toHaveLength(2)
  })

  it('trims spaces at the edges of a selection and refuses an empty one', () => {
    const editor = editorWith()
    const { from, to } = rangeOf(editor, ' has denied ')
    select(editor, from, to)
    const id = tagSelection(editor, 'denial')!
    expect(storedQuotes(editor)[id]).toBe('has denied')
    select(editor, from, from)
    expect(tagSelection(editor, 'denial')).toBeNull()
  })

  it('keeps the kind letters right through tags, retags and deletes (updated where claims start, not rebuilt)', () => {
    const editor = editorWith()
    const letters = () => [...editor.view.dom.querySelectorAll('.claim-start')].map((e) => `${e.textContent}:${e.getAttribute('data-letters')}`)
    const a = tag(editor, 'Ryabkov said the United States', 'assertion')
    const b = tag(editor, 'Ryabkov said', 'denial') // starts with a: one label "AD"
    tag(editor, 'the United States had long', 'attribution') // next to a's end
    expect(letters()).toEqual(['R:AD', 't:T'])
    setClaimKind(editor, b, 'attribution')
    expect(letters()).toEqual(['R:AT', 't:T'])
    removeClaim(editor, a)
    expect(letters()).toEqual(['R:T', 't:T'])
    removeClaim(editor, b)
    expect(letters()).toEqual(['t:T'])
  })

  it('saves claim marks in a canonical order, so undoing a retag gives back the same body', () => {
    const editor = editorWith()
    const outer = tag(editor, 'Ryabkov said the United States had long', 'attribution')
    tag(editor, 'the United States', 'assertion')
    const before = JSON.stringify(canonicalBody(editor.state.doc))
    setClaimKind(editor, outer, 'denial')
    setClaimKind(editor, outer, 'attribution')
    expect(JSON.stringify(canonicalBody(editor.state.doc))).toBe(before)
  })
})

describe('the text is evidence', () => {
  it('drops any change of words while coding, but lets marks through', () => {
    const editor = editorWith()
    const text = editor.state.doc.textContent
    editor.view.dispatch(editor.state.tr.insertText('not ', rangeOf(editor, 'denied').from))
    editor.view.dispatch(editor.state.tr.delete(1, 10))
    expect(editor.state.doc.textContent).toBe(text)
    tag(editor, 'The Kremlin', 'denial')
    expect(claimSpansOf(editor.state.doc)).toHaveLength(1)
    expect(editor.state.doc.textContent).toBe(text)
  })

  it('in edit mode, mends the text while every claim stays on its words', () => {
    const editor = editorWith()
    const before = canonicalBody(editor.state.doc)
    const hostile = tag(editor, 'a hostile policy', 'attribution')
    const kremlin = tag(editor, 'The Kremlin has denied any role', 'denial')
    const previous = reconcileClaims([], canonicalBody(editor.state.doc))
    editor.view.dispatch(setEditingText(editor.state.tr, true))
    expect(isEditingText(editor.state)).toBe(true)
    // A typo mended before the first claim, a word added inside the second,
    // a word removed at the start of the second: the claims move and change
    // with their words, never onto others.
    editor.view.dispatch(editor.state.tr.insertText('Sergei ', rangeOf(editor, 'Ryabkov').from))
    editor.view.dispatch(editor.state.tr.insertText('flatly ', rangeOf(editor, 'denied').from))
    const the = rangeOf(editor, 'The Kremlin')
    editor.view.dispatch(editor.state.tr.delete(the.from, the.from + 4))
    editor.view.dispatch(setEditingText(editor.state.tr, false))
    const body = canonicalBody(editor.state.doc)
    expect(plainText(body)).not.toBe(plainText(before))
    const claims = reconcileClaims(previous, body)
    expect(claims.map((c) => [c.id, c.quote])).toEqual([
      [hostile, 'a hostile policy'],
      [kremlin, 'Kremlin has flatly denied any role'],
    ])
    const text = plainText(body)
    for (const c of claims) expect(text.slice(c.start, c.end)).toBe(c.quote)
    // Locked again once the mode is left.
    editor.view.dispatch(editor.state.tr.insertText('x', 1))
    expect(plainText(canonicalBody(editor.state.doc))).toBe(text)
  })

  it('never pastes a claim mark in edit mode (two places would share a claim id)', () => {
    const editor = editorWith()
    const id = tag(editor, 'The Kremlin', 'denial')
    editor.view.dispatch(setEditingText(editor.state.tr, true))
    const slice = editor.state.doc.slice(rangeOf(editor, 'The Kremlin').from, rangeOf(editor, 'The Kremlin').to)
    const pasted = editor.view.someProp('transformPasted', (f) => f(slice, editor.view, false))!
    let marks = 0
    pasted.content.descendants((node) => {
      marks += node.marks.filter((m) => m.type.name === 'claim').length
    })
    expect(marks).toBe(0)
    expect(claimSpansOf(editor.state.doc).map((s) => s.id)).toEqual([id])
  })
})

describe('the active claim in the text', () => {
  const outlinedText = (editor: Editor) => [...editor.view.dom.querySelectorAll('.claim-active')].map((e) => e.textContent).join('')
  const select = (editor: Editor, quote: string) => {
    const { from, to } = rangeOf(editor, quote)
    editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, from, to)))
  }

  it('outlines a new claim in the tag itself, follows the active one, and goes with its claim', () => {
    const editor = editorWith()
    select(editor, 'Ryabkov said the United States had long been pursuing a hostile policy toward Russia.')
    const outer = tagSelection(editor, 'attribution')!
    // The tag's own update outlines it: no second transaction needed.
    expect(activeClaimOf(editor.state)).toBe(outer)
    expect(outlinedText(editor)).toBe(PARAGRAPHS[0])
    select(editor, 'the United States')
    const inner = tagSelection(editor, 'assertion')!
    expect(outlinedText(editor)).toBe('the United States')
    // Cut into pieces by the nested claim, the outer one is still outlined
    // whole, with one start and one end.
    editor.view.dispatch(setActiveClaim(editor.state.tr, outer))
    expect(outlinedText(editor)).toBe(PARAGRAPHS[0])
    expect(editor.view.dom.querySelectorAll('.claim-active-start')).toHaveLength(1)
    expect(editor.view.dom.querySelectorAll('.claim-active-end')).toHaveLength(1)
    expect(editor.view.dom.querySelector('.claim-active-start')?.textContent).toBe('R')
    // The claim goes: so does its outline.
    removeClaim(editor, outer)
    expect(outlinedText(editor)).toBe('')
    editor.view.dispatch(setActiveClaim(editor.state.tr, inner))
    expect(outlinedText(editor)).toBe('the United States')
    editor.view.dispatch(setActiveClaim(editor.state.tr, null))
    expect(editor.view.dom.querySelectorAll('.claim-active')).toHaveLength(0)
  })
})
