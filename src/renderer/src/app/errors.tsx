// Every failed call ends up here and is shown to the user: a researcher must
// know when a save did not happen. Messages stay until dismissed.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'

type Report = (error: unknown, context?: string) => void

const ErrorContext = createContext<Report>(() => {
  throw new Error('ErrorProvider is missing')
})

export function useReportError(): Report {
  return useContext(ErrorContext)
}

export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message || error.name
  return String(error)
}

type Toast = { id: number; text: string }
let nextToastId = 1

export function ErrorProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([])
  const report = useCallback<Report>((error, context) => {
    const text = context ? `${context}: ${messageOf(error)}` : messageOf(error)
    // The same message twice in a row (a retried action) is shown once.
    setToasts((all) => (all.some((t) => t.text === text) ? all : [...all, { id: nextToastId++, text }]))
  }, [])
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), [])
  const value = useMemo(() => report, [report])
  return (
    <ErrorContext.Provider value={value}>
      {children}
      <div className="toasts" aria-live="assertive">
        {toasts.map((toast) => (
          <div key={toast.id} className="toast toast-error" role="alert" data-testid="error-toast">
            <span className="toast-text">{toast.text}</span>
            <button type="button" className="icon-button" aria-label="Dismiss error" onClick={() => dismiss(toast.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </ErrorContext.Provider>
  )
}
