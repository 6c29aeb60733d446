// One export from start to file: export.start, then jobs.get until the job
// ends, then the file is saved (desktop) or downloaded (browser). A cancel
// stops the job with jobs.cancel; from then on nothing is delivered, even if
// the job happened to finish at the same moment.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ExportJobStatus, ExportRequest } from '../../../../shared/contract-export'
import { messageOf } from '../../app/errors'
import { api } from '../../app/useApi'
import { deliverExport } from './deliverExport'

export type ExportRun =
  | { state: 'idle' }
  | { state: 'running'; job: ExportJobStatus | null }
  | { state: 'delivering'; job: ExportJobStatus }
  | { state: 'done'; job: ExportJobStatus; how: 'saved' | 'downloaded' }
  | { state: 'not-saved'; job: ExportJobStatus }
  | { state: 'cancelled' }
  | { state: 'failed'; message: string }

const POLL_MS = 250
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export function useExportJob(): { run: ExportRun; start: (request: ExportRequest) => Promise<void>; cancel: () => Promise<void>; reset: () => void } {
  const [run, setRun] = useState<ExportRun>({ state: 'idle' })
  // The job being followed; cleared when the user cancels or closes.
  const current = useRef<{ jobId: string | null; stopped: boolean } | null>(null)

  const start = useCallback(async (request: ExportRequest) => {
    const mine = { jobId: null as string | null, stopped: false }
    current.current = mine
    setRun({ state: 'running', job: null })
    try {
      let job = await api().export.start(request)
      mine.jobId = job.id
      // A cancel pressed before the job id came back.
      if (mine.stopped) {
        await api().jobs.cancel({ id: job.id })
        return
      }
      while (job.state === 'running') {
        setRun({ state: 'running', job })
        await pause(POLL_MS)
        if (mine.stopped) return
        job = (await api().jobs.get({ id: job.id })) as ExportJobStatus
      }
      if (mine.stopped) return
      if (job.state === 'cancelled') return setRun({ state: 'cancelled' })
      if (job.state === 'failed') return setRun({ state: 'failed', message: job.message || 'The export failed without saying why.' })
      setRun({ state: 'delivering', job })
      const delivery = await deliverExport(job)
      setRun(delivery.delivered ? { state: 'done', job, how: delivery.how } : { state: 'not-saved', job })
    } catch (err) {
      if (!mine.stopped) setRun({ state: 'failed', message: messageOf(err) })
    } finally {
      // Ended: nothing left for a cancel (or closing the dialog) to stop.
      if (current.current === mine) current.current = null
    }
  }, [])

  const cancel = useCallback(async () => {
    const mine = current.current
    if (!mine || mine.stopped) return
    mine.stopped = true
    setRun({ state: 'cancelled' })
    // Whatever the host answers, this dialog delivers nothing from now on, so
    // "nothing was saved" holds even if the cancel itself did not get through
    // (the job then finishes unseen and its file is dropped later).
    if (mine.jobId) await api().jobs.cancel({ id: mine.jobId }).catch(() => undefined)
  }, [])

  const reset = useCallback(() => setRun({ state: 'idle' }), [])

  // Closing the dialog mid-export stops the job: nobody would see its file.
  useEffect(() => () => void cancel(), [cancel])

  return { run, start, cancel, reset }
}
