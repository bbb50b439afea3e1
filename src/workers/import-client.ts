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

export interface ImportClient {
  analyse(request: AnalyseRequest): Promise<ImportReport>
  commit(meta: DatasetMeta, onProgress: (p: WriteProgress) => void): Promise<string>
  /** Opens the file as a meeting pack, if it is one (see ImportSession.openPack). */
  openPack(request: PackRequest): Promise<PackOutcome>
  /** Reads the bundled datasets (data/) through the import pipeline. */
  loadBundled(): Promise<DatasetContent[]>
  /** Writes the bundled datasets where needed (ImportSession.seedBundled); whether it wrote. */
  seedBundled(version: string): Promise<boolean>
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

/** How the client watches a commit: a worker that stops answering, or stops making progress, is given up. */
export interface WatchdogTimes {
  /** Ping interval while a commit runs. */
  pingMs: number
  /** No message at all (not even a pong) for this long: the worker is gone. */
  silentMs: number
  /** Pongs but no progress for this long: the write is stuck (a full disk can hang it). */
  stalledMs: number
}

/**
 * A failed write must end in a message within 10 s (issue 11): a lost worker is noticed after
 * `silentMs` + one ping, a stuck write after `stalledMs` + one ping. A chunk of 5000 items takes
 * well under a second, so 7 s without progress is a write that hangs, not a slow one.
 */
export const WATCHDOG: WatchdogTimes = { pingMs: 1000, silentMs: 5000, stalledMs: 7000 }

/**
 * The name a request cancelled by the user fails with. Not `AbortError`: that is also what a
 * transaction the browser aborts (a full disk) fails with, and that one must be reported.
 */
export const CANCELLED_BY_USER = 'ImportCancelled'

/** The message a lost or stuck worker fails with; the name is what the page shows. */
function lost(id: number, name: 'WorkerLost' | 'WriteStalled' | 'WorkerFailed', message: string): FromWorker {
  return { type: 'failed', id, error: { name, message } }
}

/**
 * The worker client. `makeWorker` is injectable so tests can give it a worker that fails to
 * load or dies; `times` so they need not wait real seconds. The worker starts with the first
 * request, and a worker given up (cancelled analysis, lost, failed) is replaced by one fresh
 * worker at the next request, however many requests it took down with it.
 */
export function createWorkerClient(
  makeWorker: () => Worker = () =>
    new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' }),
  times: WatchdogTimes = WATCHDOG,
): ImportClient {
  let worker: Worker | null = null
  let nextId = 1
  const waiting = new Map<
    number,
    { resolve: (m: FromWorker) => void; onProgress?: (p: WriteProgress) => void }
  >()
  let lastHeard = 0
  let lastProgress = 0
  let watchdog: ReturnType<typeof setInterval> | undefined

  /** The running worker, started on first use. */
  function current(): Worker {
    if (!worker) {
      worker = makeWorker()
      listen(worker)
    }
    return worker
  }

  /** Ends every waiting request with `reply(id)` and gives up the worker; the next request starts a fresh one. */
  function failAll(reply: (id: number) => FromWorker): void {
    stopWatchdog()
    worker?.terminate()
    worker = null
    for (const [id, entry] of waiting) {
      waiting.delete(id)
      entry.resolve(reply(id))
    }
  }

  function stopWatchdog(): void {
    clearInterval(watchdog)
    watchdog = undefined
  }

  function startWatchdog(): void {
    lastHeard = lastProgress = Date.now()
    watchdog ??= setInterval(() => {
      const now = Date.now()
      if (now - lastHeard > times.silentMs) {
        failAll((id) =>
          lost(id, 'WorkerLost', `the import worker stopped answering for ${times.silentMs} ms`),
        )
      } else if (now - lastProgress > times.stalledMs) {
        failAll((id) => lost(id, 'WriteStalled', `no write progress for ${times.stalledMs} ms`))
      } else {
        worker?.postMessage({ type: 'ping' } satisfies ToWorker)
      }
    }, times.pingMs)
  }

  function listen(w: Worker): void {
    w.onmessage = (event: MessageEvent<FromWorker>) => {
      if (w !== worker) return // a worker already given up
      const message = event.data
      lastHeard = Date.now()
      if (message.type === 'pong') return
      const entry = waiting.get(message.id)
      if (!entry) return
      if (message.type === 'progress') {
        lastProgress = lastHeard
        entry.onProgress?.(message.progress)
      } else {
        waiting.delete(message.id)
        if (![...waiting.values()].some((e) => e.onProgress)) stopWatchdog()
        entry.resolve(message)
      }
    }
    // A worker script that fails to load (or throws outside a request) reports here, and nowhere
    // else: without this the page would say «Leser og kontrollerer …» forever.
    w.onerror = (event: ErrorEvent) => {
      event.preventDefault?.()
      if (w !== worker) return
      const detail = event.message || 'the import worker could not be started'
      failAll((id) => lost(id, 'WorkerFailed', detail))
    }
    w.onmessageerror = () => {
      if (w === worker)
        failAll((id) => lost(id, 'WorkerFailed', 'a message from the import worker could not be read'))
    }
  }

  function request(
    message: ToWorker & { id: number },
    onProgress?: (p: WriteProgress) => void,
  ): Promise<FromWorker> {
    return new Promise((resolve) => {
      waiting.set(message.id, { resolve, ...(onProgress ? { onProgress } : {}) })
      if (onProgress) startWatchdog()
      const transfer =
        message.type === 'analyse' || message.type === 'openPack' ? [message.request.bytes.buffer] : []
      current().postMessage(message, transfer)
    })
  }

  function unwrap(message: FromWorker): FromWorker {
    if (message.type === 'failed') {
      const { name, message: text, ...sizes } = message.error
      throw new ImportFailedError(name, text, sizes)
    }
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
    async loadBundled() {
      const reply = unwrap(await request({ type: 'loadBundled', id: nextId++ }))
      if (reply.type !== 'bundledLoaded') throw new Error(`unexpected reply ${reply.type}`)
      return reply.contents
    },
    async seedBundled(version) {
      const reply = unwrap(await request({ type: 'seedBundled', id: nextId++, version }))
      if (reply.type !== 'bundledSeeded') throw new Error(`unexpected reply ${reply.type}`)
      return reply.wrote
    },
    cancel() {
      worker?.postMessage({ type: 'cancel' } satisfies ToWorker)
      // An analysis cannot be interrupted from inside; a fresh worker replaces the busy one.
      // A write is rolled back by the worker itself when it sees the cancel between chunks.
      if ([...waiting.values()].some((e) => !e.onProgress)) {
        failAll((id) => ({ type: 'failed', id, error: { name: CANCELLED_BY_USER, message: 'cancelled' } }))
      }
    },
    dispose() {
      stopWatchdog()
      worker?.terminate()
      worker = null
    },
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
    seedBundled: async (version) => (await session()).seedBundled(version),
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
