// Left navigation: the five sections and the open workspace.
import type { Navigate, Section } from './routes'
import { useWorkspace } from './workspace'
import { plural } from './ui/format'

const SECTIONS: { id: Section; label: string; hint: string }[] = [
  { id: 'library', label: 'Library', hint: 'Articles in this workspace' },
  { id: 'actors', label: 'Actors', hint: 'Speakers and targets' },
  { id: 'events', label: 'Events', hint: 'What the claims are about' },
  { id: 'compare', label: 'Compare', hint: 'How actors frame an event' },
  { id: 'export', label: 'Export', hint: 'Reports and data' },
]

export function Sidebar({ current, navigate, onHelp }: { current: Section; navigate: Navigate; onHelp: () => void }) {
  const { info } = useWorkspace()
  return (
    <nav className="sidebar" aria-label="Main">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          ❝
        </span>
        <span className="brand-name">Claimbook</span>
      </div>
      <ul className="nav-list">
        {SECTIONS.map((section) => (
          <li key={section.id}>
            <button
              type="button"
              className="nav-link"
              aria-current={current === section.id ? 'page' : undefined}
              title={section.hint}
              onClick={() => navigate(section.id === 'compare' ? { page: 'compare' } : { page: section.id })}
              data-testid={`nav-${section.id}`}
            >
              {section.label}
            </button>
          </li>
        ))}
      </ul>
      <div className="sidebar-footer">
        <div className="workspace-card" title={info?.path} data-testid="workspace-name">
          <span className="workspace-label">Workspace</span>
          <span className="workspace-name">{info?.name ?? '…'}</span>
          {info && (
            <span className="workspace-counts">
              {plural(info.articles, 'article')} · {plural(info.claims, 'claim')}
            </span>
          )}
        </div>
        <button type="button" className="link-button help-link" onClick={onHelp} data-testid="help-button">
          Keyboard shortcuts <kbd>?</kbd>
        </button>
      </div>
    </nav>
  )
}
