/** Which datasets exist on this device and which one the views show. */
import { defineStore } from 'pinia'
import { computed, ref, type Ref } from 'vue'
import type { VeikartDatabase } from '@/db'
import { NO_DATABASE, readStartState } from '@/db/quick-read'
import type { Dataset, DatasetContent } from '@/domain/types'
import { BUNDLED_DATA_VERSION, BUNDLED_DATASET_IDS } from '@/import/bundled-manifest'
import { createImportClient, type ImportClient } from '@/workers/import-client'
import { createBundledStart, createSignal } from './bundled-start-state'
import {
  createStorageState,
  deleteDatabase,
  lazyDatabase,
  readWhatCanBeRead,
  type LazyDatabase,
} from './lazy-database'

/**
 * The bundled datasets are read (and on start written) in the import worker, as a user's file
 * is: the page never loads a parser, and neither parsing nor the first write blocks it.
 */
async function withImportClient<T>(work: (client: ImportClient) => Promise<T>): Promise<T> {
  const client = createImportClient()
  try {
    return await work(client)
  } finally {
    client.dispose()
  }
}

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error'

/** Datasets that hold items (tiltak, veikart), not a strategy's goals or a portfolio. */
function holdsItems(d: Dataset): boolean {
  return d.kind !== 'strategy' && d.kind !== 'portfolio'
}

/**
 * The dataset to show among `candidates`: the `wanted` one if it is there, else the first
 * bundled one. The bundled datasets share one import time, so the list cannot rank them; the
 * manifest does: its first item dataset (the 2024 tiltak table) is the default, not the 2021
 * veikart.
 */
function pickActiveId(candidates: readonly Dataset[], wanted: string | null): string | null {
  const keep = candidates.find((d) => d.id === wanted)
  const bundled = candidates.filter((d) => d.bundled)
  const firstBundled = BUNDLED_DATASET_IDS.map((id) => bundled.find((d) => d.id === id)).find(Boolean)
  return (keep ?? firstBundled ?? bundled[0] ?? candidates[0])?.id ?? null
}

/** `next`, or `current` when it is the same record (its properties are plain values). */
function sameOr(current: Dataset | undefined, next: Dataset): Dataset {
  if (!current) return next
  const keys = Object.keys(next) as (keyof Dataset)[]
  const same = keys.length === Object.keys(current).length && keys.every((k) => current[k] === next[k])
  return same ? current : next
}

/** The list of datasets, newest import first, and the one the views show. */
function createDatasetList() {
  const datasets = ref<Dataset[]>([])
  const activeId = ref<string | null>(null)
  const itemDatasets = computed(() => datasets.value.filter(holdsItems))
  const activeDataset = computed(() => datasets.value.find((d) => d.id === activeId.value) ?? null)
  const strategyDataset = computed(() => datasets.value.find((d) => d.kind === 'strategy') ?? null)
  const strategyDatasets = computed(() => datasets.value.filter((d) => d.kind === 'strategy'))

  /** Takes the list of datasets and picks the active one (the current, else the stored choice). */
  function choose(list: Dataset[], stored: string | null): void {
    // A record the same as the one shown is kept, so what shows it need not draw it again.
    const shown = new Map(datasets.value.map((d) => [d.id, d]))
    datasets.value = list.map((d) => sameOr(shown.get(d.id), d))
    activeId.value = pickActiveId(itemDatasets.value, activeId.value ?? stored)
  }

  return { datasets, activeId, itemDatasets, activeDataset, strategyDataset, strategyDatasets, choose }
}

/** What the store needs of its list to change what is stored. */
interface ListAccess {
  datasets: Ref<Dataset[]>
  activeId: Ref<string | null>
  /** Re-reads the list from the database. */
  refresh(): Promise<void>
}

/** Renaming, deleting, reading and restoring stored datasets; each re-reads the list after a change. */
function createDatasetEdits(db: LazyDatabase, list: ListAccess) {
  /** Renames a dataset; false (and nothing changed) when another dataset has that title. */
  async function rename(id: string, title: string): Promise<boolean> {
    const clean = title.trim()
    if (!db.isOpened() || clean === '') return false
    const [database, { renameDataset, DuplicateTitleError }] = await db.withApi()
    try {
      await renameDataset(database, id, clean)
    } catch (error) {
      if (error instanceof DuplicateTitleError) return false
      throw error
    }
    await list.refresh()
    return true
  }

  /** Deletes a dataset and all it holds; another dataset becomes active if needed. */
  async function remove(id: string): Promise<void> {
    if (!db.isOpened()) return
    const [database, { deleteDataset }] = await db.withApi()
    await deleteDataset(database, id)
    if (list.activeId.value === id) list.activeId.value = null
    await list.refresh()
  }

  /** A dataset with everything it holds (for export). */
  async function getContent(id: string): Promise<DatasetContent | null> {
    if (!db.isOpened()) return null
    const [database, { getDatasetContent }] = await db.withApi()
    return getDatasetContent(database, id)
  }

  /** Every dataset with all it holds, for a backup ("export all datasets"). */
  async function getAllContents(): Promise<DatasetContent[]> {
    if (!db.isOpened()) return []
    const [database, { getDatasetContent }] = await db.withApi()
    const all: DatasetContent[] = []
    for (const d of list.datasets.value) {
      const content = await getDatasetContent(database, d.id)
      if (content) all.push(content)
    }
    return all
  }

  /** Puts the bundled datasets back as shipped; the user's own are left alone. */
  async function restoreBundled(): Promise<void> {
    if (!db.isOpened()) return
    const [database, { restoreBundled: restore, setBundledDataVersion }] = await db.withApi()
    await restore(database, await withImportClient((client) => client.loadBundled()))
    await setBundledDataVersion(database, BUNDLED_DATA_VERSION)
    await list.refresh()
  }

  return { rename, remove, getContent, getAllContents, restoreBundled }
}

