// One writer per workspace. lowdb (and any program) corrupts data when two
// processes write the same files, so a workspace is held by a lock file,
// `<workspace>/.lock`, created with O_EXCL (creation either wins or fails,
// even across processes) and holding the pid, host and boot of its holder.
// A lock whose holder is gone (the pid is not alive on this host, or the
// machine has rebooted since) is stale and is taken over, so a crash never
// locks a researcher out of their work.
import { closeSync, openSync, readFileSync, unlinkSync, writeSync, fsyncSync, promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'

export const LOCK_FILE = '.lock'

export type LockInfo = { app: 'claimbook'; pid: number; hostname: string; bootId: string; startedAt: string; nonce: string }

/** Another live Claimbook process holds the workspace. */
export class WorkspaceLockedError extends Error {
  constructor(readonly holder: LockInfo | null, message: string) {
    super(message)
  }
}

function bootId(): string {
  // Linux only; elsewhere a reboot is detected by the pid check alone.
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim()
  } catch {
    return ''
  }
}

const THIS_HOST = os.hostname()
const THIS_BOOT = bootId()

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    // EPERM: the process exists but belongs to another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function parseLock(text: string): LockInfo | null {
  try {
    const info = JSON.parse(text) as Partial<LockInfo>
    return info.app === 'claimbook' && Number.isInteger(info.pid) && typeof info.hostname === 'string' ? (info as LockInfo) : null
  } catch {
    return null
  }
}

/** Whether the holder of a lock may still be running. A lock from another
 * host cannot be checked and counts as held. */
export function holderAlive(info: LockInfo): boolean {
  if (info.hostname !== THIS_HOST) return true
  if (info.bootId && THIS_BOOT && info.bootId !== THIS_BOOT) return false
  return pidAlive(info.pid)
}

function lockedMessage(dir: string, info: LockInfo | null): string {
  const name = path.basename(dir)
  if (!info) return `The workspace “${name}” is locked by another program (its .lock file cannot be read). Close other Claimbook windows, or delete ${path.join(dir, LOCK_FILE)} if none is open.`
  const since = info.startedAt ? ` since ${info.startedAt.replace('T', ' ').slice(0, 16)}` : ''
  if (info.hostname !== THIS_HOST) {
    return `The workspace “${name}” is open in Claimbook on another computer (${info.hostname}, process ${info.pid}${since}). Close it there. If that computer crashed or is switched off, delete ${path.join(dir, LOCK_FILE)} and open the workspace again.`
  }
  return `The workspace “${name}” is open in another Claimbook window (process ${info.pid}${since}). Close it there, or open another workspace.`
}

// Locks this process holds, by workspace folder. A process may open the
// same workspace more than once (the app reopening it, tests): the lock is
// the process's, and is released when the last of its stores closes.
const held = new Map<string, { nonce: string; count: number }>()

process.once('exit', () => {
  // Best effort: a lock left by a process that exits without closing its
  // stores would be stale anyway, but removing it keeps the folder clean.
  for (const dir of held.keys()) releaseSync(dir)
})

function releaseSync(dir: string): void {
  const mine = held.get(dir)
  held.delete(dir)
  const file = path.join(dir, LOCK_FILE)
  try {
    if (mine && parseLock(readFileSync(file, 'utf8'))?.nonce === mine.nonce) unlinkSync(file)
  } catch {
    /* already gone */
  }
}

function createExclusive(file: string, info: LockInfo): boolean {
  let fd: number
  try {
    fd = openSync(file, 'wx')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw err
  }
  try {
    writeSync(fd, JSON.stringify(info, null, 1) + '\n')
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  return true
}

async function readLock(file: string): Promise<{ text: string; info: LockInfo | null } | null> {
  try {
    const text = await fs.readFile(file, 'utf8')
    return { text, info: parseLock(text) }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw err
  }
}

/** Removes a stale lock, unless another process replaced it in the
 * meantime: the lock is first renamed to a private name (atomic), checked to
 * be the very file judged stale, and put back if it is not. */
async function removeStale(file: string, staleText: string): Promise<void> {
  const aside = `${file}.stale-${randomBytes(4).toString('hex')}`
  try {
    await fs.rename(file, aside)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return
    throw err
  }
  const moved = await fs.readFile(aside, 'utf8')
  if (moved !== staleText) {
    // A live lock taken between our read and our rename: give it back.
    await fs.link(aside, file).catch(() => undefined)
  }
  await fs.rm(aside, { force: true })
}

/** Takes the lock of a workspace folder for this process, or throws
 * WorkspaceLockedError with a message that says who holds it and what to do.
 * 'shared': this process already held it (another store of it is open). */
export async function acquireLock(dir: string): Promise<'taken' | 'shared'> {
  const mine = held.get(dir)
  if (mine) {
    mine.count++
    return 'shared'
  }
  const file = path.join(dir, LOCK_FILE)
  const info: LockInfo = { app: 'claimbook', pid: process.pid, hostname: THIS_HOST, bootId: THIS_BOOT, startedAt: new Date().toISOString(), nonce: randomBytes(8).toString('hex') }
  for (let attempt = 0; attempt < 5; attempt++) {
    if (createExclusive(file, info)) {
      held.set(dir, { nonce: info.nonce, count: 1 })
      return 'taken'
    }
    let current = await readLock(file)
    if (!current) continue
    if (!current.info) {
      // Possibly a holder between creating the file and writing it: look
      // again in a moment before judging it abandoned.
      await new Promise((r) => setTimeout(r, 250))
      const again = await readLock(file)
      if (!again) continue
      if (again.info || again.text !== current.text) {
        current = again
      }
    }
    if (current.info && holderAlive(current.info)) throw new WorkspaceLockedError(current.info, lockedMessage(dir, current.info))
    await removeStale(file, current.text)
  }
  const last = await readLock(file)
  throw new WorkspaceLockedError(last?.info ?? null, lockedMessage(dir, last?.info ?? null))
}

/** Releases this process's hold on a workspace (the file goes when the last
 * store of this process on it closes). */
export async function releaseLock(dir: string): Promise<void> {
  const mine = held.get(dir)
  if (!mine) return
  if (--mine.count > 0) return
  releaseSync(dir)
}

export function holdsLock(dir: string): boolean {
  return held.has(dir)
}
