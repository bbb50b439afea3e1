/**
 * The page's handle on an import: a Web Worker in the browser; the same session on the
 * calling thread where workers do not exist (unit and component tests).
 */
import { getDatabase, type WriteProgress } from '@/db'
import type { ImportReport } from '@/import/import-report'
import type { FromWorker, ToWorker } from './import-protocol'
import {
  createImportSession,
  type AnalyseRequest,
  type DatasetMeta,
  type PackOutcome,
  type PackRequest,
} from './import-session'

export interface ImportClient {
  analyse(request: AnalyseRequest): Promise<ImportReport>
  commit(meta: DatasetMeta, onProgress: (p: WriteProgress) => void): Promise<string>
  /** Opens the file as a meeting pack, if it is one (see ImportSession.openPack). */
  openPack(request: PackRequest): Promise<PackOutcome>
  /** Stops the analysis or rolls back the write in progress. */
  cancel(): void
  dispose(): void
}

/** An error from the worker, keeping the name of the real cause (QuotaExceededError …). */
export class ImportFailedError extends Error {
  constructor(
    readonly causeName: string,
    message: string,
  ) {
    super(message)
    this.name = 'ImportFailedError'
  }
}

function createWorkerClient(): ImportClient {
  let worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' })
  let nextId = 1
  const waiting = new Map<
    number,
    { resolve: (m: FromWorker) => void; onProgress?: (p: WriteProgress) => void }
  >()
  const listen = (w: Worker) => {
    w.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data
      const entry = waiting.get(message.id)
      if (!entry) return
      if (message.type === 'progress') entry.onProgress?.(message.progress)
      else {
        waiting.delete(message.id)
        entry.resolve(message)
      }
    }
  }
  listen(worker)

  function request(
    message: ToWorker & { id: number },
    onProgress?: (p: WriteProgress) => void,
  ): Promise<FromWorker> {
    return new Promise((resolve) => {
      waiting.set(message.id, { resolve, ...(onProgress ? { onProgress } : {}) })
      const transfer =
        message.type === 'analyse' || message.type === 'openPack' ? [message.request.bytes.buffer] : []
      worker.postMessage(message, transfer)
    })
  }

  function unwrap(message: FromWorker): FromWorker {
    if (message.type === 'failed') throw new ImportFailedError(message.error.name, message.error.message)
    return message
  }

  return {
    async analyse(req) {
      const reply = unwrap(await request({ type: 'analyse', id: nextId++, request: req }))
      if (reply.type !== 'analysed') throw new Error(`unexpected reply ${reply.type}`)
      return reply.report
    },
    async commit(meta, onProgress) {
      const reply = unwrap(await request({ type: 'commit', id: nextId++, meta }, onProgress))
      if (reply.type !== 'committed') throw new Error(`unexpected reply ${reply.type}`)
      return reply.datasetId
    },
    async openPack(req) {
      const reply = unwrap(await request({ type: 'openPack', id: nextId++, request: req }))
      if (reply.type !== 'packOpened') throw new Error(`unexpected reply ${reply.type}`)
      return reply.outcome
    },
    cancel() {
      worker.postMessage({ type: 'cancel' } satisfies ToWorker)
      // An analysis cannot be interrupted from inside; a fresh worker replaces the busy one.
      // A write is rolled back by the worker itself when it sees the cancel between chunks.
      for (const [id, entry] of waiting) {
        if (entry.onProgress) continue
        waiting.delete(id)
        entry.resolve({ type: 'failed', id, error: { name: 'AbortError', message: 'cancelled' } })
        worker.terminate()
        worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' })
        listen(worker)
      }
    },
    dispose() {
      worker.terminate()
    },
  }
}

function createInlineClient(): ImportClient {
  const session = createImportSession(getDatabase())
  let cancelled = false
  return {
    analyse: (req) => session.analyse(req),
    openPack: (req) => session.openPack(req),
    commit: (meta, onProgress) => {
      cancelled = false
      return session.commit({ onProgress, isCancelled: () => cancelled, meta })
    },
    cancel() {
      cancelled = true
    },
    dispose() {},
  }
}

export function createImportClient(): ImportClient {
  return typeof Worker === 'undefined' ? createInlineClient() : createWorkerClient()
}
