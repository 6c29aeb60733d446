// Closing the window never drops an edit: while a save is still waiting (or
// being retried), the reader's beforeunload handler holds the page and asks
// for the save at once (features/reader/session/readerSaves.ts). Electron
// then cancels the close without a word; here the user is told and chooses.
import { dialog, type BrowserWindow } from 'electron'

export function guardUnsavedEdits(window: BrowserWindow): void {
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'warning',
      buttons: ['Keep Claimbook open', 'Close without saving'],
      defaultId: 0,
      cancelId: 0,
      title: 'A change is not saved yet',
      message: 'Claimbook is still saving your last change.',
      detail: 'It is being tried again now. Keep Claimbook open and close it again in a moment, or close now and lose that change.',
    })
    // Ignoring the page's beforeunload lets the window close.
    if (choice === 1) event.preventDefault()
  })
}
