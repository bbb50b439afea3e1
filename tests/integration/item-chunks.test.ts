/**
 * A dataset's items in chunks (version 5, db/item-store.ts): they read back equal and in source
 * order, whatever the chunk size; a dataset stored by version 4 (one record per item) opens
 * with nothing lost and is moved into chunks on its first read; deleting a dataset deletes its
 * chunks; a failed import leaves the datasets stored before it as they were. Chunks are written
 * packed (record format 2, db/item-pack.ts); chunks of format 1 (items as they are) still read.
 */
import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import {
  addDatasetContent,
  countStoredItems,
  deleteDataset,
  getDatasetContent,
  ITEMS_PER_CHUNK,
  putDatasetContent,
  readWhatCanBeRead,
  SCHEMA_V4,
  VeikartDatabase,
} from '@/db'
import type { DatasetContent, RoadmapItem } from '@/domain/types'
import { convertLegacyItems } from '@/db/item-store'
import { importFile } from '@/import/run-import'

const open: Dexie[] = []
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete()
})

function fresh(name: string): VeikartDatabase {
  const db = new VeikartDatabase(`${name}-${Date.now()}-${Math.random()}`)
  open.push(db)
  return db
}

async function content(datasetId: string): Promise<DatasetContent> {
  const outcome = await importFile(new Uint8Array(readFileSync('tests/fixtures/veikart-export.csv')), {
    fileName: 'veikart-export.csv',
    datasetId,
  })
  return outcome.content!
}

/** The fixture's items repeated to `count`, each its own id and source row. */
async function large(datasetId: string, count: number): Promise<DatasetContent> {
  const base = await content(datasetId)
  const items: RoadmapItem[] = []
  for (let n = 0; n < count; n++) {
    const item = base.items[n % base.items.length]!
    items.push({ ...item, id: `${datasetId}/k${n}`, key: `k${n}`, source: { datasetId, row: n + 2 } })
  }
  return { ...base, items }
}

const chunkRecords = (db: VeikartDatabase, id: string) =>
  db.itemChunks.where('[datasetId+index]').between([id, 0], [id, Infinity]).count()

// Thousands of records through fake-indexeddb: generous, so a loaded machine cannot fail them.
const SLOW = { timeout: 30_000 }

describe('items in chunks', SLOW, () => {
  it('reads every item back equal, in source order, over several chunks', async () => {
    const db = fresh('chunks-round-trip')
    const a = await large('ds', 2 * ITEMS_PER_CHUNK + 1)
    await putDatasetContent(db, a)
    expect(await chunkRecords(db, 'ds')).toBe(3)
    expect(await db.items.count()).toBe(0)
    expect((await getDatasetContent(db, 'ds'))?.items).toEqual(a.items)
  })

  it('orders by source row whatever order the items came in, and takes none of a dataset whose id it prefixes', async () => {
    const db = fresh('chunks-order')
    const a = await content('ds')
    const b = await content('ds-2')
    // Small chunks, as an import's progress steps may be: the order does not depend on them.
    await addDatasetContent(db, { ...a, items: [...a.items].reverse() }, { chunkSize: 2 })
    await addDatasetContent(db, b)
    expect(await chunkRecords(db, 'ds')).toBe(3)
    expect((await getDatasetContent(db, 'ds'))?.items).toEqual(a.items)
    expect((await getDatasetContent(db, 'ds-2'))?.items).toEqual(b.items)
  })

  it('deletes a dataset’s chunks with it and leaves the others', async () => {
    const db = fresh('chunks-delete')
    const a = await large('ds', ITEMS_PER_CHUNK + 1)
    const b = await content('other')
    await putDatasetContent(db, a)
    await putDatasetContent(db, b)
    await deleteDataset(db, 'ds')
    expect(await chunkRecords(db, 'ds')).toBe(0)
    expect(await countStoredItems(db)).toBe(b.items.length)
    expect((await getDatasetContent(db, 'other'))?.items).toEqual(b.items)
  })

  it('an import that fails after some chunks are written leaves nothing of it, and earlier datasets as they were', async () => {
    const db = fresh('chunks-abort')
    const earlier = await content('earlier')
    await putDatasetContent(db, earlier)
    const failing = await large('new', 3 * ITEMS_PER_CHUNK)
    let written = 0
    const write = addDatasetContent(db, failing, {
      onProgress: () => {
        // As a full disk would, once two of the three chunks are in.
        if (++written === 2) throw new Error('QuotaExceededError (test)')
      },
    })
    await expect(write).rejects.toThrow('QuotaExceededError (test)')
    expect(await db.datasets.get('new')).toBeUndefined()
    expect(await chunkRecords(db, 'new')).toBe(0)
    expect(await countStoredItems(db)).toBe(earlier.items.length)
    const after = await getDatasetContent(db, 'earlier')
    expect(after?.dataset).toEqual(earlier.dataset)
    expect(after?.items).toEqual(earlier.items)
  })
})

/** A database as version 4 left it: every table of then, items one record each. */
async function writeV4(name: string, contents: DatasetContent[]): Promise<void> {
  const v4 = new Dexie(name)
  v4.version(4).stores(SCHEMA_V4)
  for (const c of contents) {
    await v4.table('datasets').add(c.dataset)
    await v4.table('goals').bulkAdd(c.goals.map((g) => ({ ...g, datasetId: c.dataset.id })))
    await v4.table('subGoals').bulkAdd(c.subGoals)
    await v4.table('items').bulkAdd(c.items)
  }
  v4.close()
}

