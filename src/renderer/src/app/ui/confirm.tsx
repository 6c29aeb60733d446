// In-app confirmation instead of window.confirm: it can say exactly what will
// be lost, it is styled like the app, and it never blocks the renderer.
import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react'
import { Modal } from './Modal'

export type ConfirmOptions = { title: string; message: string; confirmLabel: string; danger?: boolean }
type Ask = (options: ConfirmOptions) => Promise<boolean>

const ConfirmContext = createContext<Ask>(() => Promise.reject(new Error('ConfirmProvider is missing')))

export function useConfirm(): Ask {
  return useContext(ConfirmContext)
}

export function ConfirmProvider({ children }: { children: ReactNode }) {
  const [pending, setPending] = useState<ConfirmOptions | null>(null)
  const resolveRef = useRef<(answer: boolean) => void>(() => {})

  const ask = useCallback<Ask>((options) => {
    resolveRef.current(false) // a second question cancels an unanswered first one
    setPending(options)
    return new Promise<boolean>((resolve) => {
      resolveRef.current = resolve
    })
  }, [])

  const answer = (value: boolean) => {
    resolveRef.current(value)
    resolveRef.current = () => {}
    setPending(null)
  }

  return (
    <ConfirmContext.Provider value={ask}>
      {children}
      {pending && (
        <Modal title={pending.title} onClose={() => answer(false)} testId="confirm-dialog">
          <p className="confirm-message">{pending.message}</p>
          <div className="form-actions">
            <button type="button" className="button" onClick={() => answer(false)} data-testid="confirm-cancel">
              Cancel
            </button>
            <button
              type="button"
              className={pending.danger ? 'button button-danger' : 'button button-primary'}
              onClick={() => answer(true)}
              data-testid="confirm-ok"
              data-autofocus
            >
              {pending.confirmLabel}
            </button>
          </div>
        </Modal>
      )}
    </ConfirmContext.Provider>
  )
}
