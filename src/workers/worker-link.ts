/**
 * The page's end of the import worker: starts it on first use, matches each reply to its
 * request by id, and gives the worker up (ending every request it had pending) when it fails
 * to load, dies, or stops making progress during a write. ./import-client.ts gives the requests
 * their meaning.
 */
import type { WriteProgress } from '@/db'
import type { FromWorker, ToWorker } from './import-protocol'

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

/** Ends every pending request with `reply(id)` and gives the worker up. */
type GiveUp = (reply: (id: number) => FromWorker) => void

/** The message a lost or stuck worker fails with; the name is what the page shows. */
function lost(id: number, name: 'WorkerLost' | 'WriteStalled' | 'WorkerFailed', message: string): FromWorker {
  return { type: 'failed', id, error: { name, message } }
}

/** While a write runs: pings the worker, and gives it up when it falls silent or stops making progress. */
function createWatchdog(times: WatchdogTimes, ping: () => void, giveUp: GiveUp) {
  let lastHeard = 0
  let lastProgress = 0
  let timer: ReturnType<typeof setInterval> | undefined

  function check(): void {
    const now = Date.now()
    if (now - lastHeard > times.silentMs) {
      giveUp((id) => lost(id, 'WorkerLost', `the import worker stopped answering for ${times.silentMs} ms`))
    } else if (now - lastProgress > times.stalledMs) {
      giveUp((id) => lost(id, 'WriteStalled', `no write progress for ${times.stalledMs} ms`))
    } else {
      ping()
    }
  }

  return {
    /** A message came from the worker. */
    heard(): void {
      lastHeard = Date.now()
    },
    /** The message just heard reported write progress. */
    progressed(): void {
      lastProgress = lastHeard
    },
    start(): void {
      lastHeard = lastProgress = Date.now()
      timer ??= setInterval(check, times.pingMs)
    },
    stop(): void {
      clearInterval(timer)
      timer = undefined
    },
  }
}

/**
 * Hands `w`'s messages to `receive` and its failures to `fail`, while `isCurrent(w)` (a worker
 * already given up may still send).
 */
function listen(
  w: Worker,
  isCurrent: (w: Worker) => boolean,
  receive: (message: FromWorker) => void,
  fail: (detail: string) => void,
): void {
  w.onmessage = (event: MessageEvent<FromWorker>) => {
    if (isCurrent(w)) receive(event.data)
  }
  // A worker script that fails to load (or throws outside a request) reports here, and nowhere
  // else: without this the page would say «Leser og kontrollerer …» forever.
  w.onerror = (event: ErrorEvent) => {
    event.preventDefault?.()
    if (isCurrent(w)) fail(event.message || 'the import worker could not be started')
  }
  w.onmessageerror = () => {
    if (isCurrent(w)) fail('a message from the import worker could not be read')
  }
}

interface Pending {
  resolve: (m: FromWorker) => void
  /** Set for a write: while one is pending the watchdog runs. */
  onProgress?: (p: WriteProgress) => void
}

export interface WorkerLink {
  /** Sends a request, starting a worker if none runs; its reply, or the failure that ended it. */
  request(message: ToWorker & { id: number }, onProgress?: (p: WriteProgress) => void): Promise<FromWorker>
  /**
   * Tells the worker to cancel. A pending request other than a write (which the worker rolls
   * back itself) cannot be interrupted: all pending end with `reply`, and the worker is given up.
   */
  cancel(reply: (id: number) => FromWorker): void
  dispose(): void
}

/** A link to workers made by `makeWorker`: a worker given up is replaced by one fresh worker at the next request. */
export function createWorkerLink(makeWorker: () => Worker, times: WatchdogTimes): WorkerLink {
  let worker: Worker | null = null
  const waiting = new Map<number, Pending>()
  const ping = () => worker?.postMessage({ type: 'ping' } satisfies ToWorker)
  const watchdog = createWatchdog(times, ping, failAll)
  const writing = () => [...waiting.values()].some((e) => e.onProgress)

  /** The running worker, started on first use. */
  function current(): Worker {
    if (!worker) {
      worker = makeWorker()
      listen(
        worker,
        (w) => w === worker,
        receive,
        (detail) => failAll((id) => lost(id, 'WorkerFailed', detail)),
      )
    }
    return worker
  }

  function failAll(reply: (id: number) => FromWorker): void {
    watchdog.stop()
    worker?.terminate()
    worker = null
    for (const [id, entry] of waiting) {
      waiting.delete(id)
      entry.resolve(reply(id))
    }
  }

  function receive(message: FromWorker): void {
    watchdog.heard()
    if (message.type === 'pong') return
    const entry = waiting.get(message.id)
    if (!entry) return
    if (message.type === 'progress') {
      watchdog.progressed()
      entry.onProgress?.(message.progress)
    } else {
      waiting.delete(message.id)
      if (!writing()) watchdog.stop()
      entry.resolve(message)
    }
  }

  function request(message: ToWorker & { id: number }, onProgress?: (p: WriteProgress) => void) {
    return new Promise<FromWorker>((resolve) => {
      waiting.set(message.id, { resolve, ...(onProgress ? { onProgress } : {}) })
      if (onProgress) watchdog.start()
      const transfer =
        message.type === 'analyse' || message.type === 'openPack' ? [message.request.bytes.buffer] : []
      current().postMessage(message, transfer)
    })
  }

  return {
    request,
    cancel(reply) {
      worker?.postMessage({ type: 'cancel' } satisfies ToWorker)
      if ([...waiting.values()].some((e) => !e.onProgress)) failAll(reply)
    },
    dispose() {
      watchdog.stop()
      worker?.terminate()
      worker = null
    },
  }
}
