// The real programs the export tests open exports with. A missing one fails
// the test with the Debian package that provides it (.ci/run installs them
// all): a reader that is not there must never pass as a file that reads.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const PACKAGES: Record<string, string> = {
  xmllint: 'libxml2-utils',
  soffice: 'libreoffice-writer-nogui',
  pandoc: 'pandoc',
  pdftotext: 'poppler-utils',
  pdftoppm: 'poppler-utils',
  chromium: 'chromium',
  python3: 'python3-networkx',
}

/** Debian's own Python when present: python3-networkx installs into it, and
 * a python3 earlier on PATH (pyenv, a virtualenv) may not have networkx. */
export const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3'

export function requireTool(command: string): void {
  const probe = command === 'python3' ? spawnSync(PYTHON, ['-c', 'import networkx'], { encoding: 'utf8' }) : spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' })
  if (probe.status !== 0) {
    const pkg = PACKAGES[command] ?? command
    throw new Error(`${command === 'python3' ? 'networkx for python3' : command} is missing: install Debian's package ${pkg} (sudo apt-get install ${pkg}); .ci/run installs it on CI.`)
  }
}

/** Runs a program to completion; a non-zero exit fails with its stderr. */
export function run(command: string, args: string[], options: SpawnSyncOptions = {}): string {
  requireTool(command === PYTHON ? 'python3' : command)
  const r = spawnSync(command === 'python3' ? PYTHON : command, args, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, timeout: 300_000, ...options })
  if (r.error) throw r.error
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${r.status}:\n${String(r.stderr).slice(0, 4000)}`)
  return String(r.stdout)
}

/** A folder for one test file's outputs, removed by `done()`. */
export function scratch(): { dir: string; file: (name: string) => string; done: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'claimbook-export-'))
  return { dir, file: (name) => path.join(dir, name), done: () => rmSync(dir, { recursive: true, force: true }) }
}

/** Text as readers give it back: curly quotes straight, every run of white
 * space (non-breaking spaces, line breaks from wrapping) one space. */
export function normalise(text: string): string {
  return text
    .replace(/[“”„‟]/g, '"')
    .replace(/[‘’‚‛]/g, "'")
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
}
