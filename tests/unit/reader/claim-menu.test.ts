// The desktop app's Claim menu, built from the reader's command table: every
// command is there with its keys, keys are shown but never registered (the
// page handles them, and a bare key must not steal typing), and an item runs
// its command in the page through one fixed DOM event.
import { describe, expect, it, vi } from 'vitest'

const executed: string[] = []
vi.mock('electron', () => {
  class BrowserWindow {
    webContents = { executeJavaScript: async (code: string) => void executed.push(code) }
    static getFocusedWindow = () => null
  }
  return { BrowserWindow }
})

const { claimMenu, commandScript } = await import('../../../src/main/desktop/claim-menu')
const { READER_COMMANDS, MENU_COMMAND_EVENT } = await import('../../../src/shared/reader-commands')
const { BrowserWindow } = await import('electron')

type Item = { label?: string; accelerator?: string; registerAccelerator?: boolean; type?: string; click?: (item: unknown, window: unknown) => void }

describe('the Claim menu', () => {
  it('lists every menu command with its keys, shown and not registered (Windows, Linux)', () => {
    const items = (claimMenu(false).submenu as Item[]).filter((i) => i.type !== 'separator')
    const wanted = READER_COMMANDS.filter((c) => c.menu)
    expect(items.map((i) => i.label)).toEqual(wanted.map((c) => c.label))
    const byLabel = new Map(items.map((i) => [i.label, i]))
    expect(byLabel.get('Next claim')).toMatchObject({ accelerator: 'Alt+Down', registerAccelerator: false })
    expect(byLabel.get('Speakers of the active claim')).toMatchObject({ accelerator: 'S', registerAccelerator: false })
    expect(byLabel.get('Command palette: every action by name')).toMatchObject({ accelerator: 'CmdOrCtrl+K', registerAccelerator: false })
    for (const item of items) if (item.accelerator) expect(item.registerAccelerator).toBe(false)
  })

  it('on a Mac, makes only Cmd combinations key equivalents and names other keys in the label', () => {
    const items = (claimMenu(true).submenu as Item[]).filter((i) => i.type !== 'separator')
    for (const item of items) if (item.accelerator) expect(item.accelerator).toMatch(/^CmdOrCtrl\+/)
    expect(items.find((i) => i.label?.startsWith('Next claim'))?.label).toMatch(/J \/ Alt\+↓$/)
  })

  it('runs a command in the page as one DOM event with the command id', () => {
    const next = (claimMenu(false).submenu as Item[]).find((i) => i.label === 'Next claim')!
    next.click!({}, new BrowserWindow())
    expect(executed).toEqual([commandScript('next-claim')])
    expect(commandScript('next-claim')).toBe(`window.dispatchEvent(new CustomEvent(${JSON.stringify(MENU_COMMAND_EVENT)}, { detail: "next-claim" }))`)
  })
})
