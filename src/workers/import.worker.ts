/// <reference lib="webworker" />
/**
 * Parsing, validation and the IndexedDB write of an import run here, off the main thread,
 * so the page stays responsive on 100k-row files. PapaParse runs inside this worker (its own
 * `worker: true` mode is not used). The bundled datasets are read and written here too, so the page
 * itself never loads a parser nor spends its first seconds writing them.
 */
import { StorageFullError, VeikartDatabase } from '@/db'
import { loadBundledDatasets } from '@/import/bundled-data'
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
  // Dexie wraps the real cause (QuotaExceededError, ConstraintError …) in `inner`, or in
  // `failures` for bulk operations; the user should see the cause.
  const wrapped = e as { inner?: Error; failures?: Error[] }
  const cause = wrapped.inner ?? wrapped.failures?.[0] ?? e
  const sizes = cause instanceof StorageFullError ? { needed: cause.needed, available: cause.available } : {}
  return { type: 'failed', id, error: { name: cause.name, message: cause.message, ...sizes } }
}

scope.onmessage = async (event: MessageEvent<ToWorker>) => {
  const message = event.data
  if (message.type === 'cancel') {
    cancelled = true
    return
  }
  if (message.type === 'ping') {
    post({ type: 'pong' })
    return
  }
  cancelled = false
  try {
    if (message.type === 'analyse') {
      post({ type: 'analysed', id: message.id, report: await session.analyse(message.request) })
    } else if (message.type === 'seedBundled') {
      const wrote = await session.seedBundled(message.version, message.importedAt)
      post({ type: 'bundledSeeded', id: message.id, wrote })
    } else if (message.type === 'loadBundled') {
      post({ type: 'bundledLoaded', id: message.id, contents: await loadBundledDatasets() })
    } else if (message.type === 'openPack') {
      post({ type: 'packOpened', id: message.id, outcome: await session.openPack(message.request) })
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
