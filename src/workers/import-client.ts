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
 * load or dies; `times` so they need not wait real seconds.
 */
export function createWorkerClient(
  makeWorker: () => Worker = () =>
    new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' }),
  times: WatchdogTimes = WATCHDOG,
): ImportClient {
  let worker = makeWorker()
  let nextId = 1
  const waiting = new Map<
    number,
    { resolve: (m: FromWorker) => void; onProgress?: (p: WriteProgress) => void }
  >()
  let lastHeard = 0
  let lastProgress = 0
  let watchdog: ReturnType<typeof setInterval> | undefined

  /** Ends every waiting request with `reply(id)` and starts over with a fresh worker. */
  function failAll(reply: (id: number) => FromWorker): void {
    for (const [id, entry] of waiting) {
      waiting.delete(id)
      entry.resolve(reply(id))
    }
    stopWatchdog()
    worker.terminate()
    worker = makeWorker()
    listen(worker)
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
        worker.postMessage({ type: 'ping' } satisfies ToWorker)
      }
    }, times.pingMs)
  }

  function listen(w: Worker): void {
    w.onmessage = (event: MessageEvent<FromWorker>) => {
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
      const detail = event.message || 'the import worker could not be started'
      failAll((id) => lost(id, 'WorkerFailed', detail))
    }
    w.onmessageerror = () =>
      failAll((id) => lost(id, 'WorkerFailed', 'a message from the import worker could not be read'))
  }
  listen(worker)

  function request(
    message: ToWorker & { id: number },
    onProgress?: (p: WriteProgress) => void,
  ): Promise<FromWorker> {
    return new Promise((resolve) => {
      waiting.set(message.id, { resolve, ...(onProgress ? { onProgress } : {}) })
      if (onProgress) startWatchdog()
      const transfer =
        message.type === 'analyse' || message.type === 'openPack' ? [message.request.bytes.buffer] : []
      worker.postMessage(message, transfer)
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
    cancel() {
      worker.postMessage({ type: 'cancel' } satisfies ToWorker)
      // An analysis cannot be interrupted from inside; a fresh worker replaces the busy one.
      // A write is rolled back by the worker itself when it sees the cancel between chunks.
      if ([...waiting.values()].some((e) => !e.onProgress)) {
        failAll((id) => ({ type: 'failed', id, error: { name: CANCELLED_BY_USER, message: 'cancelled' } }))
      }
    },
    dispose() {
      stopWatchdog()
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
