/**
 * When the database cannot be opened through Dexie (a damaged profile, a failed upgrade, a
 * browser that refuses IndexedDB), the recovery page reads what it can with the bare IndexedDB
 * API — store by store, without a schema version, so a store that fails does not hide the others
 * — and then, if the user agrees, deletes the database so the app can start over.
 */
import type { SavedView } from '@/domain/saved-view'
import type { Dataset, DatasetContent, RoadmapItem } from '@/domain/types'
import { isPackedItems } from './item-pack'
import { chunkItems, type StoredItemChunk } from './item-store'

/** Stores of rows with a `datasetId`; items also come in chunks (`itemChunks`, version 5). */
const CONTENT_STORES = ['goals', 'subGoals', 'items', 'indicators', 'measurements'] as const

export interface ReadableData {
  contents: DatasetContent[]
  /** Stores that could not be read, with why. */
  failures: string[]
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'))
  })
}

function openExisting(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let req: IDBOpenDBRequest
    try {
      req = indexedDB.open(name)
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)))
      return
    }
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error ?? new Error('IndexedDB open failed'))
    req.onblocked = () => reject(new Error('the database is held open by another tab'))
  })
}

async function readStore(db: IDBDatabase, store: string): Promise<unknown[]> {
  return request(db.transaction(store, 'readonly').objectStore(store).getAll())
}

/**
 * The items of each dataset in the chunk records, in chunk order; malformed records are skipped,
 * and a packed one that cannot be unpacked is named in `failures`.
 */
function itemsByDataset(records: unknown[], failures: string[]): Map<string, RoadmapItem[]> {
  const chunks = (records as Partial<StoredItemChunk>[]).filter(
    (c): c is StoredItemChunk =>
      typeof c?.datasetId === 'string' &&
      typeof c.index === 'number' &&
      (Array.isArray(c.items) || isPackedItems(c.packed)),
  )
  chunks.sort((a, b) => a.index - b.index)
  const items = new Map<string, RoadmapItem[]>()
  for (const chunk of chunks) {
    const list = items.get(chunk.datasetId) ?? []
    let chunkList: RoadmapItem[]
    try {
      chunkList = chunkItems(chunk)
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error)
      failures.push(`itemChunks: ${chunk.datasetId} #${chunk.index}: ${why}`)
      continue
    }
    for (const item of chunkList) list.push(item)
    items.set(chunk.datasetId, list)
  }
  return items
}

/** Every dataset whose record can be read, with whatever of its rows can be read. */
export async function readWhatCanBeRead(name = 'veikart'): Promise<ReadableData> {
  const failures: string[] = []
  let db: IDBDatabase
  try {
    db = await openExisting(name)
  } catch (error) {
    return { contents: [], failures: [`database: ${error instanceof Error ? error.message : String(error)}`] }
  }
  const read = async (store: string): Promise<unknown[]> => {
    if (!db.objectStoreNames.contains(store)) return []
    try {
      return await readStore(db, store)
    } catch (error) {
      failures.push(`${store}: ${error instanceof Error ? error.message : String(error)}`)
      return []
    }
  }
  try {
    const datasets = (await read('datasets')) as Dataset[]
    const rows = new Map<string, unknown[]>()
    for (const store of CONTENT_STORES) rows.set(store, await read(store))
    const chunks = itemsByDataset(await read('itemChunks'), failures)
    const views = (await read('savedViews')) as SavedView[]
    const of = <T>(store: string, id: string) =>
      (rows.get(store) ?? []).filter((r) => (r as { datasetId?: unknown }).datasetId === id) as T[]
    const contents = datasets
      .filter((d) => typeof d?.id === 'string')
      .map((dataset) => {
        const content: DatasetContent = {
          dataset,
          goals: of<DatasetContent['goals'][number] & { datasetId?: string }>('goals', dataset.id).map(
            ({ datasetId: _unused, ...goal }) => goal,
          ),
          subGoals: of('subGoals', dataset.id),
          items: [...(chunks.get(dataset.id) ?? []), ...of<RoadmapItem>('items', dataset.id)],
          indicators: of('indicators', dataset.id),
          measurements: of('measurements', dataset.id),
        }
        const savedViews = views.filter((v) => v?.query?.ds === dataset.id)
        if (savedViews.length > 0) content.savedViews = savedViews
        return content
      })
    return { contents, failures }
  } finally {
    db.close()
  }
}

/** Deletes the whole database; the app seeds the bundled data again on its next start. */
export function deleteWholeDatabase(name = 'veikart'): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(name)
    req.onsuccess = () => resolve()
    req.onerror = () => reject(req.error ?? new Error('could not delete the database'))
    req.onblocked = () => reject(new Error('the database is held open by another tab; close it first'))
  })
}
