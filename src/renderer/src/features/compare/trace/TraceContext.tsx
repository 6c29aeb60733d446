// Every number on an analysis screen leads to its claims in one click: a
// number is a <ClaimCount>, and clicking it opens the claims drawer with the
// claims it counts (by reference, fetched page by page, or as claims the
// view already holds). One provider per analysis page.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'
import type { ClaimRef } from '../../../../../shared/contract-analysis'
import type { ClaimInContext } from '../../../../../shared/domain'
import { ClaimsDrawer } from './ClaimsDrawer'

export type TraceSubject = {
  title: string
  /** A line under the title: what the number counts. */
  detail?: string
  refs?: readonly ClaimRef[]
  claims?: readonly ClaimInContext[]
}

type Trace = { show: (subject: TraceSubject) => void; current: TraceSubject | null }

const TraceContext = createContext<Trace>({ show: () => {}, current: null })

export function useTrace(): Trace {
  return useContext(TraceContext)
}

type Props = { children: ReactNode; actorName?: (id: string) => string | undefined }

export function TraceProvider({ children, actorName }: Props) {
  const [current, setCurrent] = useState<TraceSubject | null>(null)
  const [generation, setGeneration] = useState(0)
  const show = useCallback((subject: TraceSubject) => {
    setCurrent(subject)
    setGeneration((g) => g + 1)
  }, [])
  const value = useMemo(() => ({ show, current }), [show, current])
  return (
    <TraceContext.Provider value={value}>
      {children}
      {current && <ClaimsDrawer key={generation} subject={current} actorName={actorName} onClose={() => setCurrent(null)} />}
    </TraceContext.Provider>
  )
}

type CountProps = {
  count?: number
  title: string
  detail?: string
  refs?: readonly ClaimRef[]
  claims?: readonly ClaimInContext[]
  className?: string
  children?: ReactNode
  testId?: string
  label?: string
}

/** A number that opens its claims. Zero is plain text: nothing to open. */
export function ClaimCount({ count, title, detail, refs, claims, className, children, testId = 'claim-count', label }: CountProps) {
  const { show } = useTrace()
  const n = count ?? refs?.length ?? claims?.length ?? 0
  if (n === 0) return <span className={`count-zero ${className ?? ''}`}>{children ?? 0}</span>
  return (
    <button
      type="button"
      className={`count-link ${className ?? ''}`}
      onClick={(e) => {
        e.stopPropagation()
        show({ title, detail, refs, claims })
      }}
      aria-label={label ?? `${n} — show the claims: ${title}`}
      title="Show these claims"
      data-testid={testId}
      data-count={n}
    >
      {children ?? n}
    </button>
  )
}
