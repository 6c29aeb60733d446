// The shell of the create/edit forms of actors and events: the name, the
// other fields in a wrapping row, what is wrong with them, Save and Cancel,
// and a fresh form after a create.
import type { ChangeEvent, FormEvent, ReactNode } from 'react'

/** What the page gives a create or edit form, passed on to the shell as it is. */
export type FormShell = { testId: string; submitLabel: string; busy: boolean; onCancel?: () => void }

type Props = {
  testId: string
  submitLabel: string
  /** The submit button's test id (the end-to-end tests press it). */
  submitTestId: string
  busy: boolean
  canSubmit: boolean
  /** Resolves true when saved. */
  onSubmit: () => Promise<boolean>
  /** Called after a successful submit (to empty a create form). */
  onSaved?: () => void
  onCancel?: () => void
  /** What stops the form from being saved, said next to it. */
  problem?: string | null
  children: ReactNode
}

export function InlineForm({ testId, submitLabel, submitTestId, busy, canSubmit, onSubmit, onSaved, onCancel, problem, children }: Props) {
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (await onSubmit()) onSaved?.()
  }
  return (
    <form className="inline-form" onSubmit={submit} data-testid={testId}>
      {children}
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="inline-form-actions">
        <button type="submit" className="button button-primary" disabled={busy || !canSubmit} data-testid={submitTestId}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  )
}

type NameProps = { value: string; onChange: (e: ChangeEvent<HTMLInputElement>) => void; placeholder: string; testId: string; wide?: boolean }

/** The one field every registry item must have. */
export function NameField({ value, onChange, placeholder, testId, wide = false }: NameProps) {
  return (
    <label className={wide ? 'field field-grow' : 'field'}>
      <span>Name</span>
      <input required value={value} onChange={onChange} placeholder={placeholder} data-testid={testId} />
    </label>
  )
}
