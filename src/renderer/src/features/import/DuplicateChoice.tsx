// Asked before a batch starts: what to do with a file whose text is already
// in the workspace (or earlier in the same batch).
import { useId } from 'react'

export type DuplicateMode = 'skip' | 'keep'

export function DuplicateChoice({ value, onChange, disabled }: { value: DuplicateMode; onChange: (mode: DuplicateMode) => void; disabled?: boolean }) {
  const name = useId()
  return (
    <fieldset className="duplicate-choice" disabled={disabled} data-testid="duplicate-choice">
      <legend>When the same text is already in the workspace</legend>
      <label className="check-row">
        <input type="radio" name={name} value="skip" checked={value === 'skip'} onChange={() => onChange('skip')} data-testid="duplicate-skip" />
        <span>Skip the file (recommended)</span>
      </label>
      <label className="check-row">
        <input type="radio" name={name} value="keep" checked={value === 'keep'} onChange={() => onChange('keep')} data-testid="duplicate-keep" />
        <span>Import it again, keeping both</span>
      </label>
    </fieldset>
  )
}
