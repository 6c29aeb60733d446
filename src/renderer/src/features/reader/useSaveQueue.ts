// Every change in the reader is saved at once, one call after another: a
// body save and a link change must reach the store in the order the
// researcher made them, or an older answer could overwrite a newer one.
import { useCallback, useRef, useState } from 'react'
import { messageOf, useReportError } from '../../app/errors'

export type SaveStatus = { state: 'idle' } | { state: 'saving' } | { state: 'saved' } | { state: 'failed'; message: string }

export function useSaveQueue() {
  const report = useReportError()
  const chain = useRef<Promise<unknown>>(Promise.resolve())
  const inFlight = useRef(0)
  /** A failure stays on screen until a later batch of saves all succeed. */
  const batchFailed = useRef(false)
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' })

  const enqueue = useCallback(
    <T,>(task: () => Promise<T>, context: string): Promise<T | undefined> => {
      if (inFlight.current === 0) batchFailed.current = false
      inFlight.current += 1
      setStatus({ state: 'saving' })
      const run = chain.current.then(task).then(
        (value) => {
          inFlight.current -= 1
          if (inFlight.current === 0 && !batchFailed.current) setStatus({ state: 'saved' })
          return value
        },
        (err: unknown) => {
          inFlight.current -= 1
          batchFailed.current = true
          setStatus({ state: 'failed', message: messageOf(err) })
          report(err, context)
          return undefined
        },
      )
      chain.current = run
      return run
    },
    [report],
  )

  return { status, enqueue }
}
