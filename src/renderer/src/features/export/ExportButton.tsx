// A button that opens the export dialog for one scope: the workspace (the
// Export page), an article (the reader), a selection of articles (the
// library's selection bar), an event or an actor (their pages).
import { useState } from 'react'
import type { ExportScope } from '../../../../shared/contract-export'
import { ExportDialog } from './ExportDialog'

type Props = { scope: ExportScope; label?: string; /** A small button, for a toolbar of small buttons (the reader's header). */ small?: boolean }

export function ExportButton({ scope, label = 'Export…', small = false }: Props) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" className={small ? 'button button-small' : 'button'} onClick={() => setOpen(true)} data-testid="export-open" data-scope={scope.type}>
        {label}
      </button>
      {open && <ExportDialog scope={scope} onClose={() => setOpen(false)} />}
    </>
  )
}
