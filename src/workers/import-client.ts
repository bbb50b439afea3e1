/**
 * The page's handle on an import: a Web Worker in the browser; the same session on the
 * calling thread where workers do not exist (unit and component tests). Parsers are never
 * imported statically here: the page loads this module at start (to seed the bundled data)
 * and must not carry PapaParse and the import pipeline with it.
 */
import type { WriteProgress } from '@/db'
import { loadDb } from '@/db/load'
import type { DatasetContent } from '@/domain/types'
import type { ImportReport } from '@/import/import-report'
import type { FromWorker, ToWorker } from './import-protocol'
import type { AnalyseRequest, DatasetMeta, ImportSession, PackOutcome, PackRequest } from './import-session'
import { createWorkerLink, WATCHDOG, type WatchdogTimes } from './worker-link'

export { WATCHDOG, type WatchdogTimes } from './worker-link'

export interface ImportClient {
  analyse(request: AnalyseRequest): Promise<ImportReport>
  commit(meta: DatasetMeta, onProgress: (p: WriteProgress) => void): Promise<string>
  /** Opens the file as a meeting pack, if it is one (see ImportSession.openPack). */
  openPack(request: PackRequest): Promise<PackOutcome>
  /** Reads the bundled datasets (data/) through the import pipeline. */
  loadBundled(): Promise<DatasetContent[]>
  /** Writes the bundled datasets where needed (ImportSession.seedBundled); whether it wrote. */
  seedBundled(version: string, importedAt?: string): Promise<boolean>
  /** Stops the analysis or rolls back the write in progress. */
  cancel(): void
  dispose(): void
}

/** An error from the worker, keeping the name of the real cause (QuotaExceededError …). */
export class ImportFailedError extends Error {
  constructor(
    readonly causeName: string,
    message: string,
    /** For a full disk: bytes needed and bytes left (see StorageFullError). */
    readonly sizes: { needed?: number; available?: number } = {},
  ) {
    super(message)
    this.name = 'ImportFailedError'
  }
}

/**
 * The name a request cancelled by the user fails with. Not `AbortError`: that is also what a
 * transaction the browser aborts (a full disk) fails with, and that one must be reported.
 */
export const CANCELLED_BY_USER = 'ImportCancelled'

type Reply<K extends FromWorker['type']> = Extract<FromWorker, { type: K }>

/** The reply of the `expected` type; a failure is thrown as ImportFailedError, any other reply as an error. */
function replyOf<K extends FromWorker['type']>(message: FromWorker, expected: K): Reply<K> {
  if (message.type === 'failed') {
    const { name, message: text, ...sizes } = message.error
    throw new ImportFailedError(name, text, sizes)
  }
  if (message.type !== expected) throw new Error(`unexpected reply ${message.type}`)
  return message as Reply<K>
}

/**
 * The worker client. `makeWorker` is injectable so tests can give it a worker that fails to
 * load or dies; `times` so they need not wait real seconds. The worker starts with the first
 * request, and a worker given up (cancelled analysis, lost, failed) is replaced by one fresh
 * worker at the next request, however many requests it took down with it (./worker-link.ts).
 */
export function createWorkerClient(
  makeWorker: () => Worker = () =>
    new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' }),
  times: WatchdogTimes = WATCHDOG,
): ImportClient {
  const link = createWorkerLink(makeWorker, times)
  let nextId = 1
  const ask = async <K extends FromWorker['type']>(
    message: ToWorker & { id: number },
    expected: K,
    onProgress?: (p: WriteProgress) => void,
  ) => replyOf(await link.request(message, onProgress), expected)

  return {
    analyse: async (request) => (await ask({ type: 'analyse', id: nextId++, request }, 'analysed')).report,
    commit: async (meta, onProgress) =>
      (await ask({ type: 'commit', id: nextId++, meta }, 'committed', onProgress)).datasetId,
    openPack: async (request) =>
      (await ask({ type: 'openPack', id: nextId++, request }, 'packOpened')).outcome,
    loadBundled: async () => (await ask({ type: 'loadBundled', id: nextId++ }, 'bundledLoaded')).contents,
    seedBundled: async (version, importedAt) =>
      (await ask({ type: 'seedBundled', id: nextId++, version, importedAt }, 'bundledSeeded')).wrote,
    cancel() {
      // An analysis cannot be interrupted from inside; a fresh worker replaces the busy one.
      // A write is rolled back by the worker itself when it sees the cancel between chunks.
      link.cancel((id) => ({ type: 'failed', id, error: { name: CANCELLED_BY_USER, message: 'cancelled' } }))
    },
    dispose: () => link.dispose(),
  }
}

/** The session on the calling thread (tests); the pipeline is imported when first used. */
function createInlineClient(): ImportClient {
  let opened: Promise<ImportSession> | undefined
  const session = () =>
    (opened ??= Promise.all([import('./import-session'), loadDb()]).then(([m, db]) =>
      m.createImportSession(db.getDatabase()),
    ))
  let cancelled = false
  return {
    analyse: async (req) => (await session()).analyse(req),
    openPack: async (req) => (await session()).openPack(req),
    loadBundled: async () => (await import('@/import/bundled-data')).loadBundledDatasets(),
    seedBundled: async (version, importedAt) => (await session()).seedBundled(version, importedAt),
    commit: async (meta, onProgress) => {
      cancelled = false
      return (await session()).commit({ onProgress, isCancelled: () => cancelled, meta })
    },
    cancel() {
      cancelled = true
    },
    dispose() {},
  }
}

export function createImportClient(): ImportClient {
  // The inline session is for tests (node, happy-dom); the build leaves it out, so nothing the
  // page can load reaches a parser: every browser the app supports has workers.
  if (!import.meta.env.PROD && typeof Worker === 'undefined') return createInlineClient()
  return createWorkerClient()
}
