// Left navigation: the sections and the open workspace.
import type { Navigate, Section } from './routes'
import { useWorkspace } from './workspace'
import { plural } from './ui/format'
import { THEME_LABELS, type ThemeChoice } from './theme'
import { PendingSaves } from '../features/reader/PendingSaves'

const SECTIONS: { id: Section; label: string; hint: string }[] = [
  { id: 'library', label: 'Library', hint: 'Articles in this workspace' },
  { id: 'actors', label: 'Actors', hint: 'Speakers and targets' },
  { id: 'events', label: 'Events', hint: 'What the claims are about' },
  { id: 'compare', label: 'Compare', hint: 'How actors and outlets frame an event' },
  { id: 'network', label: 'Network', hint: 'Who speaks about whom; who agrees and who conflicts' },
  { id: 'charts', label: 'Charts', hint: 'Claims per actor and over time' },
  { id: 'export', label: 'Export & backups', hint: 'Reports, data and backups' },
]

type Props = { current: Section; navigate: Navigate; onHelp: () => void; theme: ThemeChoice; onToggleTheme: () => void }

export function Sidebar({ current, navigate, onHelp, theme, onToggleTheme }: Props) {
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
        <PendingSaves />
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
        <button
          type="button"
          className="link-button help-link theme-toggle"
          onClick={onToggleTheme}
          title="Follow the system, or always light, or always dark"
          data-testid="theme-toggle"
          data-theme-choice={theme}
        >
          <span aria-hidden="true">{theme === 'dark' ? '☾' : theme === 'light' ? '☀' : '◐'}</span> {THEME_LABELS[theme]}
        </button>
      </div>
    </nav>
  )
}
