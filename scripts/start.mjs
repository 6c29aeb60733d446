// `npm start`: the desktop app. Electron's runtime is not downloaded by
// `npm install` (electron 42+); it is fetched here on first run. Where it
// cannot be fetched (no network), say so once and point to the browser host.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const require = createRequire(import.meta.url)
const electronDir = path.dirname(require.resolve('electron/package.json'))
const pathFile = path.join(electronDir, 'path.txt')
const installed = () => existsSync(pathFile) && existsSync(path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8')))

if (!installed()) {
  console.log('Fetching Electron’s runtime (first run only)…')
  const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
  if (result.status !== 0 || !installed()) {
    console.error(
      '\nClaimbook could not fetch Electron’s runtime, so the desktop app cannot start on this machine (no network access?).\n' +
        'Use Claimbook in your browser instead: run `npm run web` and open the address it prints.\n',
    )
    process.exit(1)
  }
}

const run = spawnSync(process.execPath, [require.resolve('electron-vite/bin/electron-vite.js'), 'preview', ...process.argv.slice(2)], { stdio: 'inherit' })
process.exit(run.status ?? 1)
