// Backups: the rolling snapshots the main process takes on a schedule and
// before risky work, listed with restore. Restoring first backs up the
// current state, so a restore can itself be undone from this list.
import { useState } from 'react'
import type { BackupInfo } from '../../../../shared/contract-backups'
import { api, useAction, useApiQuery } from '../../app/useApi'
import { useConfirm } from '../../app/ui/confirm'
import { formatBytes, formatWhen } from './format'
import '../../styles/backups.css'

export function BackupsPanel() {
  const backups = useApiQuery((client) => client.backups.list({}), [])
  const settings = useApiQuery((client) => client.backups.settings({}), [])
  const { busy, run } = useAction()
  const ask = useConfirm()
  const [status, setStatus] = useState('')

  const backUpNow = async () => {
    const made = await run(() => api().backups.create({ reason: 'made by hand' }), 'Backup failed')
    if (made) {
      setStatus(`Backed up ${made.files} files.`)
      backups.reload()
    }
  }

  const restore = async (backup: BackupInfo) => {
    const ok = await ask({
      title: 'Restore this backup?',
      message: `The workspace goes back to how it was on ${formatWhen(backup.createdAt)}. The current state is backed up first, so you can return to it from this list.`,
      confirmLabel: 'Restore',
      danger: true,
    })
    if (!ok) return
    const result = await run(() => api().backups.restore({ id: backup.id }), 'Restore failed')
    // Every view holds data from before the restore: start the app afresh.
    if (result) window.location.reload()
  }

  const configure = async (patch: { keep?: number; intervalMinutes?: number }) => {
    const next = await run(() => api().backups.configure(patch), 'Could not change the backup settings')
    if (next) settings.setData(() => next)
  }

  return (
    <section className="card backups-panel" aria-labelledby="backups-title" data-testid="backups-panel">
      <div className="backups-head">
        <div>
          <h2 id="backups-title" className="card-title">
            Backups
          </h2>
          <p className="muted">Snapshots of this workspace, kept inside its folder. Only files that changed take space.</p>
        </div>
        <button type="button" className="button" disabled={busy} onClick={() => void backUpNow()} data-testid="backup-now">
          Back up now
        </button>
      </div>
      {settings.data && (
        <p className="backups-settings">
          <label>
            Every{' '}
            <input type="number" min={1} max={1440} defaultValue={settings.data.intervalMinutes} aria-label="Minutes between backups" onBlur={(e) => void configure({ intervalMinutes: Number(e.currentTarget.value) })} />{' '}
            minutes (when something changed), keeping the last{' '}
            <input type="number" min={1} max={500} defaultValue={settings.data.keep} aria-label="Backups to keep" onBlur={(e) => void configure({ keep: Number(e.currentTarget.value) })} />.
          </label>
        </p>
      )}
      {status && (
        <p className="banner banner-success" role="status">
          {status}
        </p>
      )}
      {backups.data && backups.data.length === 0 && <p className="muted">No backups yet. The first is taken after your next change, or now with “Back up now”.</p>}
      {backups.data && backups.data.length > 0 && (
        <table className="data-table backups-table" data-testid="backups-table">
          <thead>
            <tr>
              <th scope="col">Taken</th>
              <th scope="col">Why</th>
              <th scope="col">Files</th>
              <th scope="col">Added</th>
              <th scope="col">
                <span className="visually-hidden">Restore</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.data.map((b) => (
              <tr key={b.id}>
                <td>{formatWhen(b.createdAt)}</td>
                <td>{b.reason}</td>
                <td>{b.files}</td>
                <td>{formatBytes(b.addedBytes)}</td>
                <td>
                  <button type="button" className="button button-small" disabled={busy} onClick={() => void restore(b)}>
                    Restore…
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
