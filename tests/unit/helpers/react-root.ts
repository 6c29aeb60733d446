// The set-up every component test shares: a React root on a fresh element
// of the page for each test, unmounted and removed after it.
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach } from 'vitest'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

export type Mounted = { root: Root; host: HTMLElement }

/** Call at the top of a test file, before its own beforeEach: `root` and
 * `host` of the returned object are new for each test. */
export function rootPerTest(): Mounted {
  const mounted = {} as Mounted
  beforeEach(() => {
    mounted.host = document.createElement('div')
    document.body.append(mounted.host)
    mounted.root = createRoot(mounted.host)
  })
  afterEach(() => {
    act(() => mounted.root.unmount())
    mounted.host.remove()
  })
  return mounted
}
