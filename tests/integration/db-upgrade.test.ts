/**
 * Schema versions: a database written by version 1 (the schema as it shipped, SCHEMA_V1) opens
 * with the current schema with every dataset intact; the recovery reader gets the same data
 * with the bare IndexedDB API; the bundled data is refreshed once per data version.
 */
import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import {
  addDatasetContent,
  countStoredItems,
  getDatasetContent,
  listDatasets,
  readWhatCanBeRead,
  refreshBundledData,
  SCHEMA_V1,
  seedBundledOnFirstStart,
  VeikartDatabase,
} from '@/db'
import type { DatasetContent } from '@/domain/types'
import { loadBundledDatasets } from '@/import/bundled-data'
import { importFile } from '@/import/run-import'

/** Version 1 exactly as it shipped: the app's tables with only `version(1)` declared. */
function openV1(name: string): VeikartDatabase {
  const db = new Dexie(name)
  db.version(1).stores(SCHEMA_V1)
  // The repositories use the tables as properties, as VeikartDatabase declares them.
  for (const table of Object.keys(SCHEMA_V1)) Object.defineProperty(db, table, { get: () => db.table(table) })
  return db as unknown as VeikartDatabase
}

async function userDataset(id: string, title: string): Promise<DatasetContent> {
  const csv = 'Mål;Hvem;Hva skal skje i 2025?;Totalperiode\nMål 2;Helse Vest RHF;Eget tiltak;2025\n'
  const outcome = await importFile(new TextEncoder().encode(csv), {
    fileName: 'mine.csv',
    datasetId: id,
    title,
    now: new Date(`2026-0${id.length}-01T00:00:00Z`),
  })
  if (!outcome.content) throw new Error('fixture did not import')
  return outcome.content
}

describe('Dexie version 2', () => {
  it('opens a version-1 database with every dataset intact; duplicate titles get «(2)»; extra properties stay', async () => {
    const name = `upgrade-${Date.now()}`
    const v1 = openV1(name)
    await v1.open()
    expect(v1.verno).toBe(1)
    // What version 1 could hold (it had no portfolio tables), written table by table as it did;
    // version 1 also let two datasets share a title.
    const bundled = (await loadBundledDatasets()).filter((c) => c.dataset.kind !== 'portfolio')
    const mine = [await userDataset('u1', 'Mitt'), await userDataset('u22', 'Mitt')]
    const before = new Map<string, DatasetContent>()
    for (const content of [...bundled, ...mine]) {
      const tables = ['datasets', 'goals', 'subGoals', 'items', 'indicators', 'measurements']
      await v1.transaction('rw', tables, async () => {
        await v1.table('datasets').add({
          ...content.dataset,
          ...(content.dataset.id === 'u1' ? { sharedBy: 'x' } : {}),
        })
        await v1.table('goals').bulkAdd(content.goals.map((g) => ({ ...g, datasetId: content.dataset.id })))
        await v1.table('subGoals').bulkAdd(content.subGoals)
        await v1.table('items').bulkAdd(content.items)
        await v1.table('indicators').bulkAdd(content.indicators)
        await v1.table('measurements').bulkAdd(content.measurements)
      })
      before.set(content.dataset.id, content)
    }
    expect(before.size).toBe(5)
    v1.close()

    const v2 = new VeikartDatabase(name)
    await v2.open()
    // Version 2 made titles unique; version 3 added the portfolio tables, version 4 summaries,
    // version 5 item chunks.
    expect(v2.verno).toBe(5)
    const after = await listDatasets(v2)
    expect(after.map((d) => d.id).sort()).toEqual([...before.keys()].sort())
    for (const [id, content] of before) {
      const now = await getDatasetContent(v2, id)
      const title = id === 'u22' ? 'Mitt (2)' : content.dataset.title
      const extra = id === 'u1' ? { sharedBy: 'x' } : {}
      expect(now?.items).toEqual(content.items)
      expect(now?.goals).toEqual(content.goals)
      const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id)
      expect([...(now?.subGoals ?? [])].sort(byId)).toEqual([...content.subGoals].sort(byId))
      expect(now?.dataset).toEqual({ ...content.dataset, ...extra, title })
    }
    expect((await v2.datasets.get('u1')) as unknown).toMatchObject({ sharedBy: 'x', title: 'Mitt' })
    expect(await v2.datasets.where('title').equals('Mitt (2)').count()).toBe(1)
    await v2.delete()
  })

  it('recovery reads every dataset of a database with the bare IndexedDB API', async () => {
    const name = `recover-${Date.now()}`
    const db = new VeikartDatabase(name)
    await seedBundledOnFirstStart(db, () => loadBundledDatasets())
    await addDatasetContent(db, await userDataset('u1', 'Mitt'))
    const expected = await Promise.all((await listDatasets(db)).map((d) => getDatasetContent(db, d.id)))
    db.close()
    const read = await readWhatCanBeRead(name)
    expect(read.failures).toEqual([])
    const byId = new Map(read.contents.map((c) => [c.dataset.id, c]))
    for (const content of expected) {
      const got = byId.get(content?.dataset.id ?? '')
      expect(got?.dataset).toEqual(content?.dataset)
      expect(got?.items.length).toBe(content?.items.length)
      expect(got?.goals).toEqual(content?.goals)
    }
    await Dexie.delete(name)
  })

  it('refreshes the bundled datasets once per data version, keeping the title and leaving deleted ones deleted', async () => {
    const db = new VeikartDatabase(`refresh-${Date.now()}`)
    await seedBundledOnFirstStart(db, () => loadBundledDatasets())
    await db.datasets.update('bundled-tiltak-2024', { title: 'Omdøpt' })
    await db.itemChunks
      .where('[datasetId+index]')
      .between(['bundled-tiltak-2024', 0], ['bundled-tiltak-2024', Infinity])
      .delete()
    await db.datasets.delete('bundled-veikart-2021')
    expect(await refreshBundledData(db, 'v-test', () => loadBundledDatasets())).toBe(true)
    expect(await countStoredItems(db, 'bundled-tiltak-2024')).toBe(99)
    expect((await db.datasets.get('bundled-tiltak-2024'))?.title).toBe('Omdøpt')
    expect(await db.datasets.get('bundled-veikart-2021')).toBeUndefined()
    expect(await refreshBundledData(db, 'v-test', () => Promise.reject(new Error('not called')))).toBe(false)
    await db.delete()
  })

  it('gives a device from before the portfolio the bundled datasets new since then, once', async () => {
    const db = new VeikartDatabase(`new-bundled-${Date.now()}`)
    const all = await loadBundledDatasets()
    const first = all.filter((c) => c.dataset.kind !== 'portfolio')
    // As the first release seeded: its three datasets, and no record of which it had been given.
    await seedBundledOnFirstStart(db, async () => first)
    await db.meta.delete('bundled-seen')
    expect(await db.datasets.count()).toBe(3)
    expect(await refreshBundledData(db, 'v-new', async () => all)).toBe(true)
    expect(await db.datasets.count()).toBe(all.length)
    // Deleted after that: it stays deleted through the next refresh.
    await db.datasets.delete('bundled-vedtak')
    expect(await refreshBundledData(db, 'v-newer', async () => all)).toBe(true)
    expect(await db.datasets.get('bundled-vedtak')).toBeUndefined()
    await db.delete()
  })
})
