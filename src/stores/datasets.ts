/** Which datasets exist on this device and which one the views show. */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import {
  deleteDataset as deleteDatasetInDb,
  getActiveDatasetId,
  getDatasetContent,
  renameDataset as renameDatasetInDb,
  getDatabase,
  listDatasets,
  restoreBundled as restoreBundledInDb,
  seedBundledOnFirstStart,
  setActiveDatasetId,
  type VeikartDatabase,
} from '@/db'
import type { Dataset, DatasetContent } from '@/domain/types'
import { BUNDLED_DATASET_IDS, loadBundledDatasets } from '@/import/bundled-data'

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
  /** The newest strategy dataset: where goal titles come from. */
  const strategyDataset = computed(() => datasets.value.find((d) => d.kind === 'strategy') ?? null)

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
      await seedBundledOnFirstStart(db, () => loadBundledDatasets())
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

  /** Renames a dataset. */
  async function rename(id: string, title: string): Promise<void> {
    const clean = title.trim()
    if (!db || clean === '') return
    await renameDatasetInDb(db, id, clean)
    await refresh()
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

  /** Puts the bundled datasets back as shipped; the user's own are left alone. */
  async function restoreBundled(): Promise<void> {
    if (!db) return
    await restoreBundledInDb(db, await loadBundledDatasets())
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
    init,
    reload,
    getContent,
    rename,
    remove,
    setActive,
    restoreBundled,
  }
})
