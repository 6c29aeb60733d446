// The shell: sidebar, the current page, the workspace warnings and the
// global keyboard shortcut for help.
import { useCallback, useEffect, useState } from 'react'
import { ErrorProvider } from './errors'
import { HelpOverlay } from './HelpOverlay'
import { isTypingTarget } from './keyboard'
import { NavigationContext, sectionOf, type Route } from './routes'
import { Sidebar } from './Sidebar'
import { ConfirmProvider } from './ui/confirm'
import { WorkspaceProvider } from './workspace'
import { WorkspaceProblems } from './WorkspaceProblems'
import { PageView } from './PageView'
import { AppCommands } from './commands/AppCommands'
import { CommandProvider } from './commands/registry'
import { useTheme } from './theme'

export function App() {
  const [route, setRoute] = useState<Route>({ page: 'library' })
  const [helpOpen, setHelpOpen] = useState(false)
  const { theme, toggle: toggleTheme } = useTheme()

  const navigate = useCallback((next: Route) => {
    setRoute(next)
    document.querySelector('.main')?.scrollTo({ top: 0 })
  }, [])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === '?' && !isTypingTarget(event.target) && !event.ctrlKey && !event.metaKey) {
        event.preventDefault()
        setHelpOpen(true)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  return (
    <ErrorProvider>
      <ConfirmProvider>
        <WorkspaceProvider>
          <NavigationContext.Provider value={navigate}>
            <CommandProvider>
              <div className="shell">
                <Sidebar current={sectionOf(route)} navigate={navigate} onHelp={() => setHelpOpen(true)} theme={theme} onToggleTheme={toggleTheme} />
                <main className="main" data-testid={`page-${route.page}`}>
                  <WorkspaceProblems />
                  <PageView route={route} />
                </main>
              </div>
              {helpOpen && <HelpOverlay onClose={() => setHelpOpen(false)} />}
              <AppCommands navigate={navigate} onHelp={() => setHelpOpen(true)} theme={theme} onToggleTheme={toggleTheme} />
            </CommandProvider>
          </NavigationContext.Provider>
        </WorkspaceProvider>
      </ConfirmProvider>
    </ErrorProvider>
  )
}
