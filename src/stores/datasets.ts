/** Which datasets exist on this device and which one the views show. */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { ReadableData, StorageState, VeikartDatabase } from '@/db'
import { loadDb } from '@/db/load'
import { readStartState } from '@/db/quick-read'
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
  /** The opened database; until it is, the functions below wait for it. */
  let opened: Promise<VeikartDatabase> | null = null
  /** The database handle once made, opened or not (the recovery closes it). */
  let handle: VeikartDatabase | null = null
  /** The database, opened (and the Dexie code fetched) on first use. */
  function database(): Promise<VeikartDatabase> {
    opened ??= loadDb().then(async (db) => {
      const made = (handle ??= db.getDatabase())
      await made.open()
      return made
    })
    return opened
  }

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

  /** Takes the list of datasets and picks the active one (the current, else the stored choice). */
  function choose(list: Dataset[], stored: string | null): void {
    datasets.value = list
    const candidates = itemDatasets.value
    const keep = candidates.find((d) => d.id === (activeId.value ?? stored))
    // The bundled datasets share one import time, so the list cannot rank them; the manifest
    // does: its first item dataset (the 2024 tiltak table) is the default, not the 2021 veikart.
    const bundled = candidates.filter((d) => d.bundled)
    const firstBundled = BUNDLED_DATASET_IDS.map((id) => bundled.find((d) => d.id === id)).find(Boolean)
    activeId.value = (keep ?? firstBundled ?? bundled[0] ?? candidates[0])?.id ?? null
  }

  async function refresh(): Promise<void> {
    if (!opened) return
    const db = await database()
    const { listDatasets, getActiveDatasetId } = await loadDb()
    choose(await listDatasets(db), await getActiveDatasetId(db))
  }

  function fail(error: unknown): void {
    errorMessage.value = error instanceof Error ? error.message : String(error)
    status.value = 'error'
  }

  /**
   * On a device whose data is stored and current: the list read without Dexie (quick-read.ts),
   * so the first page renders before Dexie is fetched; Dexie opens behind it (an error there
   * still shows the recovery page). False when the normal path must run (first visit, a new
   * release's bundled data, an old database Dexie upgrades first).
   */
  async function startQuickly(): Promise<boolean> {
    const quick = await readStartState(BUNDLED_DATA_VERSION)
    if (!quick?.bundledCurrent || status.value !== 'loading') return false
    choose(quick.datasets, quick.activeId)
    status.value = 'ready'
    database().catch(fail)
    return true
  }

  /** Opens the database, loads the bundled data on first start, picks the active dataset. */
  async function init(given?: VeikartDatabase): Promise<void> {
    if (status.value === 'loading' || status.value === 'ready') return
    status.value = 'loading'
    try {
      if (given) {
        handle = given
        opened = given.open().then(() => given)
      } else if (await startQuickly()) return
      const db = await database()
      const { needsBundledData } = await loadDb()
      // The worker starts only when there is something to write (first start, a new release).
      if (await needsBundledData(db, BUNDLED_DATA_VERSION))
        await withImportClient((client) => client.seedBundled(BUNDLED_DATA_VERSION))
      await refresh()
      status.value = 'ready'
    } catch (error) {
      fail(error)
    }
  }

  /** Re-reads the list of datasets (after an import in the worker, say). */
  async function reload(): Promise<void> {
    await refresh()
  }

  /** Renames a dataset; false (and nothing changed) when another dataset has that title. */
  async function rename(id: string, title: string): Promise<boolean> {
    const clean = title.trim()
    if (!opened || clean === '') return false
    const [db, { renameDataset, DuplicateTitleError }] = await Promise.all([database(), loadDb()])
    try {
      await renameDataset(db, id, clean)
    } catch (error) {
      if (error instanceof DuplicateTitleError) return false
      throw error
    }
    await refresh()
    return true
  }

  /** Deletes a dataset and all it holds; another dataset becomes active if needed. */
  async function remove(id: string): Promise<void> {
    if (!opened) return
    const [db, { deleteDataset }] = await Promise.all([database(), loadDb()])
    await deleteDataset(db, id)
    if (activeId.value === id) activeId.value = null
    await refresh()
  }

  /** A dataset with everything it holds (for export). */
  async function getContent(id: string): Promise<DatasetContent | null> {
    if (!opened) return null
    const [db, { getDatasetContent }] = await Promise.all([database(), loadDb()])
    return getDatasetContent(db, id)
  }

  /** Shows another dataset and remembers the choice on this device. */
  async function setActive(id: string): Promise<void> {
    if (!datasets.value.some((d) => d.id === id)) return
    activeId.value = id
    if (!opened) return
    const [db, { setActiveDatasetId }] = await Promise.all([database(), loadDb()])
    await setActiveDatasetId(db, id)
  }

  /** Whether the site's storage is persistent, and how full it is (shown on Datasett). */
  const storage = ref<StorageState>({ persisted: null, usage: null, quota: null })

  /** Re-reads the storage state. */
  async function readStorage(): Promise<void> {
    storage.value = await (await loadDb()).readStorageState()
  }

  /** Asks the browser to keep this site's data under disk pressure; then re-reads the state. */
  async function requestPersistence(): Promise<boolean> {
    const granted = await (await loadDb()).requestPersistentStorage()
    await readStorage()
    return granted
  }

  /** Every dataset with all it holds, for a backup ("export all datasets"). */
  async function getAllContents(): Promise<DatasetContent[]> {
    if (!opened) return []
    const [db, { getDatasetContent }] = await Promise.all([database(), loadDb()])
    const all: DatasetContent[] = []
    for (const d of datasets.value) {
      const content = await getDatasetContent(db, d.id)
      if (content) all.push(content)
    }
    return all
  }

  /** Recovery: what can still be read from a database that would not open, store by store. */
  async function readWhatCanBeReadNow(): Promise<ReadableData> {
    return (await loadDb()).readWhatCanBeRead(handle?.name ?? 'veikart')
  }

  /** Recovery: deletes the whole database; the caller reloads the page, which seeds it again. */
  async function resetDatabase(): Promise<void> {
    const name = handle?.name ?? 'veikart'
    handle?.close()
    await (await loadDb()).deleteWholeDatabase(name)
  }

  /** Puts the bundled datasets back as shipped; the user's own are left alone. */
  async function restoreBundled(): Promise<void> {
    if (!opened) return
    const [db, { restoreBundled: restore, setBundledDataVersion }] = await Promise.all([database(), loadDb()])
    await restore(db, await withImportClient((client) => client.loadBundled()))
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
