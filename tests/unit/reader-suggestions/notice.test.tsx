// @vitest-environment happy-dom
// The suggestions part of the claim panel says when the suggestions do not
// cover the whole article (a very long one, or paragraphs the rules failed
// on), in the words the back end chose, as text.
import { act } from 'react'
import { describe, expect, it } from 'vitest'
import type { ArticleSuggestions } from '../../../src/shared/contract-suggest'
import { SuggestionsSection } from '../../../src/renderer/src/features/reader/suggestions/SuggestionsSection'
import type { SuggestionsUi } from '../../../src/renderer/src/features/reader/suggestions/useSuggestions'
import { rootPerTest } from '../helpers/react-root'

const mounted = rootPerTest()

/** Only what the section reads when no suggestion is active. */
function ui(data: ArticleSuggestions): SuggestionsUi {
  return {
    data: { shown: true, loading: false, error: null, data, visible: [], rejectedCount: 0, reload: () => undefined },
    active: null,
    run: () => undefined,
    enabled: () => false,
    missingActors: [],
    addActors: async () => undefined,
  } as unknown as SuggestionsUi
}

const base: ArticleSuggestions = { articleId: 'a1', claims: [], actors: [], rejectedCount: 0 }

describe('the notice of the suggestions', () => {
  it('is shown, as text, when the back end sends one', () => {
    const notice = 'Suggestions could not be made for 1 of 3 paragraphs of this article (<b>x</b>). Code those by hand.'
    act(() => mounted.root.render(<SuggestionsSection ui={ui({ ...base, notice })} actorName={(id) => id} />))
    const shown = mounted.host.querySelector('[data-testid="suggestions-notice"]')
    expect(shown?.textContent).toBe(notice)
    expect(shown?.getAttribute('role')).toBe('status')
    expect(mounted.host.querySelector('b')).toBeNull()
  })

  it('is not there when the suggestions cover the article', () => {
    act(() => mounted.root.render(<SuggestionsSection ui={ui(base)} actorName={(id) => id} />))
    expect(mounted.host.querySelector('[data-testid="suggestions-notice"]')).toBeNull()
  })
})
