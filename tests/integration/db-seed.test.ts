import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import {
  countStoredItems,
  deleteDataset,
  getDatasetContent,
  listDatasets,
  putDatasetContent,
  restoreBundled,
  seedBundledOnFirstStart,
  VeikartDatabase,
} from '@/db'
import type { DatasetContent } from '@/domain/types'
import { loadBundledDatasets } from '@/import/bundled-data'
import { importFile } from '@/import/run-import'

let counter = 0
const open: VeikartDatabase[] = []
function freshDb(): VeikartDatabase {
  const db = new VeikartDatabase(`test-${++counter}-${Date.now()}`)
  open.push(db)
  return db
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete()
})

async function userDataset(): Promise<DatasetContent> {
  const csv = 'Mål;Hvem;Hva skal skje i 2025?;Totalperiode\nMål 2;Helse Vest RHF;Eget tiltak;2025\n'
  const outcome = await importFile(new TextEncoder().encode(csv), {
    fileName: 'mine.csv',
    datasetId: 'user-1',
  })
  if (!outcome.content) throw new Error('fixture did not import')
  return outcome.content
}

describe('file → import → db', () => {
  it('seeds the bundled datasets once, in full', async () => {
    const db = freshDb()
    expect(await seedBundledOnFirstStart(db, () => loadBundledDatasets())).toBe(true)
    expect((await listDatasets(db)).map((d) => d.id).sort()).toEqual([
      'bundled-driftskostnader-2022',
      'bundled-driftskostnader-2023',
      'bundled-portefolje-avhengigheter-2023-04',
      'bundled-portefolje-rapporteringer',
      'bundled-portefolje-tiltak-2023-04',
      'bundled-strategi-mal',
      'bundled-tiltak-2024',
      'bundled-vedtak',
      'bundled-veikart-2021',
    ])
    const tiltak = await getDatasetContent(db, 'bundled-tiltak-2024')
    expect(tiltak?.items).toHaveLength(99)
    expect(tiltak?.subGoals).toHaveLength(14)
    expect((await getDatasetContent(db, 'bundled-strategi-mal'))?.goals).toHaveLength(5)
    expect((await getDatasetContent(db, 'bundled-veikart-2021'))?.items).toHaveLength(34)
  })

  it('does not seed again on a later start, nor overwrite user data', async () => {
    const db = freshDb()
    await seedBundledOnFirstStart(db, () => loadBundledDatasets())
    await putDatasetContent(db, await userDataset())
    await deleteDataset(db, 'bundled-strategi-mal')
    let loaderCalled = false
    const again = await seedBundledOnFirstStart(db, async () => {
      loaderCalled = true
      return loadBundledDatasets()
    })
    expect(again).toBe(false)
    expect(loaderCalled).toBe(false)
    expect((await listDatasets(db)).map((d) => d.id).sort()).toEqual([
      'bundled-driftskostnader-2022',
      'bundled-driftskostnader-2023',
      'bundled-portefolje-avhengigheter-2023-04',
      'bundled-portefolje-rapporteringer',
      'bundled-portefolje-tiltak-2023-04',
      'bundled-tiltak-2024',
      'bundled-vedtak',
      'bundled-veikart-2021',
      'user-1',
    ])
    expect(await countStoredItems(db)).toBe(99 + 34 + 1)
  })

  it('lets two starts race without duplicating anything', async () => {
    const db = freshDb()
    const results = await Promise.all([
      seedBundledOnFirstStart(db, () => loadBundledDatasets()),
      seedBundledOnFirstStart(db, () => loadBundledDatasets()),
    ])
    expect(results.filter(Boolean)).toHaveLength(1)
    expect(await countStoredItems(db)).toBe(99 + 34)
    expect(await db.datasets.count()).toBe(9)
    expect(await db.councilDecisions.count()).toBe(42)
  })

  it('restores the bundled data without touching user datasets', async () => {
    const db = freshDb()
    await seedBundledOnFirstStart(db, () => loadBundledDatasets())
    await putDatasetContent(db, await userDataset())
    await deleteDataset(db, 'bundled-tiltak-2024')
    await restoreBundled(db, await loadBundledDatasets())
    expect((await listDatasets(db)).map((d) => d.id).sort()).toEqual([
      'bundled-driftskostnader-2022',
      'bundled-driftskostnader-2023',
      'bundled-portefolje-avhengigheter-2023-04',
      'bundled-portefolje-rapporteringer',
      'bundled-portefolje-tiltak-2023-04',
      'bundled-strategi-mal',
      'bundled-tiltak-2024',
      'bundled-vedtak',
      'bundled-veikart-2021',
      'user-1',
    ])
    expect(await countStoredItems(db)).toBe(99 + 34 + 1)
  })

  it('writes a dataset all or nothing: a failing write leaves earlier data intact', async () => {
    const db = freshDb()
    await seedBundledOnFirstStart(db, () => loadBundledDatasets())
    const bad = await userDataset()
    const first = bad.items[0]
    if (!first) throw new Error('fixture has no item')
    bad.items.push({ ...first }) // the same item id twice: refused after the other rows are written
    await expect(putDatasetContent(db, bad)).rejects.toThrow('Two items have the id')
    expect(await db.datasets.get('user-1')).toBeUndefined()
    expect(await countStoredItems(db, 'user-1')).toBe(0)
    expect(await countStoredItems(db)).toBe(99 + 34)
  })
})
