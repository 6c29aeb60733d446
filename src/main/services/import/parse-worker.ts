// The worker thread that parses files for the batch import (and counts
// their words for the search index), so that reading a large PDF or Word
// document never holds up the main process (which answers the window and the
// web host). One message in, one message out.
import { parentPort } from 'node:worker_threads'
import { BadFileError, type ParseOptions } from './index'
import { prepareFile, type PreparedFile } from './prepare'

export type ParseRequest = { id: number; fileName: string; bytes: Uint8Array; options: ParseOptions }
export type ParseReply = { id: number; ok: true; parsed: PreparedFile } | { id: number; ok: false; bad: boolean; message: string }

parentPort?.on('message', async (request: ParseRequest) => {
  let reply: ParseReply
  try {
    reply = { id: request.id, ok: true, parsed: await prepareFile(request.fileName, request.bytes, request.options) }
  } catch (err) {
    reply = { id: request.id, ok: false, bad: err instanceof BadFileError, message: err instanceof Error ? err.message : String(err) }
  }
  parentPort!.postMessage(reply)
})
