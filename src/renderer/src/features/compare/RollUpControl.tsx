// "Roll up to: none / top level / level N": folding members (Ryabkov) into
// the actors they belong to (the Foreign Ministry, Russia).
import type { RollUp } from '../../../../shared/contract-analysis'

type Props = { value: RollUp; onChange: (next: RollUp) => void; testId?: string }

export const NO_ROLL_UP: RollUp = { to: 'none' }

const choiceOf = (r: RollUp) => (r.to === 'level' ? `level-${r.level}` : r.to)

export function RollUpControl({ value, onChange, testId = 'roll-up' }: Props) {
  const levels = [1, 2, 3]
  return (
    <label className="field field-inline control-field" title="Fold members into the actors they belong to (membership)">
      <span>Roll up to</span>
      <select
        value={choiceOf(value)}
        onChange={(e) => {
          const v = e.target.value
          onChange(v === 'none' ? { to: 'none' } : v === 'top' ? { to: 'top' } : { to: 'level', level: Number(v.slice(6)) })
        }}
        data-testid={testId}
      >
        <option value="none">none (each actor alone)</option>
        <option value="top">top level (countries…)</option>
        {levels.map((level) => (
          <option key={level} value={`level-${level}`}>
            level {level} ({level === 1 ? 'one step' : `${level} steps`} below the top)
          </option>
        ))}
      </select>
    </label>
  )
}

export const rollUpKey = (r: RollUp) => choiceOf(r)
export const rollUpOrUndefined = (r: RollUp): RollUp | undefined => (r.to === 'none' ? undefined : r)
