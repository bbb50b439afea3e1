/**
 * The page never waits forever on the import worker: a worker script that fails to load, a
 * worker that dies mid-write and a write that stops making progress all end in an error the
 * import page shows, within the watchdog's times.
 */
import { describe, expect, it } from 'vitest'
import type { ImportReport } from '@/import/import-report'
import { CANCELLED_BY_USER, createWorkerClient, ImportFailedError, WATCHDOG } from '@/workers/import-client'
import type { FromWorker, ToWorker } from '@/workers/import-protocol'

/** A stand-in for a Worker: `behave` answers (or not) each message the page posts. */
class FakeWorker {
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null
  onerror: ((event: ErrorEvent) => void) | null = null
  onmessageerror: (() => void) | null = null
  terminated = false
  constructor(
    private readonly behave: (message: ToWorker, reply: (m: FromWorker) => void, self: FakeWorker) => void,
  ) {}
  postMessage(message: ToWorker): void {
    if (this.terminated) return
    queueMicrotask(() =>
      this.behave(message, (m) => this.onmessage?.({ data: m } as MessageEvent<FromWorker>), this),
    )
  }
  terminate(): void {
    this.terminated = true
  }
}

const TIMES = { pingMs: 10, silentMs: 60, stalledMs: 200 }
const failureOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ImportFailedError)
  return (error as ImportFailedError).causeName
}
const request = { bytes: new Uint8Array(1), fileName: 'x.csv', options: {}, goals: [] }

describe('the import worker client', () => {
  it('fails the analysis when the worker script cannot load (was «Leser og kontrollerer …» forever)', async () => {
    const client = createWorkerClient(() => {
      const worker = new FakeWorker(() => {})
      setTimeout(
        () =>
          worker.onerror?.({ message: 'Failed to fetch a worker script', preventDefault() {} } as ErrorEvent),
        5,
      )
      return worker as unknown as Worker
    }, TIMES)
    expect(await failureOf(client.analyse(request))).toBe('WorkerFailed')
  })

  it('fails a commit within seconds when the worker dies mid-write, and pings while it lives', async () => {
    const seen: string[] = []
    const client = createWorkerClient(
      () =>
        new FakeWorker((message, reply, self) => {
          seen.push(message.type)
          if (message.type === 'commit') {
            reply({ type: 'progress', id: message.id, progress: { done: 5000, total: 100_000 } })
            setTimeout(() => (self.terminated = true), 30) // then it is gone: no pong, no reply
          } else if (message.type === 'ping') reply({ type: 'pong' })
        }) as unknown as Worker,
      TIMES,
    )
    const started = Date.now()
    expect(await failureOf(client.commit({}, () => {}))).toBe('WorkerLost')
    expect(Date.now() - started).toBeLessThan(1000)
    expect(seen).toContain('ping')
  })

  it('fails a commit whose write stops making progress although the worker answers', async () => {
    const client = createWorkerClient(
      () =>
        new FakeWorker((message, reply) => {
          if (message.type === 'ping') reply({ type: 'pong' })
        }) as unknown as Worker,
      TIMES,
    )
    expect(await failureOf(client.commit({}, () => {}))).toBe('WriteStalled')
  })

  it('gives a lost worker or a stuck write up within 10 s with the default times (issue 11)', () => {
    expect(WATCHDOG.silentMs + WATCHDOG.pingMs).toBeLessThanOrEqual(10_000)
    expect(WATCHDOG.stalledMs + WATCHDOG.pingMs).toBeLessThanOrEqual(10_000)
  })

  it('fails a cancelled analysis with the cancel’s own name, not the AbortError of a full disk', async () => {
    const client = createWorkerClient(() => new FakeWorker(() => {}) as unknown as Worker, TIMES)
    const analysis = client.analyse(request)
    client.cancel()
    expect(await failureOf(analysis)).toBe(CANCELLED_BY_USER)
    client.dispose()
  })

  it('passes a normal analysis through', async () => {
    const report = { fileName: 'x.csv' } as ImportReport
    const client = createWorkerClient(
      () =>
        new FakeWorker((message, reply) => {
          if (message.type === 'analyse') reply({ type: 'analysed', id: message.id, report })
        }) as unknown as Worker,
      TIMES,
    )
    expect(await client.analyse(request)).toBe(report)
    client.dispose()
  })
})
