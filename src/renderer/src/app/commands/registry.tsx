// Commands any part of the app can offer to the command palette (Ctrl/Cmd+K)
// and to the desktop menu: the app registers its own (go to a page, switch
// the theme), a page registers its actions while it is shown (the reader:
// tag, next claim, undo …). The palette lists them all; a menu item runs one
// by id.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react'

export type AppCommand = {
  id: string
  label: string
  group: string
  /** Keys that do the same, as shown in the help ("J", "Alt+↓"). */
  keys?: string[]
  run: () => void
  /** Greyed out in the palette when false (no active claim, say). */
  enabled?: boolean
}

type Registry = {
  register: (source: () => AppCommand[]) => () => void
  list: () => AppCommand[]
  /** Runs the command with this id; false when nothing offers it now. */
  run: (id: string) => boolean
}

const CommandContext = createContext<Registry>({ register: () => () => {}, list: () => [], run: () => false })

export function CommandProvider({ children }: { children: ReactNode }) {
  const sources = useRef(new Set<() => AppCommand[]>())
  const register = useCallback((source: () => AppCommand[]) => {
    sources.current.add(source)
    return () => void sources.current.delete(source)
  }, [])
  // Later registrations (the page) come first: they are what the user is doing.
  const list = useCallback(() => [...sources.current].reverse().flatMap((source) => source()), [])
  const run = useCallback(
    (id: string) => {
      const command = list().find((c) => c.id === id && c.enabled !== false)
      command?.run()
      return !!command
    },
    [list],
  )
  const value = useMemo(() => ({ register, list, run }), [register, list, run])
  return <CommandContext.Provider value={value}>{children}</CommandContext.Provider>
}

export function useCommands(): Registry {
  return useContext(CommandContext)
}

/** Offers commands while the calling component is mounted; the list is read
 * when the palette opens, so it always has the latest state. */
export function useRegisterCommands(commands: () => AppCommand[]): void {
  const { register } = useCommands()
  const latest = useRef(commands)
  latest.current = commands
  useEffect(() => register(() => latest.current()), [register])
}
