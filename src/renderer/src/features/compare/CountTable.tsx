// A short table of counts split by kind (by outlet, by event, by target…),
// each number and bar opening its claims.
import type { ReactNode } from 'react'
import type { KindRefs } from '../../../../shared/contract-analysis'
import { KindBar, refsOf } from './KindBar'
import { ClaimCount } from './trace/TraceContext'

export type CountRow = { key: string; label: ReactNode; name: string; total: number; kinds: KindRefs }

type Props = { rows: CountRow[]; heading: string; empty: string; testId: string; limit?: number; onMore?: () => void }

export function CountTable({ rows, heading, empty, testId, limit = rows.length, onMore }: Props) {
  if (rows.length === 0) return <p className="muted small">{empty}</p>
  const max = Math.max(1, ...rows.map((r) => r.total))
  return (
    <>
      <table className="count-table" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{heading}</th>
            <th scope="col">
              <span className="visually-hidden">By kind</span>
            </th>
            <th scope="col" className="col-number">
              Claims
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, limit).map((row) => (
            <tr key={row.key} data-testid="count-row" data-name={row.name} data-total={row.total}>
              <td className="count-label">{row.label}</td>
              <td className="count-bar">
                <KindBar kinds={row.kinds} title={row.name} max={max} showNumbers={false} />
              </td>
              <td className="col-number">
                <ClaimCount refs={refsOf(row.kinds)} count={row.total} title={row.name} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > limit && onMore && (
        <button type="button" className="link-button small" onClick={onMore}>
          Show all {rows.length}
        </button>
      )}
    </>
  )
}
