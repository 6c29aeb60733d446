// Sends the files of a batch import to the job, one call at a time: the
// first starts the job (import.start), the rest follow with import.add,
// which waits while the job has much queued, so the sending paces itself to
// the import and the page holds one call's files at a time. The job's
// progress is read separately (jobs.get); this only sends.
import type { ClaimbookApi, MethodInput } from '../../../../shared/contract'
import type { FileOutcome, ImportJobStatus } from '../../../../shared/contract-import'
import { bytesToBase64, type PickedFile, type UploadPlan } from './uploadPlan'

export type BatchChoices = {
  onDuplicate: 'skip' | 'keep'
  /** A corpus's metadata table with its column mapping. */
  metadata?: MethodInput<'import.start'>['metadata']
}

export type SendHooks = {
  /** Aborted when the user cancels: nothing more is read or sent. */
  signal: AbortSignal
  /** The job exists (after the first call): its id to poll and cancel. */
  onStarted: (status: ImportJobStatus) => void
}

export type SendResult = { jobId: string | null; unreadable: FileOutcome[] }

type ImportClient = Pick<ClaimbookApi, 'import'>

async function readCall(files: PickedFile[], unreadable: FileOutcome[]) {
  const out: { fileName: string; dataBase64: string }[] = []
  for (const file of files) {
    try {
      out.push({ fileName: file.name, dataBase64: bytesToBase64(new Uint8Array(await file.read())) })
    } catch (err) {
      // A file removed or locked since it was picked fails alone.
      unreadable.push({ file: file.name, reason: `it could not be read from your disk (${err instanceof Error ? err.message : String(err)}); check that it still exists and import it again.` })
    }
  }
  return out
}

export async function sendBatch(client: ImportClient, plan: UploadPlan, choices: BatchChoices, hooks: SendHooks): Promise<SendResult> {
  const unreadable: FileOutcome[] = []
  let jobId: string | null = null
  // Whether the job still waits for a call with more: false.
  let open = false
  try {
    for (let i = 0; i < plan.calls.length && !hooks.signal.aborted; i++) {
      const files = await readCall(plan.calls[i], unreadable)
      if (hooks.signal.aborted) break
      const more = i < plan.calls.length - 1
      if (jobId === null) {
        // The first call must carry a file or ask for more.
        const status = await client.import.start({ files, more: more || files.length === 0, expectedFiles: plan.counted, onDuplicate: choices.onDuplicate, ...(choices.metadata ? { metadata: choices.metadata } : {}) })
        jobId = status.id
        open = more || files.length === 0
        hooks.onStarted(status)
      } else {
        await client.import.add({ jobId, files, more })
        open = more
      }
    }
    if (jobId !== null && open && !hooks.signal.aborted) await client.import.add({ jobId, files: [], more: false })
  } catch (err) {
    // After a cancel the job refuses further files: that is expected.
    if (!hooks.signal.aborted) throw err
  }
  return { jobId, unreadable }
}
