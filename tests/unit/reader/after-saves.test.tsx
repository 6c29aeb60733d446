// @vitest-environment happy-dom
// The claim list follows a tag once the save is acknowledged: its redraw
// must not hold up the store's answer on a busy page, nor wait forever when
// the store does not answer.
import { act } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { readerSaves } from '../../../src/renderer/src/features/reader/session/readerSaves'
import { useAfterSaves } from '../../../src/renderer/src/features/reader/session/useAfterSaves'
import { rootPerTest } from '../helpers/react-root'

const mounted = rootPerTest()
function Shown({ value }: { value: string }) {
  return <p>{useAfterSaves(value, 'nothing yet')}</p>
}
const shown = () => mounted.host.textContent

afterEach(() => {
  vi.useRealTimers()
})

describe('a value that follows the reader’s saves', () => {
  it('follows at once when nothing is being saved', async () => {
    await act(async () => mounted.root.render(<Shown value="three claims" />))
    expect(shown()).toBe('three claims')
  })

  it('waits for the save on its way, then follows', async () => {
    await act(async () => mounted.root.render(<Shown value="three claims" />))
    let answer: () => void = () => {}
    const saved = readerSaves.push('Saving the highlights', () => new Promise<void>((resolve) => (answer = resolve)))
    await act(async () => mounted.root.render(<Shown value="four claims" />))
    expect(shown()).toBe('three claims')
    await act(async () => {
      answer()
      await saved
    })
    expect(shown()).toBe('four claims')
  })

  it('follows after a short wait when the store does not answer', async () => {
    vi.useFakeTimers()
    await act(async () => mounted.root.render(<Shown value="three claims" />))
    let answer: () => void = () => {}
    const saved = readerSaves.push('Saving the highlights', () => new Promise<void>((resolve) => (answer = resolve)))
    await act(async () => mounted.root.render(<Shown value="four claims" />))
    expect(shown()).toBe('three claims')
    await act(async () => vi.advanceTimersByTime(250))
    expect(shown()).toBe('four claims')
    answer()
    await saved
  })
})
