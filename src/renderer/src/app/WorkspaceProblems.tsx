// Files the store could not read are set aside, never dropped silently: the
// researcher must see that list.
import { useState } from 'react'
import { useWorkspace } from './workspace'

export function WorkspaceProblems() {
  const { info } = useWorkspace()
  const [dismissed, setDismissed] = useState(false)
  if (!info || info.problems.length === 0 || dismissed) return null
  return (
    <div className="banner banner-warning" role="status" data-testid="workspace-problems">
      <div>
        <strong>Some workspace files need attention.</strong> They were set aside, not deleted.
        <ul>
          {info.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      </div>
      <button type="button" className="icon-button" aria-label="Dismiss warning" onClick={() => setDismissed(true)}>
        ×
      </button>
    </div>
  )
}
