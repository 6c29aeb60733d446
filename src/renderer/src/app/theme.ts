// Light and dark themes. By default the app follows the system
// (prefers-color-scheme); the user may pin light or dark instead. The
// choice is kept in this browser profile (localStorage) and applied as
// `data-theme` on <html>, which the stylesheet's color-scheme follows.
import { useCallback, useState } from 'react'

export type ThemeChoice = 'system' | 'light' | 'dark'
const KEY = 'claimbook.theme'
const ORDER: ThemeChoice[] = ['system', 'light', 'dark']

export function storedTheme(): ThemeChoice {
  try {
    const value = localStorage.getItem(KEY)
    return ORDER.includes(value as ThemeChoice) ? (value as ThemeChoice) : 'system'
  } catch {
    return 'system'
  }
}

export function applyTheme(choice: ThemeChoice): void {
  const root = document.documentElement
  if (choice === 'system') delete root.dataset.theme
  else root.dataset.theme = choice
  try {
    localStorage.setItem(KEY, choice)
  } catch {
    /* a private window may refuse storage; the theme still applies now */
  }
}

export const THEME_LABELS: Record<ThemeChoice, string> = { system: 'System theme', light: 'Light theme', dark: 'Dark theme' }

/** The current choice and a toggle that goes system → light → dark → system. */
export function useTheme(): { theme: ThemeChoice; toggle: () => void } {
  const [theme, setTheme] = useState<ThemeChoice>(() => {
    const choice = storedTheme()
    applyTheme(choice)
    return choice
  })
  const toggle = useCallback(() => {
    setTheme((current) => {
      const next = ORDER[(ORDER.indexOf(current) + 1) % ORDER.length]
      applyTheme(next)
      return next
    })
  }, [])
  return { theme, toggle }
}
