import os from 'node:os'
import path from 'node:path'

/** The folder Electron calls `userData` for an app named Claimbook, worked out
 * without Electron so the command line and the web host open the same default
 * workspace as the desktop app. */
export function userDataDir(): string {
  const home = os.homedir()
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Claimbook')
  if (process.platform === 'win32') return path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Claimbook')
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Claimbook')
}

export function defaultWorkspaceDir(): string {
  return path.join(userDataDir(), 'workspace')
}
