// Claim suggestions for many articles at once, as the library runs them: a
// job in the main process (suggest.startCorpus), followed with jobs.get
// until it ends, cancelled with jobs.cancel. The job keeps its summary for as
// long as the workspace is open, so a library opened again (another page, a
// reload of the window) finds the last run in jobs.list and shows its
// progress or its summary again, unless the user dismissed it.
import { useCallback, useEffect, useRef } from 'react'
import type { JobStatus } from '../../../../shared/contract-import'
import type { SuggestCorpusSummary } from '../../../../shared/contract-suggest'
import { messageOf } from '../../app/errors'
import { useMountedState } from '../../app/useMountedState'
import { api } from '../../app/useApi'

export type SuggestJobStatus = JobStatus<SuggestCorpusSummary>

export type SuggestCorpusState = {
  phase: 'idle' | 'starting' | 'running' | 'finished'
  status: SuggestJobStatus | null
  /** What the run covers, for the summary ("the 12 listed articles"). */
  scope: string
  cancelling: boolean
  error: string | null
}

export type SuggestCorpus = {
  state: SuggestCorpusState
  /** `ids`: the articles (all of them when absent); `scope` names them. */
  start: (scope: string, ids?: () => Promise<string[] | null>) => void
  cancel: () => void
  dismiss: () => void
}

const IDLE: SuggestCorpusState = { phase: 'idle', status: null, scope: '', cancelling: false, error: null }
const POLL_MS = 400
/** The summary the user closed: a reload does not bring it back. */
const DISMISSED_KEY = 'claimbook.suggestCorpus.dismissed'
/** What the last run covered, kept with the job for a reload. */
const SCOPE_KEY = 'claimbook.suggestCorpus.scope'

const session = {
  get: (key: string) => {
    try {
      return sessionStorage.getItem(key)
    } catch {
      return null
    }
  },
  set: (key: string, value: string) => {
    try {
      sessionStorage.setItem(key, value)
    } catch {
      // Storage refused (private mode): only the reload loses it.
    }
  },
}

export function useSuggestCorpus(onFinished?: () => void): SuggestCorpus {
  const [state, update, mounted] = useMountedState<SuggestCorpusState>(IDLE)
  const jobId = useRef<string | null>(null)
  const finishedRef = useRef(onFinished)
  finishedRef.current = onFinished

  /** Polls the job until it ends (or the library is left). */
  const follow = useCallback(
    async (id: string) => {
      for (;;) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS))
        if (!mounted.current || jobId.current !== id) return
        let status: SuggestJobStatus | null
        try {
          status = (await api().jobs.get({ id })) as SuggestJobStatus | null
        } catch (err) {
          update((s) => ({ ...s, phase: 'finished', error: `Could not follow the suggestions: ${messageOf(err)} They may still be running; open the library again to see them.` }))
          return
        }
        if (!status) {
          update((s) => ({ ...s, phase: 'finished', error: 'The suggestion job is gone (the workspace was closed or opened again). Start it again.' }))
          return
        }
        const latest = status
        update((s) => ({ ...s, status: latest, phase: latest.state === 'running' ? 'running' : 'finished', error: latest.state === 'failed' ? latest.message : s.error }))
        if (latest.state !== 'running') {
          jobId.current = null
          finishedRef.current?.()
          return
        }
      }
    },
    [update],
  )

  const start = useCallback(
    (scope: string, ids?: () => Promise<string[] | null>) => {
      if (jobId.current) return
      // Taken at once, before the ids are listed: a second click starts nothing.
      jobId.current = 'starting'
      update(() => ({ ...IDLE, phase: 'starting', scope }))
      void (async () => {
        try {
          const articleIds = ids ? await ids() : undefined
          if (articleIds === null) {
            jobId.current = null
            update(() => IDLE)
            return
          }
          const status = await api().suggest.startCorpus(articleIds ? { articleIds } : {})
          jobId.current = status.id
          session.set(SCOPE_KEY, JSON.stringify({ id: status.id, scope }))
          update((s) => ({ ...s, phase: 'running', status }))
          await follow(status.id)
        } catch (err) {
          jobId.current = null
          update((s) => ({ ...s, phase: 'finished', error: `The suggestions could not start: ${messageOf(err)}` }))
        }
      })()
    },
    [follow, update],
  )

  // The last run of this session, found again after the library was left.
  useEffect(() => {
    void (async () => {
      const jobs = (await api()
        .jobs.list({})
        .catch(() => [])) as SuggestJobStatus[]
      const last = jobs.filter((j) => j.kind === 'suggest').sort((a, b) => a.startedAt.localeCompare(b.startedAt)).pop()
      if (!last || jobId.current || !mounted.current || session.get(DISMISSED_KEY) === last.id) return
      const saved = (() => {
        try {
          return JSON.parse(session.get(SCOPE_KEY) ?? '{}') as { id?: string; scope?: string }
        } catch {
          return {}
        }
      })()
      const scope = saved.id === last.id && saved.scope ? saved.scope : ''
      if (last.state === 'running') {
        jobId.current = last.id
        update(() => ({ ...IDLE, phase: 'running', status: last, scope }))
        await follow(last.id)
      } else update(() => ({ ...IDLE, phase: 'finished', status: last, scope, error: last.state === 'failed' ? last.message : null }))
    })()
  }, [follow, update])

  const cancel = useCallback(() => {
    const id = jobId.current
    if (!id || id === 'starting') return
    update((s) => ({ ...s, cancelling: true }))
    api()
      .jobs.cancel({ id })
      .catch((err: unknown) => update((s) => ({ ...s, cancelling: false, error: `Could not cancel: ${messageOf(err)}` })))
  }, [update])

  const shownId = state.status?.id
  const dismiss = useCallback(() => {
    if (jobId.current) return
    if (shownId) session.set(DISMISSED_KEY, shownId)
    update(() => IDLE)
  }, [shownId, update])

  return { state, start, cancel, dismiss }
}
