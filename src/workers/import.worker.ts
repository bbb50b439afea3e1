/// <reference lib="webworker" />
/**
 * Parsing, validation and the IndexedDB write of an import run here, off the main thread,
 * so the page stays responsive on 100k-row files. PapaParse runs inside this worker (its own
 * `worker: true` mode is not used).
 */
import { VeikartDatabase } from '@/db'
import { createImportSession } from './import-session'
import type { FromWorker, ToWorker } from './import-protocol'

const scope = self as unknown as DedicatedWorkerGlobalScope
const session = createImportSession(new VeikartDatabase())
let cancelled = false

function post(message: FromWorker): void {
  scope.postMessage(message)
}

function failure(id: number, error: unknown): FromWorker {
  const e = error instanceof Error ? error : new Error(String(error))
  // Dexie wraps the real cause (e.g. QuotaExceededError) in `inner`.
  const inner = (e as { inner?: { name?: string; message?: string } }).inner
  return { type: 'failed', id, error: { name: inner?.name ?? e.name, message: inner?.message ?? e.message } }
}

scope.onmessage = async (event: MessageEvent<ToWorker>) => {
  const message = event.data
  if (message.type === 'cancel') {
    cancelled = true
    return
  }
  cancelled = false
  try {
    if (message.type === 'analyse') {
      post({ type: 'analysed', id: message.id, report: await session.analyse(message.request) })
    } else {
      const datasetId = await session.commit({
        onProgress: (progress) => post({ type: 'progress', id: message.id, progress }),
        isCancelled: () => cancelled,
        meta: message.meta,
      })
      post({ type: 'committed', id: message.id, datasetId })
    }
  } catch (error) {
    post(failure(message.id, error))
  }
}
