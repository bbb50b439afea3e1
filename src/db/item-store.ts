/**
 * A dataset's items, stored in chunks (version 5, issue 11): records `{ datasetId, index, items }`
 * of up to ITEMS_PER_CHUNK items each, keyed `[datasetId+index]`. Reading 100 000 items as 20
 * records instead of 100 000 is what made the views' first render fast: IndexedDB's cost is per
 * record (lookup, wrapping, the wait between requests), not per byte.
 *
 * Since record format 2 a chunk holds its items packed (item-pack.ts: each distinct value once),
 * which deserialises about 2.4 times as fast; chunks written before hold `items` as they are, and
 * are read as they are (no upgrade needed: both kinds may sit side by side).
 *
 * Datasets stored before version 5 keep their items in the `items` table (one record per item)
 * until they are first read: the read then moves them into chunks (convertLegacyItems), in a
 * transaction of its own. Not in the upgrade, which would read every item of every dataset
 * while the app waits to open. Nothing writes to `items` any more; its indexes ([datasetId+goal],
 * actorIds, startYear …) were never queried by the app and are kept only so version 5 needs no
 * change to that table.
 */
import type { RoadmapItem } from '@/domain/types'
import type { VeikartDatabase } from './database'
import { packItems, unpackItems, type PackedItems } from './item-pack'

/**
 * Items per chunk record. Measured in Chromium at 100 000 items (on a loaded machine, medians of
 * 5–9 page loads): one record per item 2.6–4.0 s; chunks of 1 000–10 000 items 0.8–1.4 s, with no
 * clear winner among the sizes; chunks as JSON strings + JSON.parse no faster (1.0–1.5 s). Packed
 * (record format 2) they read faster still: fewer values to deserialise, not fewer records. 5 000
 * is also the import's progress step.
 */
export const ITEMS_PER_CHUNK = 5000

/** One chunk of a dataset's items, in source order; `index` counts from 0. */
export interface StoredItemChunk {
  datasetId: string
  index: number
  /** Record format 2 (written now): the items packed. */
  packed?: PackedItems
  /** Record format 1 (written before): the items as they are. */
  items?: RoadmapItem[]
}

/** The items of a chunk record of either format ([] for a record that holds neither). */
export function chunkItems(chunk: StoredItemChunk): RoadmapItem[] {
  if (chunk.packed) return unpackItems(chunk.packed)
  return Array.isArray(chunk.items) ? chunk.items : []
}

/** How many items a chunk record holds, without unpacking them. */
function chunkCount(chunk: StoredItemChunk): number {
  return chunk.packed ? chunk.packed.count : (chunk.items?.length ?? 0)
}

/** The tables a dataset's items live in: transactions that write or delete items take both. */
export function itemTables(db: VeikartDatabase) {
  return [db.itemChunks, db.items]
}

/** The chunk keys of one dataset: `[id, 0]` … `[id, n]`. */
function chunksOfDataset(db: VeikartDatabase, id: string) {
  return db.itemChunks.where('[datasetId+index]').between([id, -Infinity], [id, Infinity], true, true)
}

/** Thrown when two items of a dataset share an id; the write it is thrown in rolls back. */
export class DuplicateItemIdError extends Error {
  constructor(readonly id: string) {
    super(`Two items have the id "${id}"`)
    this.name = 'DuplicateItemIdError'
  }
}

/**
 * `items` cut into chunk records, in order. Refuses items that share an id, as the `items`
 * table's primary key did: views and links find an item by its id.
 */
export function toChunks(datasetId: string, items: readonly RoadmapItem[], size = ITEMS_PER_CHUNK) {
  const ids = new Set<string>()
  for (const item of items) {
    if (ids.has(item.id)) throw new DuplicateItemIdError(item.id)
    ids.add(item.id)
  }
  const chunks: StoredItemChunk[] = []
  for (let start = 0; start < items.length; start += size)
    chunks.push({ datasetId, index: chunks.length, packed: packItems(items.slice(start, start + size)) })
  return chunks
}

/**
 * The items of a dataset stored before version 5 (the `items` table). Their ids start with
 * `<datasetId>/` (item-builder, bundles), so a range of primary keys reads them in one sequential
 * scan; should an id not follow the rule, the count tells, and the index reads them all.
 */
async function legacyItemsOf(db: VeikartDatabase, id: string): Promise<RoadmapItem[]> {
  const [byKey, count] = await Promise.all([
    db.items.where('id').between(`${id}/`, `${id}/\uffff`, true, true).toArray(),
    db.items.where('datasetId').equals(id).count(),
  ])
  if (byKey.length === count && byKey.every((item) => item.datasetId === id)) return byKey
  return db.items.where('datasetId').equals(id).toArray()
}

/**
 * A dataset's items in stored order, and whether they came from the `items` table of before
 * version 5 (then `convertLegacyItems` can move them). Call inside a transaction over itemTables.
 */
export async function readItems(
  db: VeikartDatabase,
  id: string,
): Promise<{ items: RoadmapItem[]; legacy: boolean }> {
  const chunks = await chunksOfDataset(db, id).toArray()
  if (chunks.length > 0) return { items: chunks.flatMap(chunkItems), legacy: false }
  const items = await legacyItemsOf(db, id)
  return { items, legacy: items.length > 0 }
}

/** Writes a dataset's items as chunks (none stored for it yet). Inside a write transaction. */
export async function addItems(
  db: VeikartDatabase,
  datasetId: string,
  items: readonly RoadmapItem[],
): Promise<void> {
  await db.itemChunks.bulkAdd(toChunks(datasetId, items))
}

/** Deletes a dataset's items, chunked or stored before version 5. Inside a write transaction. */
export async function deleteItems(db: VeikartDatabase, id: string): Promise<void> {
  await Promise.all([chunksOfDataset(db, id).delete(), db.items.where('datasetId').equals(id).delete()])
}

/**
 * Moves a dataset's items from the `items` table into chunks, given the items just read from it.
 * Nothing writes to `items` since version 5, so the rows are the same ones unless the dataset
 * was deleted or rewritten meanwhile (another tab): then it is left alone. All or nothing.
 */
export async function convertLegacyItems(
  db: VeikartDatabase,
  id: string,
  items: readonly RoadmapItem[],
): Promise<void> {
  await db.transaction('rw', [db.datasets, ...itemTables(db)], async () => {
    const [exists, chunks, rows] = await Promise.all([
      db.datasets.where('id').equals(id).count(),
      chunksOfDataset(db, id).count(),
      db.items.where('datasetId').equals(id).count(),
    ])
    if (exists === 0 || chunks > 0 || rows !== items.length) return
    await addItems(db, id, items)
    await db.items.where('datasetId').equals(id).delete()
  })
}

/** How many items are stored, of one dataset or of all; for tests and tools. */
export async function countStoredItems(db: VeikartDatabase, datasetId?: string): Promise<number> {
  return db.transaction('r', itemTables(db), async () => {
    const chunks = datasetId ? chunksOfDataset(db, datasetId) : db.itemChunks.toCollection()
    const legacy = datasetId ? db.items.where('datasetId').equals(datasetId) : db.items.toCollection()
    let count = await legacy.count()
    await chunks.each((chunk) => {
      count += chunkCount(chunk)
    })
    return count
  })
}
