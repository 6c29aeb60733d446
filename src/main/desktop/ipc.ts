// The IPC transport: one channel, checked sender, validated input.
import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { IPC_CHANNEL, type Envelope } from '../../shared/contract'
import { dispatch, type Handlers } from '../services/api'
import { isAppUrl } from './security'

export function registerIpc(getHandlers: () => Handlers): void {
  ipcMain.handle(IPC_CHANNEL, async (event: IpcMainInvokeEvent, method: unknown, input: unknown): Promise<Envelope> => {
    // Only the app's own top frame may call the API; a frame that somehow
    // loaded anything else gets nothing.
    const frame = event.senderFrame
    if (!frame || frame.parent !== null || !isAppUrl(frame.url)) {
      return { ok: false, error: { code: 'forbidden', message: 'This caller may not use the Claimbook API.' } }
    }
    return dispatch(getHandlers(), method, input)
  })
}
