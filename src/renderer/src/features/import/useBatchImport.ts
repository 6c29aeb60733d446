// One batch import at a time, as the library and the import dialog see it:
// files picked in the page are sent by sendBatch; files picked by the
// desktop app's dialog are read by the main process (import.pickAndStart).
// Either way the job's progress is polled (jobs.get) until it ends, and the
// summary joins what the job reports with the files refused before sending.
// Everything is asynchronous: the page stays usable while a batch runs.
import { useCallback, useEffect, useRef } from 'react'
import type { FileOutcome, ImportJobStatus } from '../../../../shared/contract-import'
import { messageOf } from '../../app/errors'
import { useMountedState } from '../../app/useMountedState'
import { api } from '../../app/useApi'
import { sendBatch, type BatchChoices } from './sendBatch'
import { planUpload, type PickedFile } from './uploadPlan'

export type BatchPhase = 'idle' | 'sending' | 'running' | 'finished'

export type BatchState = {
  phase: BatchPhase
  /** The job's last status (null before it starts, or when nothing could be sent). */
  status: ImportJobStatus | null
  /** Files that count for progress. */
  expected: number
  /** Files refused or unreadable in the page, never sent. */
  local: FileOutcome[]
  /** System files (.DS_Store…) left out of a folder. */
  ignored: number
  cancelled: boolean
  /** Why the batch could not start or went wrong (the job's message too). */
  error: string | null
}

const IDLE: BatchState = { phase: 'idle', status: null, expected: 0, local: [], ignored: 0, cancelled: false, error: null }
const POLL_MS = 300

export type BatchImport = {
  state: BatchState
  /** Sends files picked in the page. */
  start: (files: PickedFile[], choices: BatchChoices) => void
  /** Desktop only: the main process asks for files or a folder and reads them. */
  pickAndStart: (what: 'files' | 'folder', choices: BatchChoices) => void
  cancel: () => void
  /** Back to idle, for the next batch (only when none runs). */
  reset: () => void
}

export function useBatchImport(onFinished?: (state: BatchState) => void): BatchImport {
  const [state, update, mounted] = useMountedState<BatchState>(IDLE)
  const abort = useRef<AbortController | null>(null)
  const jobId = useRef<string | null>(null)
  const finishedRef = useRef(onFinished)
  finishedRef.current = onFinished

  /** Polls the job until it ends; resolves with its last status. */
  const follow = useCallback(
    async (id: string, sending: Promise<unknown> | null) => {
      let sendFailed = false
      sending?.catch(() => (sendFailed = true))
      for (;;) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS))
        if (!mounted.current) return
        let status: ImportJobStatus
        try {
          status = (await api().jobs.get({ id })) as ImportJobStatus
        } catch (err) {
          update((s) => ({ ...s, phase: 'finished', error: messageOf(err) }))
          return
        }
        update((s) => ({ ...s, status }))
        if (status.state !== 'running' || sendFailed) return
      }
    },
    [update],
  )

  const finish = useCallback(
    (change: (s: BatchState) => BatchState) => {
      abort.current = null
      jobId.current = null
      update(change)
    },
    [update],
  )

  // Told once per batch, after the render that shows its end.
  const lastPhase = useRef<BatchPhase>('idle')
  useEffect(() => {
    if (state.phase === 'finished' && lastPhase.current !== 'finished') finishedRef.current?.(state)
    lastPhase.current = state.phase
  }, [state])

  const start = useCallback(
    (files: PickedFile[], choices: BatchChoices) => {
      if (abort.current) return
      const plan = planUpload(files)
      const controller = new AbortController()
      abort.current = controller
      update(() => ({ ...IDLE, phase: 'sending', expected: plan.counted, local: plan.refused, ignored: plan.ignored }))
      void (async () => {
        let polling: Promise<void> | null = null
        const sending = sendBatch(api(), plan, choices, {
          signal: controller.signal,
          onStarted: (status) => {
            jobId.current = status.id
            update((s) => ({ ...s, phase: 'running', status }))
            polling = follow(status.id, sending)
          },
        })
        let error: string | null = null
        let unreadable: FileOutcome[] = []
        try {
          unreadable = (await sending).unreadable
        } catch (err) {
          if (jobId.current) {
            error = `Sending the files stopped: ${messageOf(err)} What arrived before stays imported; import the rest again (files already in are recognised as duplicates).`
            await api().jobs.cancel({ id: jobId.current }).catch(() => undefined)
          } else error = `The import could not start: ${messageOf(err)} Nothing was imported.`
        }
        await (polling ?? Promise.resolve())
        finish((s) => ({ ...s, phase: 'finished', local: [...s.local, ...unreadable], error: error ?? (s.status?.state === 'failed' ? s.status.message : s.error) }))
      })()
    },
    [follow, finish, update],
  )

  const pickAndStart = useCallback(
    (what: 'files' | 'folder', choices: BatchChoices) => {
      if (abort.current) return
      const controller = new AbortController()
      abort.current = controller
      void (async () => {
        try {
          const status = await api().import.pickAndStart({ what, onDuplicate: choices.onDuplicate, ...(choices.metadata ? { metadata: choices.metadata } : {}) })
          if (!status) {
            // The user closed the file dialog.
            abort.current = null
            return
          }
          jobId.current = status.id
          update(() => ({ ...IDLE, phase: 'running', status, expected: status.total ?? 0 }))
          await follow(status.id, null)
          finish((s) => ({ ...s, phase: 'finished', error: s.status?.state === 'failed' ? s.status.message : s.error }))
        } catch (err) {
          finish(() => ({ ...IDLE, phase: 'finished', error: messageOf(err) }))
        }
      })()
    },
    [follow, finish, update],
  )

  // A batch still running from before (the user went to another page and
  // came back): follow it again, so its progress and summary are not lost.
  useEffect(() => {
    void (async () => {
      const running = (await api().jobs.list({}).catch(() => [])).find((job) => job.kind === 'import' && job.state === 'running')
      if (!running || abort.current || !mounted.current) return
      abort.current = new AbortController()
      jobId.current = running.id
      const status = running as ImportJobStatus
      update(() => ({ ...IDLE, phase: 'running', status, expected: status.total ?? 0 }))
      await follow(running.id, null)
      finish((s) => ({ ...s, phase: 'finished', error: s.status?.state === 'failed' ? s.status.message : s.error }))
    })()
  }, [follow, finish, update])

  const cancel = useCallback(() => {
    abort.current?.abort()
    update((s) => ({ ...s, cancelled: true }))
    if (jobId.current) void api().jobs.cancel({ id: jobId.current }).catch(() => undefined)
  }, [update])

  const reset = useCallback(() => {
    if (!abort.current) update(() => IDLE)
  }, [update])

  return { state, start, pickAndStart, cancel, reset }
}

/** The summary's numbers, joining the job's and the page's. */
export function summaryOf(state: BatchState) {
  const s = state.status?.summary
  return {
    imported: s?.imported ?? 0,
    duplicates: s?.duplicateFiles.filter((d) => !d.kept).length ?? 0,
    keptDuplicates: s?.duplicateFiles.filter((d) => d.kept).length ?? 0,
    failures: [...state.local, ...(s?.failures ?? [])],
    skips: s?.skips ?? [],
    warnings: s?.warnings ?? [],
    duplicateFiles: s?.duplicateFiles ?? [],
    recent: s?.recent ?? [],
    claims: s?.claims ?? 0,
    actorsCreated: s?.actorsCreated ?? 0,
  }
}
