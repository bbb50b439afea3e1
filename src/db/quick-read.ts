/**
 * A read-only look into the stored database without Dexie (no dependency: raw IndexedDB), so
 * that on a device with data the overview can render before Dexie (./load.ts) is fetched and
 * parsed. It reads only small stores: `meta`, `datasets`, `summaries` and `goals` (never items).
 *
 * It never creates or upgrades anything: it opens the database at whatever version it has, and
 * gives up (returns `null`) when there is none (a first visit: the normal path seeds it), when a
 * store it reads is missing (a database from before version 4, which Dexie upgrades first), or
 * on any error. The callers then take the normal Dexie path. The connection closes after each
 * read, and at once when Dexie asks to upgrade the database (`versionchange`).
 */
import { isCurrentSummary, type DatasetSummary } from '@/domain/dataset-summary'
import type { Dataset, Goal } from '@/domain/types'
import { META_KEYS } from './meta-keys'

const STORES = ['meta', 'datasets', 'summaries', 'goals'] as const

/** What the readers answer on a device with no database yet: a first visit. */
export const NO_DATABASE = 'none'

/** What the app needs to pick the dataset to show, as repositories.ts would give it. */
export interface StartState {
  /** Newest import first, as listDatasets orders them. */
  datasets: Dataset[]
  /** The dataset chosen on this device (meta), if any. */
  activeId: string | null
  /** False when the bundled data must be (re)written first (needsBundledData would say true). */
  bundledCurrent: boolean
}

/** A dataset's summary and goals, and the goals of the first strategy dataset that has some. */
export interface QuickOverview {
  summary: DatasetSummary
  goals: Goal[]
  strategyGoals: Goal[]
}

/** Opens the existing database read-only; `'none'` when there is none, `null` when it lacks a store. */
function openExisting(name: string): Promise<IDBDatabase | typeof NO_DATABASE | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest
    let none = false
    try {
      if (typeof indexedDB === 'undefined') return resolve(null)
      request = indexedDB.open(name)
    } catch {
      return resolve(null)
    }
    // No database yet: opening without a version would create an empty one at version 1.
    // Aborting the upgrade leaves none behind, and the open fails (→ 'none').
    request.onupgradeneeded = () => {
      none = true
      request.transaction?.abort()
    }
    request.onerror = (event) => {
      event.preventDefault()
      resolve(none ? NO_DATABASE : null)
    }
    request.onblocked = () => resolve(null)
    request.onsuccess = () => {
      const db = request.result
      db.onversionchange = () => db.close()
      if (STORES.every((store) => db.objectStoreNames.contains(store))) return resolve(db)
      db.close()
      resolve(null)
    }
  })
}

/** Runs `read` in one read-only transaction over the stores; `null` on any failure. */
async function readOnly<T>(
  name: string,
  read: (tx: IDBTransaction, done: (value: T) => void) => void,
): Promise<T | typeof NO_DATABASE | null> {
  const db = await openExisting(name)
  if (db === null || db === NO_DATABASE) return db
  try {
    return await new Promise<T | null>((resolve) => {
      const tx = db.transaction([...STORES], 'readonly')
      let result: T | null = null
      tx.oncomplete = () => resolve(result)
      tx.onerror = tx.onabort = () => resolve(null)
      read(tx, (value) => (result = value))
    })
  } catch {
    return null
  } finally {
    db.close()
  }
}

const get = <T>(request: IDBRequest, use: (value: T) => void): void => {
  request.onsuccess = () => use(request.result as T)
}

/**
 * The datasets and the active choice; `'none'` on a first visit (no database), `null` when it
 * cannot be read here (use Dexie). `bundledVersion` is the release's BUNDLED_DATA_VERSION, as
 * needsBundledData is given it.
 */
export function readStartState(
  bundledVersion: string,
  name = 'veikart',
): Promise<StartState | typeof NO_DATABASE | null> {
  return readOnly<StartState>(name, (tx, done) => {
    const datasets: Dataset[] = []
    get<{ key: string; value: string }[]>(tx.objectStore('meta').getAll(), (entries) => {
      const meta = new Map(entries.map((e) => [e.key, e.value]))
      // listDatasets' order: importedAt descending (ties: id descending, as Dexie's reverse()).
      const cursor = tx.objectStore('datasets').index('importedAt').openCursor(null, 'prev')
      cursor.onsuccess = () => {
        const at = cursor.result
        if (at) return void (datasets.push(at.value as Dataset), at.continue())
        done({
          datasets,
          activeId: meta.get(META_KEYS.activeDatasetId) ?? null,
          bundledCurrent:
            meta.has(META_KEYS.bundledSeeded) && meta.get(META_KEYS.bundledDataVersion) === bundledVersion,
        })
      }
    })
  })
}

type StoredGoal = Goal & { datasetId?: string }
const goalsOf = (stored: StoredGoal[]): Goal[] =>
  stored.map(({ datasetId: _unused, ...goal }) => goal).sort((a, b) => a.number - b.number)

/**
 * What the overview draws first (summaries.ts' getDatasetOverview, and the strategy's goals as
 * stores/roadmap.ts picks them): `null` when the dataset or its current summary is missing, or
 * on any failure (the caller reads through Dexie, which also works the summary out).
 */
export async function readQuickOverview(
  id: string,
  strategyIds: readonly string[],
  name = 'veikart',
): Promise<QuickOverview | null> {
  const read = await readOnly<QuickOverview | null>(name, (tx, done) => {
    const goals = tx.objectStore('goals').index('datasetId')
    const strategy: Goal[][] = []
    strategyIds.forEach((sid, i) => get<StoredGoal[]>(goals.getAll(sid), (g) => (strategy[i] = goalsOf(g))))
    get<unknown>(tx.objectStore('datasets').count(id), (count) => {
      if (count === 0) return done(null)
      get<{ summary?: unknown } | undefined>(tx.objectStore('summaries').get(id), (stored) => {
        const summary = stored?.summary
        if (!isCurrentSummary(summary)) return done(null)
        get<StoredGoal[]>(goals.getAll(id), (own) => {
          // Requests complete in order: the strategy goals asked for first are all in by now.
          const strategyGoals = strategy.find((g) => g.length > 0) ?? []
          done({ summary, goals: goalsOf(own), strategyGoals })
        })
      })
    })
  })
  return read === NO_DATABASE ? null : read
}
