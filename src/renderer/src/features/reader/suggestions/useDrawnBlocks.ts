// Which paragraphs of a long article get their suggestions drawn: those on
// screen and a margin around them. Every outline is a few elements in the
// text, and a long article can hold hundreds of suggestions; the page's work
// on each change (React reads the selection through the whole editable text
// on every commit) grows with them. Short articles are drawn whole.
import type { Editor } from '@tiptap/core'
import { useEffect, useState, type RefObject } from 'react'

/** Up to this many paragraphs every suggestion is drawn (the reader lays
 * out such articles whole, too). */
const DRAW_ALL_UP_TO = 120
/** Paragraphs drawn above and below the screen, and the step the window
 * moves by (so scrolling redraws every few screens, not every frame). */
const MARGIN = 24
const STEP = 12

export type BlockWindow = { first: number; last: number } | null

function windowAt(editor: Editor, scroller: HTMLElement): BlockWindow {
  const box = scroller.getBoundingClientRect()
  const left = box.left + box.width / 2
  const blockAt = (y: number) => {
    const found = editor.view.posAtCoords({ left, top: Math.min(Math.max(y, box.top + 1), box.bottom - 1) })
    return found ? editor.state.doc.resolve(found.pos).index(0) : 0
  }
  const top = blockAt(box.top)
  const bottom = Math.max(top, blockAt(box.bottom))
  return { first: Math.max(0, Math.floor((top - MARGIN) / STEP) * STEP), last: Math.ceil((bottom + MARGIN) / STEP) * STEP }
}

/** null: draw everything. */
export function useDrawnBlocks(editor: Editor, scrollerRef: RefObject<HTMLElement | null>, blockCount: number): BlockWindow {
  const long = blockCount > DRAW_ALL_UP_TO
  const [drawn, setDrawn] = useState<BlockWindow>(null)
  useEffect(() => {
    const scroller = scrollerRef.current
    if (!long || !scroller) return
    let frame = 0
    let last: BlockWindow = null
    const update = () => {
      frame = 0
      if (editor.isDestroyed) return
      const next = windowAt(editor, scroller)
      // Only a window that moved is news: even an unchanged state set from
      // here would re-render the whole reader (the tag that scrolls the
      // text a little would pay for it).
      if (last && next && last.first === next.first && last.last === next.last) return
      last = next
      setDrawn(next)
    }
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(update)
    }
    update()
    scroller.addEventListener('scroll', onScroll, { passive: true })
    return () => {
      cancelAnimationFrame(frame)
      scroller.removeEventListener('scroll', onScroll)
    }
  }, [editor, scrollerRef, long])
  return long ? drawn : null
}