export const useDatasetsStore = defineStore('datasets', () => {
  const db = lazyDatabase()
  const list = createDatasetList()
  const status = ref<LoadStatus>('idle')
  const errorMessage = ref<string | null>(null)
  const start = createBundledStart(list)
  const startKnown = createSignal()

  async function refresh(): Promise<void> {
    if (!db.isOpened()) return
    const [database, { listDatasets, getActiveDatasetId }] = await db.withApi()
    list.choose(await listDatasets(database), await getActiveDatasetId(database))
  }
  const edits = createDatasetEdits(db, { ...list, refresh })
  const storage = createStorageState()

  function fail(error: unknown): void {
    errorMessage.value = error instanceof Error ? error.message : String(error)
    status.value = 'error'
  }

  /**
   * On a device whose data is stored and current: the list read without Dexie (quick-read.ts),
   * so the first page renders before Dexie is fetched; Dexie opens behind it (an error there
   * still shows the recovery page). False when the normal path must run (first visit, which
   * shows the bundled start meanwhile; a new release's bundled data; an old database Dexie
   * upgrades first).
   */
  async function startQuickly(): Promise<boolean> {
    const quick = await readStartState(BUNDLED_DATA_VERSION)
    if (status.value !== 'loading') return false
    if (quick === NO_DATABASE) start.show()
    if (quick === NO_DATABASE || !quick?.bundledCurrent) return false
    list.choose(quick.datasets, quick.activeId)
    status.value = 'ready'
    db.open().catch(fail)
    return true
  }

  /** Opens the database, loads the bundled data on first start, picks the active dataset. */
  async function init(given?: VeikartDatabase): Promise<void> {
    if (status.value === 'loading' || status.value === 'ready') return
    status.value = 'loading'
    try {
      if (given) db.adopt(given)
      else if (await startQuickly().finally(startKnown.settle)) return
      const [database, { needsBundledData }] = await db.withApi()
      // The worker starts only when there is something to write (first start, a new release).
      if (await needsBundledData(database, BUNDLED_DATA_VERSION))
        await withImportClient((client) => client.seedBundled(BUNDLED_DATA_VERSION, start.importedAt()))
      await refresh()
      status.value = 'ready'
    } catch (error) {
      fail(error)
    } finally {
      start.overview.value = null
      startKnown.settle()
    }
  }

  /** Shows another dataset and remembers the choice on this device. */
  async function setActive(id: string): Promise<void> {
    if (!list.datasets.value.some((d) => d.id === id)) return
    list.activeId.value = id
    if (!db.isOpened()) return
    const [database, { setActiveDatasetId }] = await db.withApi()
    await setActiveDatasetId(database, id)
  }

  return {
    /** All datasets, newest import first. */
    datasets: list.datasets,
    /** Id of the dataset the views show. */
    activeId: list.activeId,
    status,
    errorMessage,
    /**
     * On a first visit, until the bundled data is stored (status `loading`): the overview to
     * draw meanwhile, for the dataset `datasetId` (the active one, unless the user chose another).
     */
    startOverview: start.overview,
    /** Datasets that hold items (tiltak, veikart), for the selector. */
    itemDatasets: list.itemDatasets,
    activeDataset: list.activeDataset,
    /** The newest strategy dataset. */
    strategyDataset: list.strategyDataset,
    /**
     * Every strategy dataset, newest first: goal titles come from the newest that has goals (a
     * file of initiatives alone has none, and must not blank the goals' titles).
     */
    strategyDatasets: list.strategyDatasets,
    init,
    /**
     * Settles once `init` knows what the first page shows (start.ts mounts the app then, so its
     * first render is the page and not a loading line).
     */
    startKnown: () => startKnown.settled,
    /** A first visit's state: the bundled datasets and their overview (for src/prerender.ts). */
    showBundledStart: () => start.show() && (status.value = 'loading'),
    /** Re-reads the list of datasets (after an import in the worker, say). */
    reload: refresh,
    getContent: edits.getContent,
    rename: edits.rename,
    remove: edits.remove,
    setActive,
    restoreBundled: edits.restoreBundled,
    getAllContents: edits.getAllContents,
    /** Whether the site's storage is persistent, and how full it is (shown on Datasett). */
    storage: storage.storage,
    readStorage: storage.readStorage,
    requestPersistence: storage.requestPersistence,
    readWhatCanBeRead: () => readWhatCanBeRead(db),
    resetDatabase: () => deleteDatabase(db),
  }
})
