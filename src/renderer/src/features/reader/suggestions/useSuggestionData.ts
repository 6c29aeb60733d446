// The suggestions of the open article as the reader shows them: asked of
// the main process (suggest.forArticle) when the article opens, when they
// are turned on, after a text edit and after "show rejected again"; less
// the ones rejected here (suggest.reject, remembered by the workspace) and
// the ones a claim now covers (hidden at once on accept, back on its undo).
import type { Editor } from '@tiptap/core'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { ArticleSuggestions } from '../../../../../shared/contract-suggest'
import { api } from '../../../app/useApi'
import type { SessionView } from '../session/CodingSession'
import { readerSaves } from '../session/readerSaves'
import { claimSpansOf } from '../editorClaims'
import { placeSuggestions, uncovered, type PlacedSuggestion } from './placement'
import { rememberSuggestionsShown, suggestionsShown } from './suggestionPrefs'

export type SuggestionData = {
  shown: boolean
  setShown: (shown: boolean) => void
  loading: boolean
  error: string | null
  data: ArticleSuggestions | null
  /** Placed, not rejected, not covered by a claim: what is drawn and visited. */
  visible: PlacedSuggestion[]
  rejectedCount: number
  reject: (ids: string[]) => Promise<boolean>
  /** Remembers which claim a suggestion became: hidden while that claim is
   * in the text, even when its words were narrowed to less than half. */
  markAccepted: (accepted: { suggestionId: string; claimId: string }[]) => void
  showRejected: () => Promise<void>
  reload: () => void
}

const NONE: PlacedSuggestion[] = []
const ASK_AFTER_MS = 250

export function useSuggestionData(editor: Editor, articleId: string, view: SessionView): SuggestionData {
  const [shown, setShownState] = useState(suggestionsShown)
  const [data, setData] = useState<ArticleSuggestions | null>(null)
  const [loading, setLoading] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [rejected, setRejected] = useState<ReadonlySet<string>>(new Set())
  const [generation, setGeneration] = useState(0)
  const [acceptedAs, setAcceptedAs] = useState<ReadonlyMap<string, string>>(new Map())
  const reload = useCallback(() => setGeneration((g) => g + 1), [])

  // Asked again when the words may have moved: after a text edit is done
  // (never during one), and never before this article's saves have landed,
  // so the offsets are those of the text on screen.
  const settledText = view.editing ? null : view.textVersion
  useEffect(() => {
    if (!shown || settledText === null) return
    let timer: ReturnType<typeof setTimeout> | undefined
    let current = true
    setLoading(true)
    // A moment after the text is open (the first analysis of a long article
    // keeps the main process busy): leafing through articles asks for none.
    new Promise<void>((resolve) => (timer = setTimeout(resolve, ASK_AFTER_MS)))
      .then(() => readerSaves.idle(articleId))
      .then(() => (current ? api().suggest.forArticle({ articleId }) : null))
      .then(
        (answer) => {
          if (!current || !answer) return
          setData(answer)
          // The answer already leaves out what was rejected before it.
          setRejected(new Set())
          setError(null)
        },
        (err: unknown) => current && setError(err instanceof Error ? err.message : String(err)),
      )
      .finally(() => current && setLoading(false))
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [articleId, shown, settledText, generation])

  // Placed once per answer and text; a tag (marks only) moves nothing.
  const placed = useMemo(
    () => (data ? placeSuggestions(editor.state.doc, data.claims.filter((s) => !rejected.has(s.id))) : NONE),
    // The document is read for the text it holds, which changes only with textVersion.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [data, rejected, editor, view.textVersion],
  )
  // The same list (the same array) while a tag leaves every suggestion as it
  // was, so the text's outlines are not drawn again for every tag.
  const lastVisible = useRef<PlacedSuggestion[]>(NONE)
  const visible = useMemo(() => {
    const claimIds = acceptedAs.size > 0 ? new Set(claimSpansOf(view.doc).map((c) => c.id)) : null
    const next = shown && !view.editing ? uncovered(view.doc, placed).filter((p) => !claimIds?.has(acceptedAs.get(p.suggestion.id) ?? '')) : NONE
    const last = lastVisible.current
    if (next.length !== last.length || next.some((p, i) => p !== last[i])) lastVisible.current = next
    return lastVisible.current
  }, [shown, view.editing, view.doc, placed, acceptedAs])

  const setShown = useCallback((next: boolean) => {
    rememberSuggestionsShown(next)
    setShownState(next)
  }, [])

  const reject = useCallback(
    async (ids: string[]) => {
      // Hidden at once; shown again if the workspace refuses to remember it.
      setRejected((previous) => new Set([...previous, ...ids]))
      const answer = await readerSaves.push(`Rejecting ${ids.length === 1 ? 'the suggestion' : `${ids.length} suggestions`}`, () => api().suggest.reject({ articleId, suggestionIds: ids }), articleId)
      if (answer) return true
      setRejected((previous) => new Set([...previous].filter((id) => !ids.includes(id))))
      return false
    },
    [articleId],
  )

  const showRejected = useCallback(async () => {
    const answer = await readerSaves.push('Showing the rejected suggestions again', () => api().suggest.clearRejections({ articleId }), articleId)
    if (answer) reload()
  }, [articleId, reload])

  const markAccepted = useCallback((accepted: { suggestionId: string; claimId: string }[]) => {
    setAcceptedAs((previous) => new Map([...previous, ...accepted.map((a): [string, string] => [a.suggestionId, a.claimId])]))
  }, [])

  return { shown, setShown, loading, error, data, visible, rejectedCount: (data?.rejectedCount ?? 0) + rejected.size, reject, markAccepted, showRejected, reload }
}
