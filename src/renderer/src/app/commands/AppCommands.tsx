// The app's own commands (pages, theme, help), the palette on Ctrl/Cmd+K,
// and the bridge from the desktop menu: a Claim menu item raises
// MENU_COMMAND_EVENT with a command id (src/main/desktop/claim-menu.ts),
// and the command registered under that id runs.
import { useEffect, useState } from 'react'
import { MENU_COMMAND_EVENT, READER_COMMAND_IDS, readerCommand } from '../../../../shared/reader-commands'
import { isModKey } from '../keyboard'
import type { Navigate } from '../routes'
import { THEME_LABELS, type ThemeChoice } from '../theme'
import { CommandPalette } from './CommandPalette'
import { useCommands, useRegisterCommands, type AppCommand } from './registry'

type Props = { navigate: Navigate; onHelp: () => void; theme: ThemeChoice; onToggleTheme: () => void }

export function AppCommands({ navigate, onHelp, theme, onToggleTheme }: Props) {
  const registry = useCommands()
  const [open, setOpen] = useState(false)

  useRegisterCommands((): AppCommand[] => [
    { id: 'palette', label: 'Command palette', group: 'View', keys: readerCommand('palette').keys, run: () => setOpen(true) },
    { id: 'help', label: 'Keyboard shortcuts', group: 'View', keys: ['?'], run: onHelp },
    { id: 'toggle-theme', label: `Switch the theme (now: ${THEME_LABELS[theme].toLowerCase()})`, group: 'View', run: onToggleTheme },
    { id: 'go-library', label: 'Go to the library', group: 'Go to', run: () => navigate({ page: 'library' }) },
    { id: 'go-actors', label: 'Go to actors', group: 'Go to', run: () => navigate({ page: 'actors' }) },
    { id: 'go-events', label: 'Go to events', group: 'Go to', run: () => navigate({ page: 'events' }) },
    { id: 'go-compare', label: 'Go to compare', group: 'Go to', run: () => navigate({ page: 'compare' }) },
    { id: 'go-export', label: 'Go to export', group: 'Go to', run: () => navigate({ page: 'export' }) },
  ])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isModKey(event) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k') {
        event.preventDefault()
        setOpen((o) => !o)
      }
    }
    const onMenu = (event: Event) => {
      const id = (event as CustomEvent<unknown>).detail
      if (typeof id === 'string' && READER_COMMAND_IDS.has(id)) registry.run(id)
    }
    window.addEventListener('keydown', onKey)
    window.addEventListener(MENU_COMMAND_EVENT, onMenu)
    return () => {
      window.removeEventListener('keydown', onKey)
      window.removeEventListener(MENU_COMMAND_EVENT, onMenu)
    }
  }, [registry])

  return open ? <CommandPalette commands={registry.list()} onClose={() => setOpen(false)} /> : null
}
