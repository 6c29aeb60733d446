// The table of a registry (actors, events): one row per item, the item's
// edit form in place of its row while editing, and the row's actions at the
// end (Edit and Delete, plus the registry's own).
import type { ReactNode } from 'react'

export type Column<T> = { header: string; className?: string; cell: (item: T) => ReactNode }

type Props<T extends { id: string; name: string }> = {
  items: T[]
  columns: Column<T>[]
  editing: string | null
  renderEditor: (item: T) => ReactNode
  onEdit: (item: T) => void
  onDelete: (item: T) => void
  /** Actions before Edit and Delete. */
  actions?: (item: T) => ReactNode
  testId: string
  rowTestId: string
  deleteTestId: string
  rowAttributes?: (item: T) => Record<string, string>
  rowClassName?: (item: T) => string | undefined
}

export function RegistryTable<T extends { id: string; name: string }>({ items, columns, editing, renderEditor, onEdit, onDelete, actions, testId, rowTestId, deleteTestId, rowAttributes, rowClassName }: Props<T>) {
  const span = columns.length + 1
  return (
    <table className="data-table" data-testid={testId}>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.header} scope="col" className={column.className}>
              {column.header}
            </th>
          ))}
          <th scope="col" className="col-actions">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) =>
          editing === item.id ? (
            <tr key={item.id} className="editing-row">
              <td colSpan={span}>{renderEditor(item)}</td>
            </tr>
          ) : (
            <tr key={item.id} className={rowClassName?.(item)} data-testid={rowTestId} {...rowAttributes?.(item)}>
              {columns.map((column) => (
                <td key={column.header} className={column.className}>
                  {column.cell(item)}
                </td>
              ))}
              <td className="col-actions">
                {actions?.(item)}
                <button type="button" className="button button-small button-quiet" onClick={() => onEdit(item)} aria-label={`Edit ${item.name}`}>
                  Edit
                </button>
                <button type="button" className="button button-small button-quiet" onClick={() => onDelete(item)} aria-label={`Delete ${item.name}`} data-testid={deleteTestId}>
                  Delete
                </button>
              </td>
            </tr>
          ),
        )}
      </tbody>
    </table>
  )
}
