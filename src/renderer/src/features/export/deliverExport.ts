// Handing a finished export job's file to the user. On the desktop the main
// process asks where to save it and writes it whole (export.save); the web
// host cannot write on the user's machine, so the browser downloads it
// (export.download, then a Blob behind an a[download], which is what the
// web client's file.save does with base64 content).
import type { ExportJobStatus } from '../../../../shared/contract-export'
import { api } from '../../app/useApi'

export type Delivery = { delivered: boolean; how: 'saved' | 'downloaded' }

// Learnt from the first export: the web host has no save dialog and says so
// with 'unknown-method'.
let saveDialogMissing = false

const codeOf = (err: unknown) => (err && typeof err === 'object' && 'code' in err ? (err as { code: unknown }).code : undefined)

export async function deliverExport(job: ExportJobStatus): Promise<Delivery> {
  if (!saveDialogMissing) {
    try {
      const { saved } = await api().export.save({ jobId: job.id })
      return { delivered: saved, how: 'saved' }
    } catch (err) {
      if (codeOf(err) !== 'unknown-method') throw err
      saveDialogMissing = true
    }
  }
  const file = await api().export.download({ jobId: job.id })
  const { saved } = await api().file.save({ fileName: file.fileName, mimeType: file.mimeType, content: file.dataBase64, encoding: 'base64' })
  return { delivered: saved, how: 'downloaded' }
}
