import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import {
  addDatasetContent,
  countStoredItems,
  deleteDataset,
  getDatasetContent,
  getLatestPortfolio,
  seedBundledOnFirstStart,
  VeikartDatabase,
} from '@/db'
import { loadBundledDatasets } from '@/import/bundled-data'
import { importFile } from '@/import/run-import'

let counter = 0
const names: string[] = []
function freshName(): string {
  const name = `portfolio-${++counter}-${Date.now()}`
  names.push(name)
  return name
}
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name)
})

async function costsDataset(id: string, csv: string) {
  const outcome = await importFile(new TextEncoder().encode(csv), { fileName: `${id}.csv`, datasetId: id })
  if (!outcome.content) throw new Error('fixture did not import')
  return outcome.content
}

describe('Dexie version 3: the portfolio tables', () => {
  it('keeps data written by version 1 through the upgrade', async () => {
    const name = freshName()
    // The schema exactly as version 1 declared it, written by an app that knew nothing newer.
    const v1 = new Dexie(name)
    v1.version(1).stores({
      datasets: 'id, kind, importedAt, checksum',
      goals: '[datasetId+number], datasetId',
      subGoals: 'id, datasetId, [datasetId+goal]',
      items: 'id, datasetId, [datasetId+goal], [datasetId+subGoalId], *actorIds, [datasetId+startYear]',
      indicators: 'id, datasetId, [datasetId+goal]',
      measurements: 'id, datasetId, indicatorId',
      savedViews: 'id, order',
      meta: 'key',
    })
    const old = await loadBundledDatasets()
    const tiltak = old.find((c) => c.dataset.id === 'bundled-tiltak-2024')
    if (!tiltak) throw new Error('no bundled tiltak')
    await v1.table('datasets').add(tiltak.dataset)
    await v1.table('items').bulkAdd(tiltak.items)
    await v1.table('meta').put({ key: 'activeDatasetId', value: 'bundled-tiltak-2024' })
    v1.close()

    const db = new VeikartDatabase(name)
    await db.open()
    expect(db.verno).toBe(5)
    expect(await countStoredItems(db)).toBe(99)
    expect((await db.datasets.get('bundled-tiltak-2024'))?.title).toBe(tiltak.dataset.title)
    expect((await db.meta.get('activeDatasetId'))?.value).toBe('bundled-tiltak-2024')
    expect(await db.runningCosts.count()).toBe(0)
    db.close()
  })

  it('stores a portfolio dataset atomically, reads it back and deletes it with its rows', async () => {
    const db = new VeikartDatabase(freshName())
    const content = await costsDataset(
      'c1',
      'Løsning;Tiltak;Del;År;MNOK\nE-resept;PLL;SFM;2022;(14)*\nE-resept;PLL;SFM;2024;55\n',
    )
    await addDatasetContent(db, content)
    expect(
      (await getDatasetContent(db, 'c1'))?.portfolio?.costs.map((c) => [c.year, c.mnok, c.coveredInternally]),
    ).toEqual([
      [2022, 14, true],
      [2024, 55, false],
    ])
    // A second write of the same ids fails mid-way and leaves nothing of it behind.
    const clash = { ...content, dataset: { ...content.dataset, id: 'c2' } }
    await expect(addDatasetContent(db, clash)).rejects.toThrow()
    expect(await db.datasets.get('c2')).toBeUndefined()
    expect(await db.runningCosts.count()).toBe(2)
    await deleteDataset(db, 'c1')
    expect(await db.runningCosts.count()).toBe(0)
    db.close()
  })

  it('shows, per table, the newest import that has rows; bundled files together', async () => {
    const db = new VeikartDatabase(freshName())
    await seedBundledOnFirstStart(db, () => loadBundledDatasets())
    const bundled = await getLatestPortfolio(db)
    expect(bundled.costs).toHaveLength(27 + 7)
    expect(bundled.decisions).toHaveLength(42)
    const newer = await costsDataset('mine', 'Løsning;Tiltak;Del;År;MNOK\nHelsenorge;X;Y;2027;4\n')
    newer.dataset.importedAt = '2999-01-01T00:00:00.000Z'
    await addDatasetContent(db, newer)
    const after = await getLatestPortfolio(db)
    expect(after.costs.map((c) => [c.solution, c.year])).toEqual([['Helsenorge', 2027]])
    expect(after.decisions).toHaveLength(42)
    db.close()
  })
})