describe('a dataset stored by version 4 (items one record each)', SLOW, () => {
  it('opens with nothing lost; its first read moves the items into chunks, and later reads get the same', async () => {
    const name = `v4-items-${Date.now()}`
    const a = await large('ds', ITEMS_PER_CHUNK + 7)
    const b = await content('ds-2')
    // Ids that do not start with the dataset id are read too (the range of keys misses them).
    const odd = { ...b, items: b.items.map((i, n) => (n % 2 ? { ...i, id: `other-${i.key}` } : i)) }
    await writeV4(name, [a, odd])
    const db = new VeikartDatabase(name)
    open.push(db)
    await db.open()
    expect(db.verno).toBe(5)
    expect(await countStoredItems(db)).toBe(a.items.length + b.items.length)

    expect((await getDatasetContent(db, 'ds'))?.items).toEqual(a.items)
    expect(await db.items.where('datasetId').equals('ds').count()).toBe(0)
    expect(await chunkRecords(db, 'ds')).toBe(2)
    expect((await getDatasetContent(db, 'ds'))?.items).toEqual(a.items)
    // The other dataset is untouched until it is read.
    expect(await db.items.where('datasetId').equals('ds-2').count()).toBe(b.items.length)
    expect((await getDatasetContent(db, 'ds-2'))?.items).toEqual(odd.items)
    expect((await getDatasetContent(db, 'ds-2'))?.items).toEqual(odd.items)
    expect(await db.items.count()).toBe(0)
  })

  it('moves nothing for a dataset deleted or changed since its items were read (another tab)', async () => {
    const name = `v4-stale-${Date.now()}`
    const a = await content('ds')
    const b = await content('ds-2')
    await writeV4(name, [a, b])
    const db = new VeikartDatabase(name)
    open.push(db)
    await convertLegacyItems(db, 'ds', a.items.slice(1))
    await db.datasets.delete('ds-2')
    await convertLegacyItems(db, 'ds-2', b.items)
    expect(await db.itemChunks.count()).toBe(0)
    expect(await db.items.count()).toBe(a.items.length + b.items.length)
    expect((await getDatasetContent(db, 'ds'))?.items).toEqual(a.items)
  })

  it('deletes a dataset not read since the upgrade with its items', async () => {
    const name = `v4-delete-${Date.now()}`
    const a = await content('ds')
    const b = await content('ds-2')
    await writeV4(name, [a, b])
    const db = new VeikartDatabase(name)
    open.push(db)
    await deleteDataset(db, 'ds')
    expect(await countStoredItems(db, 'ds')).toBe(0)
    expect((await getDatasetContent(db, 'ds-2'))?.items).toEqual(b.items)
  })

  it('the recovery export reads items from chunks and from the table of before, in order', async () => {
    const name = `v4-recover-${Date.now()}`
    const a = await large('ds', ITEMS_PER_CHUNK + 3)
    const b = await content('ds-2')
    await writeV4(name, [a, b])
    const db = new VeikartDatabase(name)
    await getDatasetContent(db, 'ds') // moves its items into chunks; ds-2 stays as version 4 left it
    db.close()
    const read = await readWhatCanBeRead(name)
    open.push(new Dexie(name))
    expect(read.failures).toEqual([])
    expect(read.contents.find((c) => c.dataset.id === 'ds')?.items).toEqual(a.items)
    expect(read.contents.find((c) => c.dataset.id === 'ds-2')?.items).toEqual(b.items)
  })

  it('writes chunks packed, and reads chunks written before (items as they are) beside them, in order', async () => {
    const db = fresh('chunk-formats')
    const a = await large('ds', ITEMS_PER_CHUNK + 7)
    await putDatasetContent(db, a)
    const stored = await db.itemChunks.toArray()
    expect(stored.map((c) => [c.packed?.count, c.items])).toEqual([
      [ITEMS_PER_CHUNK, undefined],
      [7, undefined],
    ])
    // The second chunk as format 1 wrote it: the items themselves.
    await db.itemChunks.put({ datasetId: 'ds', index: 1, items: a.items.slice(ITEMS_PER_CHUNK) })
    expect((await getDatasetContent(db, 'ds'))?.items).toEqual(a.items)
    expect(await countStoredItems(db, 'ds')).toBe(a.items.length)
    db.close()
    const read = await readWhatCanBeRead(db.name)
    expect(read.contents.find((c) => c.dataset.id === 'ds')?.items).toEqual(a.items)
  })

  it('the recovery export names a packed chunk it cannot unpack, and reads the rest', async () => {
    const db = fresh('chunk-damaged')
    const a = await large('ds', ITEMS_PER_CHUNK + 2)
    await putDatasetContent(db, a)
    // The second chunk damaged: its one item names a shape that is not there.
    const damaged = { shapes: [], values: [], cells: Int32Array.from([5]), count: 1 }
    await db.itemChunks.put({ datasetId: 'ds', index: 1, packed: damaged })
    db.close()
    const read = await readWhatCanBeRead(db.name)
    expect(read.failures).toEqual([expect.stringMatching(/^itemChunks: ds #1: /)])
    expect(read.contents.find((c) => c.dataset.id === 'ds')?.items).toEqual(a.items.slice(0, ITEMS_PER_CHUNK))
  })
})
