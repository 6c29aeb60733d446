// Exposes exactly one object to the page, `window.claimbook`, with one
// function per API method. The page never sees ipcRenderer itself.
import { contextBridge, ipcRenderer } from 'electron'
import { buildClient, IPC_CHANNEL, unwrap, type Envelope } from '../shared/contract'

contextBridge.exposeInMainWorld(
  'claimbook',
  buildClient(async (method, input) => unwrap((await ipcRenderer.invoke(IPC_CHANNEL, method, input)) as Envelope)),
)
