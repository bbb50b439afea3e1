/** Which datasets exist on this device and which one the views show. */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import {
  deleteDataset as deleteDatasetInDb,
  deleteWholeDatabase,
  readStorageState,
  requestPersistentStorage,
  type StorageState,
  readWhatCanBeRead,
  type ReadableData,
  DuplicateTitleError,
  getActiveDatasetId,
  getDatasetContent,
  renameDataset as renameDatasetInDb,
  getDatabase,
  listDatasets,
  needsBundledData,
  restoreBundled as restoreBundledInDb,
  setBundledDataVersion,
  setActiveDatasetId,
  type VeikartDatabase,
} from '@/db'
import type { Dataset, DatasetContent } from '@/domain/types'
import { BUNDLED_DATA_VERSION, BUNDLED_DATASET_IDS } from '@/import/bundled-manifest'
import { createImportClient, type ImportClient } from '@/workers/import-client'

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

export const useDatasetsStore = defineStore('datasets', () => {
  let db: VeikartDatabase | null = null

  /** All datasets, newest import first. */
  const datasets = ref<Dataset[]>([])
  /** Id of the dataset the views show. */
  const activeId = ref<string | null>(null)
  const status = ref<LoadStatus>('idle')
  const errorMessage = ref<string | null>(null)

  /** Datasets that hold items (tiltak, veikart), for the selector. */
  const itemDatasets = computed(() =>
    datasets.value.filter((d) => d.kind !== 'strategy' && d.kind !== 'portfolio'),
  )
  const activeDataset = computed(() => datasets.value.find((d) => d.id === activeId.value) ?? null)
  /** The newest strategy dataset. */
  const strategyDataset = computed(() => datasets.value.find((d) => d.kind === 'strategy') ?? null)
  /**
   * Every strategy dataset, newest first: goal titles come from the newest that has goals (a
   * file of initiatives alone has none, and must not blank the goals' titles).
   */
  const strategyDatasets = computed(() => datasets.value.filter((d) => d.kind === 'strategy'))

  async function refresh(): Promise<void> {
    if (!db) return
    datasets.value = await listDatasets(db)
    const stored = await getActiveDatasetId(db)
    const candidates = itemDatasets.value
    const keep = candidates.find((d) => d.id === (activeId.value ?? stored))
    // The bundled datasets share one import time, so the list cannot rank them; the manifest
    // does: its first item dataset (the 2024 tiltak table) is the default, not the 2021 veikart.
    const bundled = candidates.filter((d) => d.bundled)
    const firstBundled = BUNDLED_DATASET_IDS.map((id) => bundled.find((d) => d.id === id)).find(Boolean)
    activeId.value = (keep ?? firstBundled ?? bundled[0] ?? candidates[0])?.id ?? null
  }

  /** Opens the database, loads the bundled data on first start, picks the active dataset. */
  async function init(database: VeikartDatabase = getDatabase()): Promise<void> {
    if (status.value === 'loading' || status.value === 'ready') return
    db = database
    status.value = 'loading'
    try {
      await db.open()
      // The worker starts only when there is something to write (first start, a new release).
      if (await needsBundledData(db, BUNDLED_DATA_VERSION))
        await withImportClient((client) => client.seedBundled(BUNDLED_DATA_VERSION))
      await refresh()
      status.value = 'ready'
    } catch (error) {
      errorMessage.value = error instanceof Error ? error.message : String(error)
      status.value = 'error'
    }
  }

  /** Re-reads the list of datasets (after an import in the worker, say). */
  async function reload(): Promise<void> {
    await refresh()
  }

  /** Renames a dataset; false (and nothing changed) when another dataset has that title. */
  async function rename(id: string, title: string): Promise<boolean> {
    const clean = title.trim()
    if (!db || clean === '') return false
    try {
      await renameDatasetInDb(db, id, clean)
    } catch (error) {
      if (error instanceof DuplicateTitleError) return false
      throw error
    }
    await refresh()
    return true
  }

  /** Deletes a dataset and all it holds; another dataset becomes active if needed. */
  async function remove(id: string): Promise<void> {
    if (!db) return
    await deleteDatasetInDb(db, id)
    if (activeId.value === id) activeId.value = null
    await refresh()
  }

  /** A dataset with everything it holds (for export). */
  async function getContent(id: string): Promise<DatasetContent | null> {
    return db ? getDatasetContent(db, id) : null
  }

  /** Shows another dataset and remembers the choice on this device. */
  async function setActive(id: string): Promise<void> {
    if (!datasets.value.some((d) => d.id === id)) return
    activeId.value = id
    if (db) await setActiveDatasetId(db, id)
  }

  /** Whether the site's storage is persistent, and how full it is (shown on Datasett). */
  const storage = ref<StorageState>({ persisted: null, usage: null, quota: null })

  /** Re-reads the storage state. */
  async function readStorage(): Promise<void> {
    storage.value = await readStorageState()
  }

  /** Asks the browser to keep this site's data under disk pressure; then re-reads the state. */
  async function requestPersistence(): Promise<boolean> {
    const granted = await requestPersistentStorage()
    await readStorage()
    return granted
  }

  /** Every dataset with all it holds, for a backup ("export all datasets"). */
  async function getAllContents(): Promise<DatasetContent[]> {
    if (!db) return []
    const all: DatasetContent[] = []
    for (const d of datasets.value) {
      const content = await getDatasetContent(db, d.id)
      if (content) all.push(content)
    }
    return all
  }

  /** Recovery: what can still be read from a database that would not open, store by store. */
  function readWhatCanBeReadNow(): Promise<ReadableData> {
    return readWhatCanBeRead(db?.name ?? 'veikart')
  }

  /** Recovery: deletes the whole database; the caller reloads the page, which seeds it again. */
  async function resetDatabase(): Promise<void> {
    const name = db?.name ?? 'veikart'
    db?.close()
    await deleteWholeDatabase(name)
  }

  /** Puts the bundled datasets back as shipped; the user's own are left alone. */
  async function restoreBundled(): Promise<void> {
    if (!db) return
    await restoreBundledInDb(db, await withImportClient((client) => client.loadBundled()))
    await setBundledDataVersion(db, BUNDLED_DATA_VERSION)
    await refresh()
  }

  return {
    datasets,
    activeId,
    status,
    errorMessage,
    itemDatasets,
    activeDataset,
    strategyDataset,
    strategyDatasets,
    init,
    reload,
    getContent,
    rename,
    remove,
    setActive,
    restoreBundled,
    getAllContents,
    storage,
    readStorage,
    requestPersistence,
    readWhatCanBeRead: readWhatCanBeReadNow,
    resetDatabase,
  }
})
