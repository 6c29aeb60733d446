// Tables of claim counts: one row a group (an outlet, an event, a target, a
// concept an edge is about…), columns that say how its claims split, and the
// number of claims last, which opens them. ClaimCountTable is the one table;
// CountTable is its common form, split by kind with a bar.
import type { ReactNode } from 'react'
import type { ClaimRef, KindRefs } from '../../../../shared/contract-analysis'
import { KindBar, refsOf } from './KindBar'
import { ClaimCount } from './trace/TraceContext'

/** A row: `name` titles the claims it opens; `refs` are its claims. */
export type CountedRow = { key: string; label: ReactNode; name: string; total: number; refs: readonly ClaimRef[] }
/** A column between the label and the number of claims. */
export type CountColumn<R> = { heading: ReactNode; cell: (row: R) => ReactNode; className?: string }

type TableProps<R extends CountedRow> = {
  rows: R[]
  heading: ReactNode
  columns: CountColumn<R>[]
  empty: string
  testId: string
  rowTestId?: string
  className?: string
  limit?: number
  onMore?: () => void
}

export function ClaimCountTable<R extends CountedRow>({ rows, heading, columns, empty, testId, rowTestId = 'count-row', className = '', limit = rows.length, onMore }: TableProps<R>) {
  if (rows.length === 0) return <p className="muted small">{empty}</p>
  return (
    <>
      <table className={`count-table ${className}`} data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{heading}</th>
            {columns.map((column, i) => (
              <th key={i} scope="col">
                {column.heading}
              </th>
            ))}
            <th scope="col" className="col-number">
              Claims
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, limit).map((row) => (
            <tr key={row.key} data-testid={rowTestId} data-name={row.name} data-total={row.total}>
              <td className="count-label">{row.label}</td>
              {columns.map((column, i) => (
                <td key={i} className={column.className}>
                  {column.cell(row)}
                </td>
              ))}
              <td className="col-number">
                <ClaimCount refs={row.refs} count={row.total} title={row.name} />
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

export type CountRow = { key: string; label: ReactNode; name: string; total: number; kinds: KindRefs }

type Props = { rows: CountRow[]; heading: string; empty: string; testId: string; limit?: number; onMore?: () => void }

/** Counts split by kind (by outlet, by event, by target…), each with a bar. */
export function CountTable({ rows, ...props }: Props) {
  const max = Math.max(1, ...rows.map((r) => r.total))
  const counted = rows.map((row) => ({ ...row, refs: refsOf(row.kinds) }))
  const bar: CountColumn<(typeof counted)[number]> = {
    heading: <span className="visually-hidden">By kind</span>,
    className: 'count-bar',
    cell: (row) => <KindBar kinds={row.kinds} title={row.name} max={max} showNumbers={false} />,
  }
  return <ClaimCountTable rows={counted} columns={[bar]} {...props} />
}
