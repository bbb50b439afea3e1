/**
 * The benchmark page, built with the app's own Vite config (bench/vite.config.ts) so the app
 * side runs exactly the code and worker bundle users get.
 *
 * - `runAppImport`: the import page's path, through the same `createImportClient()` the import
 *   store uses: analyse, then commit, resolving once the dataset is committed in IndexedDB.
 *   One client (one worker) serves all runs, as in the app, where the store keeps its client
 *   for the page's lifetime; scripts/bench.ts warms it up before measuring.
 * - `runBaseline`: PapaParse + one Dexie `bulkAdd`, in a worker of its own that also lives for
 *   all runs (see bench/baseline.worker.ts for why a worker and what it stores).
 *
 * Both are timed on this page, from handing over the bytes until the data is in IndexedDB, so
 * message hops count on both sides. Every run starts with an empty database: the app's (fixed
 * name, as its worker opens it) is deleted before and after each app run, the baseline uses a
 * new name per run and deletes it afterwards. Creating the database is timed on both sides.
 */
import Dexie from 'dexie'
import { countStoredItems, VeikartDatabase } from '@/db'
import { createImportClient } from '@/workers/import-client'
import type { AppRun, BaselineRun } from './bench-api'
import type { FromBaselineWorker, ToBaselineWorker } from './baseline.worker'

/** The database the app's worker writes to (`new VeikartDatabase()` there). */
const APP_DATABASE = new VeikartDatabase().name

const files = new Map<string, Uint8Array>()
const client = createImportClient()

window.loadBenchFile = async (url) => {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`)
  const bytes = new Uint8Array(await response.arrayBuffer())
  files.set(url, bytes)
  return bytes.length
}

window.benchFile = (url) => {
  const bytes = files.get(url)
  if (!bytes) throw new Error(`${url} is not loaded`)
  return bytes.slice()
}

/**
 * Watches the main thread while the app imports. A chained `setTimeout(0)` ticks every ~4 ms
 * (the nesting clamp), cheap enough not to steal the worker's core on a 2-core machine (a
 * MessageChannel loop would spin one); the longest gap between ticks is the longest time the
 * page could not have answered the user. Long tasks (≥ 50 ms) are observed too, since they
 * report exact durations; the pause is the larger of the two.
 */
function startPauseMonitor(): () => Pick<
  AppRun,
  'longestPauseMs' | 'longestGapMs' | 'longestTaskMs' | 'longTasks'
> {
  let longestGap = 0
  let longestTask = 0
  let longTasks = 0
  let running = true
  let last = performance.now()
  const tick = () => {
    const now = performance.now()
    longestGap = Math.max(longestGap, now - last)
    last = now
    if (running) setTimeout(tick, 0)
  }
  setTimeout(tick, 0)
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      longTasks++
      longestTask = Math.max(longestTask, entry.duration)
    }
  })
  observer.observe({ type: 'longtask', buffered: false })
  return () => {
    running = false
    tick()
    for (const entry of observer.takeRecords()) {
      longTasks++
      longestTask = Math.max(longestTask, entry.duration)
    }
    observer.disconnect()
    return {
      longestPauseMs: Math.max(longestGap, longestTask),
      longestGapMs: longestGap,
      longestTaskMs: longestTask,
      longTasks,
    }
  }
}

async function countItems(name: string, datasetId: string): Promise<number> {
  const db = new VeikartDatabase(name)
  try {
    return await countStoredItems(db, datasetId)
  } finally {
    db.close()
  }
}

window.runAppImport = async (bytes, fileName = 'veikart-bench.csv') => {
  // Deleting makes the worker's open connection get `versionchange` and close; Dexie reopens
  // it on the next request, so the run starts on a new, empty database created inside the
  // timing, as the baseline's is. Deleted again afterwards, outside the timing.
  await Dexie.delete(APP_DATABASE)
  try {
    const stopMonitor = startPauseMonitor()
    const start = performance.now()
    const report = await client.analyse({ bytes, fileName, options: {}, goals: [] })
    const analysed = performance.now()
    const datasetId = await client.commit({}, () => {})
    const end = performance.now()
    const pauses = stopMonitor()
    const storedItems = await countItems(APP_DATABASE, datasetId)
    if (storedItems !== report.counts.items || report.errorCount > 0)
      throw new Error(
        `app stored ${storedItems} of ${report.counts.items} items, ${report.errorCount} errors`,
      )
    return {
      ms: end - start,
      analyseMs: analysed - start,
      commitMs: end - analysed,
      storedItems,
      ...pauses,
    } satisfies AppRun
  } finally {
    await Dexie.delete(APP_DATABASE)
  }
}

const baselineWorker = new Worker(new URL('./baseline.worker.ts', import.meta.url), { type: 'module' })

function askBaseline(message: ToBaselineWorker): Promise<FromBaselineWorker> {
  return new Promise((resolve, reject) => {
    baselineWorker.onmessage = (event: MessageEvent<FromBaselineWorker>) => {
      if (event.data.type === 'failed') reject(new Error(`baseline: ${event.data.message}`))
      else resolve(event.data)
    }
    baselineWorker.postMessage(message, message.type === 'run' ? [message.bytes.buffer] : [])
  })
}

window.runBaseline = async (bytes) => {
  try {
    const start = performance.now()
    const ran = await askBaseline({ type: 'run', bytes })
    const end = performance.now()
    if (ran.type !== 'ran') throw new Error(`baseline: unexpected ${ran.type}`)
    const cleaned = await askBaseline({ type: 'clean-up' })
    const storedItems = cleaned.type === 'cleaned-up' ? cleaned.storedItems : -1
    if (storedItems !== ran.records) throw new Error(`baseline stored ${storedItems} of ${ran.records} items`)
    return { ms: end - start, parseMs: ran.parseMs, writeMs: ran.writeMs, storedItems } satisfies BaselineRun
  } catch (error) {
    await askBaseline({ type: 'clean-up' }).catch(() => undefined)
    throw error
  }
}

window.benchReady = true
