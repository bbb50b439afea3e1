/**
 * Dexie version 4: a summary per dataset (domain/dataset-summary.ts), written in the same
 * transaction as the dataset, deleted with it; datasets stored by version 3 survive the upgrade
 * and get their summary later (stores/roadmap.ts works it out from the items once).
 */
import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import {
  addDatasetContent,
  deleteDataset,
  getDatasetContent,
  getDatasetOverview,
  listDatasets,
  putDatasetContent,
  putDatasetSummary,
  SCHEMA_V3,
  VeikartDatabase,
  WriteCancelledError,
} from '@/db'
import { summariseDataset } from '@/domain/dataset-summary'
import type { DatasetContent } from '@/domain/types'
import { loadBundledDatasets } from '@/import/bundled-data'
import { importFile } from '@/import/run-import'

let counter = 0
const names: string[] = []
function freshName(): string {
  const name = `summary-${++counter}-${Date.now()}`
  names.push(name)
  return name
}
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name)
})

async function veikart(id: string, rows: string[]): Promise<DatasetContent> {
  const csv = ['Mål;Hvem;Hva skal skje i 2025?;Totalperiode', ...rows].join('\n')
  const outcome = await importFile(new TextEncoder().encode(csv), { fileName: `${id}.csv`, datasetId: id })
  if (!outcome.content) throw new Error('fixture did not import')
  return outcome.content
}

const summaryOf = (content: DatasetContent) => summariseDataset(content.items, content.subGoals)

describe('Dexie version 4: dataset summaries', () => {
  it('keeps every dataset written by version 3; their summaries are worked out later and kept', async () => {
    const name = freshName()
    // Version 3 exactly as it shipped (the tables of version 2 and the portfolio's).
    const v3 = new Dexie(name)
    v3.version(3).stores(SCHEMA_V3)
    const bundled = await loadBundledDatasets()
    for (const c of bundled) {
      await v3.table('datasets').add(c.dataset)
      await v3.table('goals').bulkAdd(c.goals.map((g) => ({ ...g, datasetId: c.dataset.id })))
      await v3.table('subGoals').bulkAdd(c.subGoals)
      await v3.table('items').bulkAdd(c.items)
      if (c.portfolio) await v3.table('councilDecisions').bulkAdd(c.portfolio.decisions)
    }
    v3.close()

    const db = new VeikartDatabase(name)
    await db.open()
    expect(db.verno).toBe(5)
    expect((await listDatasets(db)).length).toBe(bundled.length)
    for (const c of bundled) {
      const now = await getDatasetContent(db, c.dataset.id)
      expect(now?.dataset).toEqual(c.dataset)
      expect(now?.items).toEqual(c.items)
      expect(now?.goals).toEqual(c.goals)
      expect(now?.portfolio?.decisions ?? []).toEqual(c.portfolio?.decisions ?? [])
      // No summary yet: the overview reads the items this once.
      expect(await getDatasetOverview(db, c.dataset.id)).toEqual({ summary: null, goals: c.goals })
      await putDatasetSummary(db, c.dataset.id, summaryOf(c))
      expect((await getDatasetOverview(db, c.dataset.id))?.summary).toEqual(summaryOf(c))
    }
    db.close()
  })

  it('stores the summary with the dataset, replaces it with it and deletes it with it', async () => {
    const db = new VeikartDatabase(freshName())
    const first = await veikart('v1', [
      'Mål 2;Helse Vest RHF;Eget tiltak;2025',
      'Mål 3;Helse Nord RHF;Annet?;2026',
    ])
    await addDatasetContent(db, first)
    const stored = await getDatasetOverview(db, 'v1')
    expect(stored?.summary).toEqual(summaryOf(first))
    expect(stored?.summary?.goals.map((g) => g.itemCount)).toEqual([0, 1, 1, 0, 0])

    const replaced = await veikart('v1', ['Mål 5;Helse Vest RHF;Nytt;2027'])
    await putDatasetContent(db, replaced)
    expect((await getDatasetOverview(db, 'v1'))?.summary).toEqual(summaryOf(replaced))

    await deleteDataset(db, 'v1')
    expect(await getDatasetOverview(db, 'v1')).toBeNull()
    expect(await db.summaries.count()).toBe(0)
    // A summary worked out while the dataset was being deleted is not kept.
    await putDatasetSummary(db, 'v1', summaryOf(replaced))
    expect(await db.summaries.count()).toBe(0)
    db.close()
  })

  it('leaves no summary behind when an import is cancelled', async () => {
    const db = new VeikartDatabase(freshName())
    const content = await veikart('v2', ['Mål 1;Helse Vest RHF;Et;2025', 'Mål 1;Helse Vest RHF;To;2025'])
    let checks = 0
    await expect(
      addDatasetContent(db, content, { chunkSize: 1, isCancelled: () => ++checks > 1 }),
    ).rejects.toBeInstanceOf(WriteCancelledError)
    expect(await db.datasets.count()).toBe(0)
    expect(await db.summaries.count()).toBe(0)
    db.close()
  })
})
