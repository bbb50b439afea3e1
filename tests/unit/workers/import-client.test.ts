/**
 * The page never waits forever on the import worker: a worker script that fails to load, a
 * worker that dies mid-write and a write that stops making progress all end in an error the
 * import page shows, within the watchdog's times.
 */
import { describe, expect, it } from 'vitest'
import type { DatasetContent } from '@/domain/types'
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

/** A client over FakeWorkers that never answer an analysis; `made` lists every worker started. */
function silentClient() {
  const made: FakeWorker[] = []
  const posted: string[] = []
  const client = createWorkerClient(() => {
    const worker = new FakeWorker((message) => posted.push(message.type))
    made.push(worker)
    return worker as unknown as Worker
  }, TIMES)
  return { client, made, posted }
}

describe('cancelling an import', () => {
  it('ends every pending analysis and replaces the busy worker by one fresh worker, not one per analysis', async () => {
    const { client, made } = silentClient()
    const analyses = [client.analyse(request), client.analyse(request), client.analyse(request)]
    client.cancel()
    expect(await Promise.all(analyses.map(failureOf))).toEqual([
      'ImportCancelled',
      'ImportCancelled',
      'ImportCancelled',
    ])
    expect(made).toHaveLength(1)
    expect(made[0]?.terminated).toBe(true)
    // The next request gets a fresh worker, started once.
    void client.analyse(request).catch(() => {})
    expect(made).toHaveLength(2)
    expect(made[1]?.terminated).toBe(false)
    client.dispose()
  })

  it('asks a running write to roll back, and keeps its worker (the worker stops between chunks)', async () => {
    const client = createWorkerClient(
      () =>
        new FakeWorker((message, reply) => {
          if (message.type === 'commit') {
            reply({ type: 'progress', id: message.id, progress: { done: 10, total: 100 } })
          } else if (message.type === 'cancel') {
            reply({ type: 'failed', id: 1, error: { name: 'ImportCancelled', message: 'rolled back' } })
          } else if (message.type === 'ping') reply({ type: 'pong' })
        }) as unknown as Worker,
      TIMES,
    )
    const progress: number[] = []
    const commit = client.commit({}, (p) => progress.push(p.done))
    await new Promise((resolve) => setTimeout(resolve, 5))
    client.cancel()
    expect(await failureOf(commit)).toBe('ImportCancelled')
    expect(progress).toEqual([10])
    client.dispose()
  })

  it('starts no worker when nothing is running', () => {
    const { client, made } = silentClient()
    client.cancel()
    client.dispose()
    expect(made).toHaveLength(0)
  })
})

describe('progress and failures from the worker', () => {
  it('passes each write progress to the page, then the stored dataset id', async () => {
    const client = createWorkerClient(
      () =>
        new FakeWorker((message, reply) => {
          if (message.type !== 'commit') return
          for (const done of [100, 200, 300])
            reply({ type: 'progress', id: message.id, progress: { done, total: 300 } })
          reply({ type: 'committed', id: message.id, datasetId: 'import-1' })
        }) as unknown as Worker,
      TIMES,
    )
    const seen: string[] = []
    expect(await client.commit({}, (p) => seen.push(`${p.done}/${p.total}`))).toBe('import-1')
    expect(seen).toEqual(['100/300', '200/300', '300/300'])
    client.dispose()
  })

  it('fails with the real cause and, for a full disk, the sizes the page shows', async () => {
    const client = createWorkerClient(
      () =>
        new FakeWorker((message, reply) => {
          if (message.type === 'commit')
            reply({
              type: 'failed',
              id: message.id,
              error: { name: 'StorageFullError', message: 'full', needed: 5000, available: 10 },
            })
        }) as unknown as Worker,
      TIMES,
    )
    const error = await client.commit({}, () => {}).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ImportFailedError)
    expect(error).toMatchObject({ causeName: 'StorageFullError', sizes: { needed: 5000, available: 10 } })
    client.dispose()
  })

  it('ignores what a worker already given up still sends', async () => {
    let first: FakeWorker | undefined
    const client = createWorkerClient(() => {
      const worker = new FakeWorker(() => {})
      first ??= worker
      return worker as unknown as Worker
    }, TIMES)
    const analysis = client.analyse(request)
    client.cancel()
    expect(await failureOf(analysis)).toBe('ImportCancelled')
    // A late error from the terminated worker must not fail the next request on the new one.
    const report = { fileName: 'y.csv' } as ImportReport
    const next = client.analyse(request)
    first?.onerror?.({ message: 'late', preventDefault() {} } as ErrorEvent)
    expect(await Promise.race([next, new Promise((r) => setTimeout(() => r(report), 30))])).toBe(report)
    client.dispose()
  })

  it('reads the bundled datasets in the worker and hands their contents to the page', async () => {
    const contents = [{ dataset: { id: 'bundled-strategi-mal' } }] as unknown as DatasetContent[]
    const client = createWorkerClient(
      () =>
        new FakeWorker((message, reply) => {
          if (message.type === 'loadBundled') reply({ type: 'bundledLoaded', id: message.id, contents })
        }) as unknown as Worker,
      TIMES,
    )
    expect(await client.loadBundled()).toBe(contents)
    client.dispose()
  })
})
