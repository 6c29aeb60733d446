// One writer per workspace: a second Claimbook process is refused with a
// message that says who holds the workspace; a lock left by a crash (its
// process is gone, or the machine rebooted) is taken over; the same process
// may reopen a workspace it holds; the lock goes when the store closes.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { WorkspaceOpenError, WorkspaceStore } from '../../../src/main/services/store/workspace-store'
import { REPO, tempDir } from '../helpers'

const HOLDER = path.join(REPO, 'tests/unit/store/hold-workspace.ts')

function startHolder(dir: string): { child: ChildProcessWithoutNullStreams; said: Promise<string> } {
  const child = spawn(process.execPath, ['--import', 'tsx', HOLDER, dir], { cwd: REPO })
  const said = new Promise<string>((resolve, reject) => {
    let out = ''
    child.stdout.on('data', (c: Buffer) => {
      out += c
      if (out.includes('\n')) resolve(out.trim())
    })
    child.once('exit', (code) => reject(new Error(`holder exited (${code}) before saying anything`)))
  })
  return { child, said }
}

const exited = (child: ChildProcessWithoutNullStreams) => new Promise((r) => (child.exitCode !== null || child.signalCode !== null ? r(null) : child.once('exit', r)))
const lockOf = (dir: string) => JSON.parse(readFileSync(path.join(dir, '.lock'), 'utf8'))

describe('one writer per workspace', () => {
  it('refuses a workspace another live process holds, naming the process, and opens it once that process closed it', async () => {
    const dir = tempDir()
    const holder = startHolder(dir)
    expect(await holder.said).toBe(`holding ${holder.child.pid}`)
    expect(lockOf(dir)).toMatchObject({ app: 'claimbook', pid: holder.child.pid, hostname: os.hostname() })

    const refused = WorkspaceStore.open(dir)
    await expect(refused).rejects.toBeInstanceOf(WorkspaceOpenError)
    await expect(refused).rejects.toThrow(new RegExp(`is open in another Claimbook window \\(process ${holder.child.pid}.*Close it there, or open another workspace`))

    holder.child.stdin.end() // the holder closes its store
    await exited(holder.child)
    expect(existsSync(path.join(dir, '.lock'))).toBe(false)
    const store = await WorkspaceStore.open(dir)
    expect(lockOf(dir).pid).toBe(process.pid)
    await store.close()
  })

  it('is refused by a second process while this one holds the workspace', async () => {
    const dir = tempDir()
    const store = await WorkspaceStore.open(dir)
    const second = startHolder(dir)
    expect(await second.said).toMatch(new RegExp(`^refused .*another Claimbook window \\(process ${process.pid}`))
    await exited(second.child)
    expect(second.child.exitCode).toBe(3)
    await store.close()
  })

  it('takes over the lock of a holder killed with SIGKILL, and nothing is lost', async () => {
    const dir = tempDir()
    const first = await WorkspaceStore.open(dir)
    await first.updateActors(() => [{ id: 'a1', name: 'Kremlin', type: 'organisation', aliases: [], memberOf: null, description: '', colour: '' }])
    await first.close()
    const holder = startHolder(dir)
    await holder.said
    holder.child.kill('SIGKILL')
    await exited(holder.child)
    // The crashed holder's lock is still there, naming a dead process.
    expect(lockOf(dir).pid).toBe(holder.child.pid)
    const store = await WorkspaceStore.open(dir)
    expect(lockOf(dir).pid).toBe(process.pid)
    expect(store.actors.map((a) => a.name)).toEqual(['Kremlin'])
    await store.close()
  })

  it('treats a lock from before a reboot as stale, and one from another computer as held', async () => {
    const dir = tempDir()
    const lock = { app: 'claimbook', pid: process.pid, hostname: os.hostname(), bootId: 'an-earlier-boot', startedAt: '2020-01-01T00:00:00Z', nonce: 'x' }
    writeFileSync(path.join(dir, '.lock'), JSON.stringify(lock))
    if (existsSync('/proc/sys/kernel/random/boot_id')) {
      // Same pid as ours (a reused pid after a reboot) but another boot: stale.
      const store = await WorkspaceStore.open(dir)
      expect(lockOf(dir).nonce).not.toBe('x')
      await store.close()
    }
    writeFileSync(path.join(dir, '.lock'), JSON.stringify({ ...lock, hostname: 'field-laptop', bootId: '' }))
    await expect(WorkspaceStore.open(dir)).rejects.toThrow(/open in Claimbook on another computer \(field-laptop.*delete .*\.lock and open the workspace again/)
  })

  it('takes over an unreadable lock (a holder killed while writing it)', async () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, '.lock'), '{"app":"claim')
    const store = await WorkspaceStore.open(dir)
    expect(lockOf(dir).pid).toBe(process.pid)
    await store.close()
  })

  it('lets the same process reopen a workspace it holds, and releases the lock when the last store closes', async () => {
    const dir = tempDir()
    const a = await WorkspaceStore.open(dir)
    const b = await WorkspaceStore.open(dir)
    await a.close()
    expect(existsSync(path.join(dir, '.lock'))).toBe(true)
    await b.close()
    expect(existsSync(path.join(dir, '.lock'))).toBe(false)
    await expect(a.updateActors((x) => x)).rejects.toThrow(/closed/)
  })

  it('refuses the command line on a workspace another process holds, with the message', async () => {
    const dir = tempDir()
    const store = await WorkspaceStore.open(dir)
    const child = spawn(process.execPath, [path.join(REPO, 'bin/claimbook.mjs'), 'import', path.join(REPO, 'README.md'), '--workspace', dir], { cwd: REPO })
    let err = ''
    child.stderr.on('data', (c: Buffer) => (err += c))
    await exited(child)
    expect(child.exitCode).toBe(1)
    expect(err).toMatch(/open in another Claimbook window \(process \d+/)
    await store.close()
  })

  it.skipIf(!existsSync(path.join(REPO, 'out/renderer/index.html')))('`claimbook serve` holds the workspace while it runs and lets go when stopped (SIGTERM)', async () => {
    const dir = tempDir()
    const child = spawn(process.execPath, [path.join(REPO, 'bin/claimbook.mjs'), 'serve', '--workspace', dir, '--port', '0'], { cwd: REPO })
    await new Promise<void>((resolve, reject) => {
      let out = ''
      child.stdout.on('data', (c: Buffer) => {
        out += c
        if (out.includes('Claimbook is running at')) resolve()
      })
      child.once('exit', (code) => reject(new Error(`serve exited (${code})`)))
    })
    expect(lockOf(dir).pid).toBe(child.pid)
    child.kill('SIGTERM')
    await exited(child)
    expect(child.exitCode).toBe(0)
    expect(existsSync(path.join(dir, '.lock'))).toBe(false)
  })
})
