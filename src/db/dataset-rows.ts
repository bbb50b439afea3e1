/**
 * Writing and deleting all the rows of one dataset, for the repositories' transactions (which
 * must take contentTables). Internal to src/db: not exported from its index.
 */
import { summariseDataset, type DatasetSummary } from '@/domain/dataset-summary'
import type { DatasetContent } from '@/domain/types'
import type { VeikartDatabase } from './database'
import { addItems, deleteItems, itemTables } from './item-store'
import { portfolioTables, writePortfolio } from './portfolio-store'

/** The tables that hold a dataset's content. */
export function contentTables(db: VeikartDatabase) {
  return [
    db.datasets,
    db.goals,
    db.subGoals,
    ...itemTables(db),
    db.indicators,
    db.measurements,
    db.summaries,
    ...portfolioTables(db),
  ]
}

export async function deleteRowsOf(db: VeikartDatabase, id: string): Promise<void> {
  await Promise.all([
    db.goals.where('datasetId').equals(id).delete(),
    db.subGoals.where('datasetId').equals(id).delete(),
    deleteItems(db, id),
    db.indicators.where('datasetId').equals(id).delete(),
    db.measurements.where('datasetId').equals(id).delete(),
    db.summaries.delete(id),
    ...portfolioTables(db).map((t) => t.where('datasetId').equals(id).delete()),
    db.datasets.delete(id),
  ])
}

/** The summary stored with a dataset's content (worked out before its write transaction). */
export function summaryOf(content: DatasetContent): { datasetId: string; summary: DatasetSummary } {
  return { datasetId: content.dataset.id, summary: summariseDataset(content.items, content.subGoals) }
}

/** Everything but the items, for a dataset with no rows stored (deleted just before, or new). */
export async function writeRowsExceptItems(
  db: VeikartDatabase,
  content: DatasetContent,
  summary: { datasetId: string; summary: DatasetSummary },
): Promise<void> {
  const { dataset, goals, subGoals, indicators, measurements } = content
  await db.datasets.add(dataset)
  await db.summaries.add(summary)
  await db.goals.bulkAdd(goals.map((g) => ({ ...g, datasetId: dataset.id })))
  await db.subGoals.bulkAdd(subGoals)
  await db.indicators.bulkAdd(indicators)
  await db.measurements.bulkAdd(measurements)
  await writePortfolio(db, content.portfolio)
}

/** Replaces whatever is stored under the dataset's id with `content`. Inside a write transaction. */
export async function writeContent(
  db: VeikartDatabase,
  content: DatasetContent,
  summary = summaryOf(content),
): Promise<void> {
  await deleteRowsOf(db, content.dataset.id)
  await writeRowsExceptItems(db, content, summary)
  await addItems(db, content.dataset.id, content.items)
}
